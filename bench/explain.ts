/**
 * The SQL behind S1–S4, captured from the real code paths, with their plans on the scale data.
 *
 *   npx tsx bench/explain.ts                 # PostgreSQL alin_scale (DATABASE_URL to change it)
 *   npx tsx bench/explain.ts --no-analyze    # plans only (EXPLAIN without ANALYZE)
 *
 * Starts the platform and the baseline in this process, records every statement pg sends while
 * ONE request of each scenario runs (the platform's, then the baseline's), and prints, per
 * scenario: the number of statements, their time, and EXPLAIN (ANALYZE, BUFFERS) of each read
 * (writes of S4 are only EXPLAINed, never executed twice). Written to
 * bench/results/explain-<date>.md as well; docs/performance.md quotes it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/bootstrap/config';
import { startPlatform } from '../src/bootstrap/server';
import { createBaselineServer } from './baseline/server';
import { BENCH_DIR, assertLoopback, readFixture, resolveTarget } from './lib/target';

const { values: opts } = parseArgs({ options: { 'no-analyze': { type: 'boolean', default: false } } });

interface Captured {
  text: string;
  values: unknown[];
  ms: number;
}

let capture: Captured[] | null = null;
type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as QueryFn;
(pg.Client.prototype as unknown as { query: QueryFn }).query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string; values?: unknown[]; callback?: unknown };
  const text = typeof first === 'string' ? first : first?.text;
  const values = ((typeof first === 'object' && first?.values) || (Array.isArray(args[1]) ? args[1] : undefined)) as unknown[] | undefined;
  const sink = capture;
  if (!sink || !text) return original.apply(this, args);
  const started = performance.now();
  const entry: Captured = { text, values: Array.isArray(values) ? values : [], ms: 0 };
  sink.push(entry);
  const done = () => void (entry.ms = performance.now() - started);
  // pg-pool calls client.query(text, values, callback): time the callback
  const last = args[args.length - 1];
  if (typeof last === 'function') {
    args[args.length - 1] = (...cbArgs: unknown[]) => {
      done();
      return (last as (...a: unknown[]) => unknown)(...cbArgs);
    };
  }
  const result = original.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
  return result;
};

async function main(): Promise<void> {
  const target = resolveTarget();
  if (target.kind !== 'pg') throw new Error('explain runs on PostgreSQL (DATABASE_URL)');
  assertLoopback(target.url);
  const fixture = readFixture(target);
  const secret = () => randomBytes(48).toString('base64url');
  const jwtSecret = secret();
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    DATABASE_URL: target.url,
    JWT_SECRET: jwtSecret,
    COOKIE_SECRET: secret(),
    VERIFICATION_WEBHOOK_SECRET: secret(),
    DOCUMENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    BCRYPT_COST: '12',
  });
  const platform = await startPlatform(config);
  const baseline = createBaselineServer({ databaseUrl: target.url, jwt: { secret: jwtSecret, issuer: config.auth.issuer, audience: config.auth.audience } });
  await new Promise<void>((resolve) => baseline.server.listen(0, '127.0.0.1', () => resolve()));
  const address = baseline.server.address();
  const baselineUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const explainer = new pg.Client({ connectionString: target.url, application_name: 'alin-bench-explain' });
  await explainer.connect();

  const out: string[] = [];
  const say = (line = '') => {
    out.push(line);
    process.stdout.write(`${line}\n`);
  };
  try {
    const login = async (email: string): Promise<string> => {
      const r = await fetch(`${platform.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: fixture.password }),
      });
      if (r.status !== 200) throw new Error(`login ${email}: ${r.status}`);
      return ((await r.json()) as { accessToken: string }).accessToken;
    };
    const s1 = await login(fixture.s1.email);
    const agent = await login(fixture.agent.email);
    const s2 = await login(fixture.bigOffer.applicantEmail);
    // an S4 pair not used yet
    const used = new Set(
      (await explainer.query(`select distinct demand_id::text as d from candidacy.candidacies where demand_id = any($1::uuid[])`, [fixture.s4.map((p) => p.demandId)])).rows.map(
        (r: { d: string }) => r.d,
      ),
    );
    const pair = [...fixture.s4].reverse().find((p) => !used.has(p.demandId));
    const s4Email = pair ? ((await explainer.query(`select email from identity.accounts where id = $1`, [pair.accountId])).rows[0] as { email: string }).email : undefined;
    const s4 = s4Email ? await login(s4Email) : undefined;

    const run = async (label: string, base: string, p: string, token: string, init: RequestInit = {}) => {
      capture = [];
      const t0 = performance.now();
      const r = await fetch(`${base}${p}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
      const body = await r.text();
      const ms = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const queries = capture;
      capture = null;
      say(`\n#### ${label}`);
      say('');
      say(
        `HTTP ${r.status}, ${ms.toFixed(0)} ms, ${body.length.toLocaleString('en')} bytes; ${queries.length} SQL statements, ${queries.reduce((s, q) => s + q.ms, 0).toFixed(1)} ms in the database client`,
      );
      say('');
      for (const [i, q] of queries.entries()) {
        const sqlText = q.text.replace(/\s+/g, ' ').trim();
        say(`${i + 1}. (${q.ms.toFixed(1)} ms) \`${sqlText.length > 400 ? `${sqlText.slice(0, 400)}…` : sqlText}\`${q.values.length ? ` — ${q.values.length} parameters` : ''}`);
      }
      for (const [i, q] of queries.entries()) {
        const isRead = /^\s*(select|with)\b/i.test(q.text) && !/for update/i.test(q.text);
        const isWrite = /^\s*(insert|update|delete)\b/i.test(q.text);
        if (!isRead && !isWrite) continue;
        const analyze = isRead && !opts['no-analyze'];
        try {
          const plan = await explainer.query(`explain (${analyze ? 'analyze, buffers, ' : ''}costs true) ${q.text}`, q.values);
          const lines = plan.rows.map((row: Record<string, string>) => row['QUERY PLAN'] ?? '');
          // keep plans readable: the first 40 lines
          say('');
          say(`Plan of statement ${i + 1}${analyze ? '' : ' (not executed)'}:`);
          say('```');
          for (const line of lines.slice(0, 40)) say(line.length > 240 ? `${line.slice(0, 240)}…` : line);
          if (lines.length > 40) say(`… ${lines.length - 40} more lines`);
          say('```');
        } catch (error) {
          say(`(statement ${i + 1} not explained: ${error instanceof Error ? error.message : String(error)})`);
        }
      }
    };

    const s1Path = `/api/v1/offers?eligibleFor=me&departement=${fixture.s1.departement}`;
    say(`### S1 — ${s1Path}`);
    await run('S1 platform', platform.url, s1Path, s1);
    await run('S1 baseline', baselineUrl, s1Path, s1);
    const s2Path = `/api/v1/candidacies/${fixture.bigOffer.candidacyId}`;
    say(`\n### S2 — ${s2Path}`);
    await run('S2 platform, first read (ranking computed)', platform.url, s2Path, s2);
    await run('S2 platform, next read (ranking cached)', platform.url, s2Path, s2);
    await run('S2 baseline', baselineUrl, s2Path, s2);
    const s3Path = `/api/v1/offers/${fixture.bigOffer.offerId}/ranking?page=1&pageSize=50`;
    say(`\n### S3 — ${s3Path}`);
    await run('S3 platform', platform.url, s3Path, agent);
    await run('S3 baseline', baselineUrl, s3Path, agent);
    if (pair && s4) {
      say(`\n### S4 — POST /api/v1/candidacies`);
      await run('S4 platform', platform.url, '/api/v1/candidacies', s4, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ demandId: pair.demandId, offerId: pair.offerId }),
      });
    }
  } finally {
    await explainer.end();
    await baseline.close();
    await platform.stop();
  }
  const dir = path.join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `explain-${new Date().toISOString().slice(0, 10)}.md`);
  writeFileSync(file, `${out.join('\n')}\n`);
  process.stdout.write(`\nwritten to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`explain failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
