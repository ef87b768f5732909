/**
 * The portals' typed API client: writes the types of the OpenAPI document (built without a server,
 * scripts/openapi-document.ts) to portals/shared/api/schema.d.ts with openapi-typescript; the
 * portals call the API through openapi-fetch typed by it (portals/shared/api/client.ts).
 *
 *   npx tsx scripts/portals-client.ts           (npm run portals:client) regenerate the checked-in file
 *   npx tsx scripts/portals-client.ts --check   fail (exit 1) when the checked-in file is not what the
 *                                               API's document gives today (regenerated to a temporary
 *                                               file and compared); npm run portals:check then type-checks
 *                                               the portals against it (tsc -p portals/tsconfig.json)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from './openapi-document';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'portals', 'shared', 'api', 'schema.d.ts');

const HEADER = `/**
 * Generated from the API's OpenAPI document by scripts/portals-client.ts (npm run portals:client).
 * Do not edit: npm test (portals:check) fails when this file is not what the API gives.
 */

`;

async function generate(): Promise<string> {
  const document = await buildOpenApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const text = await generate();
  if (!process.argv.includes('--check')) {
    writeFileSync(target, text);
    console.log(`portals client: ${path.relative(root, target)} written (${text.length} characters)`);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'alin-portals-client-'));
  try {
    const fresh = path.join(dir, 'schema.d.ts');
    writeFileSync(fresh, text);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current === readFileSync(fresh, 'utf8')) {
      console.log(`portals client: ${path.relative(root, target)} is up to date with the API's OpenAPI document`);
      return;
    }
    const a = current.split('\n');
    const b = text.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line]) line++;
    console.error(`portals client: ${path.relative(root, target)} is stale (the API changed; first difference at line ${line + 1}).`);
    console.error(`  checked in: ${a[line] ?? '(end of file)'}\n  API today:  ${b[line] ?? '(end of file)'}`);
    console.error('  Run `npm run portals:client`, then `npm run portals:check` to see whether the portals still type-check.');
    process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(`portals client: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
});
