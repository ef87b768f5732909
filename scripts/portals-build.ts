/**
 * Builds the portals with Vite, one after the other: the applicant portal (portals/applicant →
 * portals/dist/applicant, served at /) and the landlord portal (portals/landlord → portals/dist/landlord,
 * served at /bailleur). Both share portals/shared and portals/vite.config.ts.
 *
 *   npx tsx scripts/portals-build.ts            build when missing or stale (npm start runs it first: prestart)
 *   npx tsx scripts/portals-build.ts --force    build anyway (npm test, npm run portals:build)
 *
 * Stale: the SHA-256 of the portals' sources (portals/applicant, portals/landlord, portals/shared,
 * portals/vite.config.ts, and the versions of vite, preact and openapi-fetch) differs from the one
 * recorded by the last build in each output (portals/dist/<portal>/.sources-sha256; a dot file, never
 * served), or a portal's index.html is missing. A change of either app or of the shared kit rebuilds
 * both. The hashed scripts and styles get Brotli and gzip copies. Nothing is fetched from the network.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portals = path.join(root, 'portals');
const PORTALS = ['applicant', 'landlord'] as const;
const outDir = (name: string) => path.join(portals, 'dist', name);
const stampFile = (name: string) => path.join(outDir(name), '.sources-sha256');
const SOURCES = [...PORTALS.map((name) => path.join(portals, name)), path.join(portals, 'shared'), path.join(portals, 'vite.config.ts')];
const PACKAGES = ['vite', 'preact', 'openapi-fetch'];

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((d) => d.name !== 'node_modules' && !d.name.startsWith('.'))
    .flatMap((d) => files(path.join(entry, d.name)));
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(files).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const name of PACKAGES) {
    const manifest = path.join(root, 'node_modules', name, 'package.json');
    hash.update(`${name}@${existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'missing'}\0`);
  }
  return hash.digest('hex');
}

/**
 * Brotli and gzip copies of the hashed scripts and styles (`x.js.br`, `x.js.gz`), served instead of the
 * file to a browser that accepts them (src/adapters/http/applicant-portal.ts): no compression at request time.
 */
function precompress(assets: string): void {
  for (const file of files(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
    const content = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}

/** The hash the last build of the portal recorded, or null when it is missing. */
const builtHash = (name: string): string | null =>
  existsSync(path.join(outDir(name), 'index.html')) && existsSync(stampFile(name)) ? readFileSync(stampFile(name), 'utf8').trim() : null;

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const wanted = sourcesHash();
  const built = PORTALS.map(builtHash);
  if (!force && built.every((h) => h === wanted)) {
    console.log('portals: up to date (portals/dist/applicant, portals/dist/landlord)');
    return;
  }
  const started = performance.now();
  let build: typeof import('vite').build;
  let portalConfig: typeof import('../portals/vite.config').portalConfig;
  try {
    ({ build } = await import('vite'));
  } catch {
    throw new Error('vite is not installed: run `npm ci` (vite is a dependency of the platform: it builds the portals at start)');
  }
  ({ portalConfig } = await import('../portals/vite.config'));
  for (const name of PORTALS) {
    await build({ ...portalConfig(name), configFile: false, logLevel: 'warn' });
    precompress(path.join(outDir(name), 'assets'));
    writeFileSync(stampFile(name), `${wanted}\n`);
  }
  const why = built.some((h) => h === null) ? 'missing' : force ? 'forced' : 'sources changed';
  console.log(`portals: built in ${Math.round(performance.now() - started)} ms (${why}) → portals/dist/applicant, portals/dist/landlord`);
}

await main().catch((error: unknown) => {
  console.error(`portals: build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
