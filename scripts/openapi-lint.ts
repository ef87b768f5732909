/**
 * Spectral (with the OWASP ruleset, `.spectral.yaml`) on the API's OpenAPI document (issue 19 §12).
 * The document is built as createApp builds it, without a server (an in-memory database that is
 * never migrated: building the routes reads no table), written to a temporary file and linted.
 *
 * Fails (exit 1) on any error about a request: request bodies, parameters, headers and the
 * document as a whole. Findings of the rules in LEFT_TO_RESPONSES inside `responses` (or inside
 * component schemas only responses use) are counted and summarised but do not fail; .spectral.yaml
 * says why. Warnings are counted (listed with --warnings).
 *
 * Run: `npx tsx scripts/openapi-lint.ts` (npm run lint:openapi). `--keep` keeps the document.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './openapi-document';

interface SpectralResult {
  code: string;
  message: string;
  path: (string | number)[];
  severity: 0 | 1 | 2 | 3; // error, warn, info, hint
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');

function runSpectral(file: string): SpectralResult[] {
  const bin = path.join(root, 'node_modules', '.bin', 'spectral');
  try {
    const out = execFileSync(bin, ['lint', file, '--ruleset', path.join(root, '.spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return out.trim() ? (JSON.parse(out) as SpectralResult[]) : [];
  } catch (error) {
    // exit 1 with results on stdout when there are errors; anything else is a failure of the run
    const stdout = (error as { stdout?: string }).stdout ?? '';
    if (stdout.trim().startsWith('[')) return JSON.parse(stdout) as SpectralResult[];
    throw error;
  }
}

const where = (r: SpectralResult) => r.path.map(String).join('.');

/**
 * The rules whose findings inside responses do not fail the run (justified in .spectral.yaml): they
 * bound what a client sends, or ask for quota headers on every answer. Any other rule failing inside
 * a response fails the run like a finding about a request.
 */
const LEFT_TO_RESPONSES = new Set([
  'owasp:api4:2023-string-limit',
  'owasp:api4:2023-array-limit',
  'owasp:api4:2023-integer-limit',
  'owasp:api4:2023-integer-format',
  'owasp:api4:2023-rate-limit',
]);

/** The component schemas a request can carry (reached from a request body or a parameter, through $refs). */
function requestComponents(doc: { paths?: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, unknown> } }): Set<string> {
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!reached.has(name)) {
          reached.add(name);
          visit(doc.components?.schemas?.[name]);
        }
      } else visit(value);
    }
  };
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item) as { requestBody?: unknown; parameters?: unknown }[]) {
      visit(op.requestBody);
      visit(op.parameters);
    }
  }
  return reached;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'alin-openapi-'));
  const file = path.join(dir, 'openapi.json');
  try {
    const doc = (await buildOpenApiDocument()) as Parameters<typeof requestComponents>[0];
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const results = runSpectral(file);
    const inRequests = requestComponents(doc);
    // a finding inside a response, or inside a component schema that only responses use
    const inResponses = (r: SpectralResult) => r.path.includes('responses') || (r.path[0] === 'components' && r.path[1] === 'schemas' && !inRequests.has(String(r.path[2])));
    const leftToResponses = (r: SpectralResult) => inResponses(r) && LEFT_TO_RESPONSES.has(r.code);
    const errors = results.filter((r) => r.severity === 0);
    const requestErrors = errors.filter((r) => !leftToResponses(r));
    const responseErrors = errors.filter(leftToResponses);
    const warnings = results.filter((r) => r.severity === 1);

    for (const r of requestErrors) console.log(`error  ${r.code}  ${where(r)}\n       ${r.message}`);
    if (process.argv.includes('--warnings')) for (const r of warnings) console.log(`warn   ${r.code}  ${where(r)}\n       ${r.message}`);
    const byRule = (list: SpectralResult[]) => Object.entries(list.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.code]: (acc[r.code] ?? 0) + 1 }), {}));
    console.log('\nSpectral (OWASP ruleset) on the OpenAPI document');
    console.log(`  errors on requests (bodies, parameters, headers, document): ${requestErrors.length}`);
    console.log(
      `  errors left to responses (not failing, see .spectral.yaml):  ${responseErrors.length}${
        responseErrors.length
          ? ` (${byRule(responseErrors)
              .map(([k, n]) => `${k} ×${n}`)
              .join(', ')})`
          : ''
      }`,
    );
    console.log(
      `  warnings: ${warnings.length}${
        warnings.length
          ? ` (${byRule(warnings)
              .map(([k, n]) => `${k} ×${n}`)
              .join(', ')})`
          : ''
      }`,
    );
    if (keep) console.log(`  document kept: ${file}`);
    process.exitCode = requestErrors.length ? 1 : 0;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(`openapi-lint: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
