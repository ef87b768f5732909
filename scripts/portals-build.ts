/**
 * Builds the applicant portal (portals/applicant → portals/dist/applicant) with Vite.
 *
 *   npx tsx scripts/portals-build.ts            build when missing or stale (npm start runs it first: prestart)
 *   npx tsx scripts/portals-build.ts --force    build anyway (npm test, npm run portals:build)
 *
 * Stale: the SHA-256 of the portal's sources (portals/applicant, portals/shared, portals/vite.config.ts,
 * and the versions of vite, preact and openapi-fetch) differs from the one recorded by the last build
 * (portals/dist/applicant/.sources-sha256; a dot file, never served). Nothing is fetched from the network.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portals = path.join(root, 'portals');
const outDir = path.join(portals, 'dist', 'applicant');
const stampFile = path.join(outDir, '.sources-sha256');
const SOURCES = [path.join(portals, 'applicant'), path.join(portals, 'shared'), path.join(portals, 'vite.config.ts')];
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

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const wanted = sourcesHash();
  const built = existsSync(path.join(outDir, 'index.html')) && existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
  if (!force && built === wanted) {
    console.log('applicant portal: up to date (portals/dist/applicant)');
    return;
  }
  const started = performance.now();
  let build: typeof import('vite').build;
  try {
    ({ build } = await import('vite'));
  } catch {
    throw new Error('vite is not installed: run `npm ci` (vite is a dependency of the platform: it builds the portal at start)');
  }
  await build({ configFile: path.join(portals, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(stampFile, `${wanted}\n`);
  console.log(`applicant portal: built in ${Math.round(performance.now() - started)} ms (${built === null ? 'missing' : force ? 'forced' : 'sources changed'}) → portals/dist/applicant`);
}

await main().catch((error: unknown) => {
  console.error(`applicant portal: build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
