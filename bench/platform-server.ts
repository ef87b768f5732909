/**
 * The platform as the bench runs it: a child process of bench/run.ts starting it with
 * startPlatform() and the configuration the parent passes in the environment (production mode,
 * long random secrets, LOG_LEVEL=warn, SEED_DEMO=false). It reports its resident memory every
 * 250 ms over IPC (with the event loop's largest delay and the longest GC pause of those 250 ms) and answers two bench-only requests on the same database handle:
 * - `mint`: sessions and access tokens for many applicants at once (S4 needs thousands of
 *   distinct signed-in applicants; logging each in would cost a bcrypt comparison each), made
 *   exactly as a login makes them (a session row, then the platform's JWT service);
 * - `sql`: a read for the bench's checks (e.g. duplicates after S4).
 */
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { loadConfig } from '../src/bootstrap/config';
import { startPlatform } from '../src/bootstrap/server';
import { JwtAccessTokenService } from '../src/adapters/auth/jwt-access-token.service';
import { sessions } from '../src/adapters/db/schema/index';
import { insertRows, type SqlRunner } from './lib/bulk';

type Message = { type: 'mint'; id: number; accountIds: string[] } | { type: 'sql'; id: number; text: string; params?: unknown[] } | { type: 'stop' };

/**
 * `npm run bench -- --experiment` (never the official figures): simulates recommended changes R1
 * and R2 of docs/performance.md at run time, to estimate their gain before anyone edits src/:
 * R1 hands jsonwebtoken a KeyObject made once instead of the secret string; R2 reuses
 * Intl.NumberFormat instances instead of building one per formatted amount.
 */
async function applyExperiment(): Promise<void> {
  const { createRequire } = await import('node:module');
  const { createSecretKey } = await import('node:crypto');
  const jwt = createRequire(import.meta.url)('jsonwebtoken') as Record<string, (...a: unknown[]) => unknown>;
  const keys = new Map<string, unknown>();
  const keyOf = (k: unknown) => (typeof k === 'string' ? (keys.get(k) ?? keys.set(k, createSecretKey(Buffer.from(k))).get(k)) : k);
  for (const name of ['sign', 'verify'] as const) {
    const original = jwt[name]!;
    jwt[name] = (token: unknown, key: unknown, ...rest: unknown[]) => original(token, keyOf(key), ...rest);
  }
  const Original = Intl.NumberFormat;
  const formats = new Map<string, Intl.NumberFormat>();
  const Cached = function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
    const key = JSON.stringify([locales, options]);
    return formats.get(key) ?? formats.set(key, new Original(locales, options)).get(key)!;
  } as unknown as typeof Intl.NumberFormat;
  Object.assign(Cached, Original);
  Intl.NumberFormat = Cached;
}

async function main(): Promise<void> {
  if (process.env.ALIN_BENCH_EXPERIMENT === '1') await applyExperiment();
  const config = loadConfig(process.env);
  const platform = await startPlatform(config);
  const client = (platform.database.root as unknown as { $client: SqlRunner }).$client;
  const tokens = new JwtAccessTokenService({
    secret: config.auth.jwtSecret,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    ttlSeconds: config.auth.accessTtlSeconds,
  });
  const send = (m: unknown) => process.send?.(m);
  send({ type: 'ready', url: platform.url, pid: process.pid, driver: platform.database.driver });
  // what makes a p99: the event loop's largest delay and the longest garbage-collection pause of each sample
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let gcMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMaxMs = Math.max(gcMaxMs, e.duration);
  }).observe({ entryTypes: ['gc'] });
  setInterval(() => {
    const m = process.memoryUsage();
    send({ type: 'rss', rss: m.rss, heapUsed: m.heapUsed, loopMaxMs: loop.max / 1e6, gcMaxMs });
    loop.reset();
    gcMaxMs = 0;
  }, 250).unref();

  process.on('message', (m: Message) => {
    void (async () => {
      if (m.type === 'stop') {
        await platform.stop();
        process.exit(0);
      }
      try {
        if (m.type === 'mint') {
          const now = new Date();
          const rows = m.accountIds.map((accountId) => ({
            id: randomUUID(),
            accountId,
            kind: 'api',
            createdAt: now,
            expiresAt: new Date(now.getTime() + 86_400_000),
            ip: '127.0.0.1',
            userAgent: 'alin-bench',
          }));
          for (let i = 0; i < rows.length; i += 5000) await insertRows(client, sessions, rows.slice(i, i + 5000));
          const issued = rows.map((r) => tokens.issue({ sub: r.accountId, role: 'applicant', sid: r.id }).token);
          send({ type: 'result', id: m.id, value: issued });
        } else if (m.type === 'sql') {
          const result = await client.query(m.text, m.params ?? []);
          send({ type: 'result', id: m.id, value: result.rows });
        }
      } catch (error) {
        send({ type: 'result', id: (m as { id: number }).id, error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  process.on('disconnect', () => void platform.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench platform failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
