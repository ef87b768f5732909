/**
 * npm run soak — the platform under a steady mixed load for a bounded time (issue 9 §7).
 *
 *   npm run soak                          # 10 minutes on the scale database (npm run seed:scale first)
 *   npm run soak -- --minutes 3           # shorter (the warm-up is a fifth of the run, at most 2 minutes)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/alin_soak_scale npm run soak -- --minutes 3   # another seeded database
 *   options: --warmup-minutes M, --sample-seconds S (RSS sampling, default 5), --max-growth 0.10,
 *   --rate-search R, --rate-view R, --rate-ranking R, --rate-apply R (requests per second of each stream)
 *
 * Starts the platform as the bench does (bench/platform-server.ts: production configuration, long
 * random secrets, LOG_LEVEL=warn, SEED_DEMO=false) on the scale data, then drives four streams at
 * once over loopback with autocannon, each at a fixed rate for the whole run:
 *   search   GET  /offers?eligibleFor=me&departement=…   (the bench's S1 applicant)
 *   view     GET  /candidacies/{id}                       (S2: live rank among the big offer's candidates)
 *   ranking  GET  /offers/{id}/ranking                    (S3: the agent's full ranking of the big offer)
 *   apply    POST /candidacies                            (S4: distinct applicants and offers, each pair once)
 * It samples the platform's resident memory every few seconds and every response's latency, and
 * reports per minute: requests, errors, p50/p99 per stream, RSS. It fails (exit code 1) on any error
 * (socket error, timeout, non-2xx answer), on memory growth beyond --max-growth between the first
 * and the last minute after the warm-up (medians of the samples), on an unstable p99 (a minute
 * after the warm-up above twice the median of those minutes, or the last minute above 1.5× the
 * first one), and on a duplicated application. Writes bench/results/soak-<date>.json and .md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { BENCH_DIR, REPO_DIR, assertLoopback, describeTarget, readFixture, resolveTarget, type ScaleFixture } from './lib/target';
import { platformNodeFlags } from './lib/node-flags';

const { values: opts } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'warmup-minutes': { type: 'string' },
    'sample-seconds': { type: 'string', default: '5' },
    'max-growth': { type: 'string', default: '0.10' },
    'rate-search': { type: 'string', default: '10' },
    'rate-view': { type: 'string', default: '20' },
    'rate-ranking': { type: 'string', default: '1' },
    'rate-apply': { type: 'string', default: '4' },
    pglite: { type: 'boolean', default: false },
  },
});
const MINUTES = Number(opts.minutes);
const WARMUP_MINUTES = Number(opts['warmup-minutes'] ?? Math.min(2, Math.max(0.5, MINUTES / 5)));
const SAMPLE_SECONDS = Number(opts['sample-seconds']);
const MAX_GROWTH = Number(opts['max-growth']);
if (!(MINUTES > 0) || !(WARMUP_MINUTES >= 0) || WARMUP_MINUTES >= MINUTES || !(SAMPLE_SECONDS > 0)) {
  throw new Error('--minutes > 0, 0 ≤ --warmup-minutes < --minutes, --sample-seconds > 0');
}
const RATES = {
  search: Number(opts['rate-search']),
  view: Number(opts['rate-view']),
  ranking: Number(opts['rate-ranking']),
  apply: Number(opts['rate-apply']),
};
if (Object.values(RATES).some((r) => !Number.isInteger(r) || r < 0)) throw new Error('rates are whole numbers of requests per second (0 turns a stream off)');
type Stream = keyof typeof RATES;
const STREAMS = Object.keys(RATES) as Stream[];

const log = (line = '') => process.stdout.write(`${line}\n`);

// ——— the platform, as the bench starts it ———

interface Platform {
  url: string;
  proc: ChildProcess;
  /** the last resident set size it reported (bytes) */
  rss(): number;
  request<T>(message: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

async function startPlatform(env: NodeJS.ProcessEnv): Promise<Platform> {
  const proc = fork(path.join(BENCH_DIR, 'platform-server.ts'), [], {
    cwd: REPO_DIR,
    env,
    execArgv: ['--import', 'tsx', ...platformNodeFlags()],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let lastRss = 0;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  proc.on('message', (m: { type: string; id?: number; value?: unknown; error?: string; rss?: number }) => {
    if (m.type === 'rss' && m.rss) lastRss = m.rss;
    if (m.type === 'result' && m.id !== undefined) {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error) w?.reject(new Error(m.error));
      else w?.resolve(m.value);
    }
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the platform did not start within 180 s')), 180_000);
    proc.on('message', (m: { type: string; url?: string }) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.url!);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the platform exited with code ${code} before it was ready`));
    });
  });
  return {
    url,
    proc,
    rss: () => lastRss,
    request: <T>(message: Record<string, unknown>) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        proc.send({ ...message, id });
      }),
    async stop() {
      if (proc.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.send({ type: 'stop' });
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function login(base: string, email: string, password: string): Promise<string> {
  assertLoopback(base);
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${body.slice(0, 200)}`);
  return (JSON.parse(body) as { accessToken: string }).accessToken;
}

// ——— measures ———

interface MinuteStats {
  minute: number;
  warmup: boolean;
  rssMb: { median: number; max: number; samples: number };
  streams: Record<Stream, { requests: number; errors: number; p50: number; p99: number; max: number }>;
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

async function main(): Promise<void> {
  const target = resolveTarget(process.env, opts.pglite);
  const fixture: ScaleFixture = readFixture(target);
  const seconds = Math.round(MINUTES * 60);
  log(
    `soak — ${describeTarget(target)} (scale ${fixture.scale}, data for ${fixture.generatedFor}); ${MINUTES} min (warm-up ${WARMUP_MINUTES} min), rates/s ${JSON.stringify(RATES)}`,
  );

  const secret = () => randomBytes(48).toString('base64url');
  const dbEnv = target.kind === 'pg' ? { DATABASE_URL: target.url } : { DATABASE_URL: '', DATA_DIR: target.dataDir };
  if (target.kind === 'pg') assertLoopback(target.url);
  const platform = await startPlatform({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    ...dbEnv,
    JWT_SECRET: secret(),
    JWT_ISSUER: 'alin',
    JWT_AUDIENCE: 'alin-api',
    COOKIE_SECRET: secret(),
    VERIFICATION_WEBHOOK_SECRET: secret(),
    DOCUMENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    BCRYPT_COST: '12',
    DATABASE_POOL_SIZE: '10',
  });
  log(`  platform up at ${platform.url} (pid ${platform.proc.pid})`);

  const started = Date.now();
  const minuteOf = () => Math.floor((Date.now() - started) / 60_000);
  const latencies: Record<Stream, number[][]> = { search: [], view: [], ranking: [], apply: [] };
  const errors: Record<Stream, number[]> = { search: [], view: [], ranking: [], apply: [] };
  const statuses: Record<Stream, Record<string, number>> = { search: {}, view: {}, ranking: {}, apply: {} };
  const errorSamples: string[] = [];
  const rssSamples: { at: number; rss: number }[] = [];
  const bump = (arr: number[], m: number) => (arr[m] = (arr[m] ?? 0) + 1);

  let applyNote: string | undefined;
  const sentPairs: { demandId: string; offerId: string }[] = [];
  let report: Record<string, unknown> | undefined;
  try {
    const applicant = await login(platform.url, fixture.s1.email, fixture.password);
    const agent = await login(platform.url, fixture.agent.email, fixture.password);
    const viewer = fixture.bigOffer.applicantEmail ? await login(platform.url, fixture.bigOffer.applicantEmail, fixture.password) : '';
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });

    // the applications: pairs never used by an earlier run, one signed-in applicant each
    const used = new Set(
      (
        await platform.request<{ demand_id: string }[]>({
          type: 'sql',
          text: 'select distinct demand_id::text from candidacy.candidacies where demand_id = any($1::uuid[])',
          params: [fixture.s4.map((p) => p.demandId)],
        })
      ).map((x) => x.demand_id),
    );
    const pairs = fixture.s4.filter((p) => !used.has(p.demandId));
    let applyRate = RATES.apply;
    if (pairs.length < applyRate * seconds) {
      // autocannon's rates are whole requests per second: at least 1/s, stopping when the pairs run out
      applyRate = Math.min(RATES.apply, Math.max(1, Math.floor(pairs.length / seconds)));
      applyNote = `${pairs.length} unused applicant/offer pairs: applications at ${applyRate}/s instead of ${RATES.apply}/s${pairs.length < applyRate * seconds ? `, until they run out after about ${Math.round(pairs.length / applyRate / 60)} min` : ''} (seed again for more)`;
      log(`  ${applyNote}`);
    }
    const batch = pairs.slice(0, Math.ceil(applyRate * seconds) + 1);
    const tokens: string[] = [];
    for (let i = 0; i < batch.length; i += 5000) tokens.push(...(await platform.request<string[]>({ type: 'mint', accountIds: batch.slice(i, i + 5000).map((p) => p.accountId) })));
    let next = 0;

    const common = (rate: number, connections: number): autocannon.Options => ({
      url: platform.url,
      connections,
      overallRate: rate,
      duration: seconds,
      timeout: 30,
    });
    const options: Record<Stream, autocannon.Options> = {
      search: { ...common(RATES.search, 8), requests: [{ method: 'GET', path: `/api/v1/offers?eligibleFor=me&departement=${fixture.s1.departement}`, headers: auth(applicant) }] },
      view: { ...common(RATES.view, 8), requests: [{ method: 'GET', path: `/api/v1/candidacies/${fixture.bigOffer.candidacyId}`, headers: auth(viewer) }] },
      ranking: { ...common(RATES.ranking, 4), requests: [{ method: 'GET', path: `/api/v1/offers/${fixture.bigOffer.offerId}/ranking`, headers: auth(agent) }] },
      apply: {
        ...common(applyRate, 4),
        ...(batch.length ? { amount: batch.length } : {}),
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const k = next++;
              const pair = batch[k];
              if (!pair) return req;
              sentPairs.push(pair);
              return {
                ...req,
                path: '/api/v1/candidacies',
                headers: { authorization: `Bearer ${tokens[k]}`, 'content-type': 'application/json' },
                body: JSON.stringify({ demandId: pair.demandId, offerId: pair.offerId }),
              };
            },
          },
        ],
      },
    };

    const sampler = setInterval(() => {
      const rss = platform.rss();
      if (rss) rssSamples.push({ at: Date.now() - started, rss });
    }, SAMPLE_SECONDS * 1000);
    const progress = setInterval(() => {
      const m = minuteOf() - 1;
      if (m < 0) return;
      const line = STREAMS.map((s) => {
        const l = [...(latencies[s][m] ?? [])].sort((a, b) => a - b);
        return `${s} ${l.length} req p99 ${percentile(l, 99)} ms${errors[s][m] ? ` ${errors[s][m]} ERR` : ''}`;
      }).join(' · ');
      log(`  minute ${m + 1}: ${line} · RSS ${mb(platform.rss())} MB`);
    }, 60_000);

    const runs = STREAMS.filter((s) => (s === 'apply' ? applyRate > 0 && batch.length > 0 : RATES[s] > 0)).map(
      (stream) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(options[stream], (error: unknown, result: autocannon.Result) =>
            error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
          );
          const stop = setTimeout(() => instance.stop(), seconds * 1000 + 2000);
          instance.on('done', () => clearTimeout(stop));
          instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
            const m = minuteOf();
            (latencies[stream][m] ??= []).push(Math.round(responseTime));
            statuses[stream][statusCode] = (statuses[stream][statusCode] ?? 0) + 1;
            if (statusCode < 200 || statusCode >= 300) {
              bump(errors[stream], m);
              if (errorSamples.length < 20) errorSamples.push(`${stream}: HTTP ${statusCode}`);
            }
          });
          instance.on('reqError', (error: Error) => {
            bump(errors[stream], minuteOf());
            if (errorSamples.length < 20) errorSamples.push(`${stream}: ${error.message}`);
          });
        }),
    );
    const results = await Promise.all(runs);
    clearInterval(sampler);
    clearInterval(progress);
    // requests autocannon gave up on at the end may still run on the server: let them finish before the checks and the stop
    await new Promise((r) => setTimeout(r, 10_000));
    const timeouts = results.reduce((n, r) => n + r.timeouts, 0);

    // ——— evaluation ———
    const totalMinutes = Math.ceil(seconds / 60);
    const minutes: MinuteStats[] = [];
    for (let m = 0; m < totalMinutes; m++) {
      const rss = rssSamples.filter((s) => Math.floor(s.at / 60_000) === m).map((s) => s.rss);
      const streams = {} as MinuteStats['streams'];
      for (const s of STREAMS) {
        const l = [...(latencies[s][m] ?? [])].sort((a, b) => a - b);
        streams[s] = { requests: l.length, errors: errors[s][m] ?? 0, p50: percentile(l, 50), p99: percentile(l, 99), max: l.at(-1) ?? 0 };
      }
      minutes.push({ minute: m + 1, warmup: m * 60 < WARMUP_MINUTES * 60, rssMb: { median: mb(median(rss)), max: mb(Math.max(0, ...rss)), samples: rss.length }, streams });
    }
    // post-warm-up window: samples after the warm-up, first and last minute of it
    const warmMs = WARMUP_MINUTES * 60_000;
    const after = rssSamples.filter((s) => s.at >= warmMs);
    const firstWindow = after.filter((s) => s.at < warmMs + 60_000).map((s) => s.rss);
    const lastWindow = after.filter((s) => s.at >= seconds * 1000 - 60_000).map((s) => s.rss);
    const rssStart = median(firstWindow);
    const rssEnd = median(lastWindow);
    const growth = rssStart > 0 ? (rssEnd - rssStart) / rssStart : 0;

    const checks: { name: string; pass: boolean; detail: string }[] = [];
    const errorCount = STREAMS.reduce((n, s) => n + errors[s].reduce((a, b) => a + (b ?? 0), 0), 0) + timeouts;
    checks.push({
      name: 'no error',
      pass: errorCount === 0,
      detail: `${errorCount} errors (non-2xx, socket errors, ${timeouts} timeouts)${errorSamples.length ? `: ${[...new Set(errorSamples)].slice(0, 5).join('; ')}` : ''}`,
    });
    checks.push({
      name: `memory growth ≤ ${Math.round(MAX_GROWTH * 100)} % after warm-up`,
      pass: firstWindow.length > 0 && lastWindow.length > 0 && growth <= MAX_GROWTH,
      detail: `RSS median ${mb(rssStart)} MB in the first minute after warm-up → ${mb(rssEnd)} MB in the last (${(growth * 100).toFixed(1)} %; ${rssSamples.length} samples, max ${mb(Math.max(0, ...rssSamples.map((s) => s.rss)))} MB)`,
    });
    const measured = minutes.filter((m) => !m.warmup);
    for (const s of STREAMS) {
      const p99s = measured
        .map((m) => m.streams[s])
        .filter((x) => x.requests > 0)
        .map((x) => x.p99);
      if (p99s.length < 2) {
        checks.push({
          name: `${s}: p99 stable`,
          pass: p99s.length > 0 || RATES[s] === 0 || (s === 'apply' && batch.length === 0),
          detail: `${p99s.length} measured minute(s): ${p99s.join(', ')} ms`,
        });
        continue;
      }
      const mid = median(p99s);
      const worst = Math.max(...p99s);
      // the trend: the later half of the minutes against the earlier half (medians)
      const half = Math.floor(p99s.length / 2);
      const early = median(p99s.slice(0, half));
      const late = median(p99s.slice(p99s.length - half));
      const slack = 20; // ms: a few ms of jitter on a fast route is not instability
      const pass = worst <= 2 * mid + slack && late <= 1.5 * early + slack;
      checks.push({
        name: `${s}: p99 stable`,
        pass,
        detail: `p99 per minute after warm-up ${p99s.join(', ')} ms (median ${mid}, max ${worst} ≤ 2× median; later half ${late} vs earlier half ${early} ≤ 1.5×)`,
      });
    }
    let duplicates = 0;
    if (sentPairs.length) {
      const dup = await platform.request<{ n: number }[]>({
        type: 'sql',
        text: 'select count(*)::int as n from (select demand_id, offer_id from candidacy.candidacies where demand_id = any($1::uuid[]) group by 1, 2 having count(*) > 1) x',
        params: [sentPairs.map((p) => p.demandId)],
      });
      duplicates = dup[0]!.n;
      checks.push({ name: 'no duplicated application', pass: duplicates === 0, detail: `${duplicates} duplicated (demand, offer) pairs among ${sentPairs.length} applications` });
    }
    const pass = checks.every((c) => c.pass);
    report = {
      date: new Date().toISOString(),
      target: describeTarget(target),
      driver: target.kind,
      scale: fixture.scale,
      dataFor: fixture.generatedFor,
      node: process.version,
      minutes: MINUTES,
      warmupMinutes: WARMUP_MINUTES,
      sampleSeconds: SAMPLE_SECONDS,
      maxGrowth: MAX_GROWTH,
      rates: { ...RATES, apply: applyRate },
      ...(applyNote ? { note: applyNote } : {}),
      totals: Object.fromEntries(STREAMS.map((s) => [s, { requests: latencies[s].reduce((n, l) => n + (l?.length ?? 0), 0), statuses: statuses[s] }])),
      perMinute: minutes,
      rss: { startMb: mb(rssStart), endMb: mb(rssEnd), growth, samples: rssSamples.map((s) => ({ atSeconds: Math.round(s.at / 1000), mb: mb(s.rss) })) },
      checks,
      pass,
    };
  } finally {
    await platform.stop();
  }

  const md = markdown(report);
  log(`\n${md}`);
  const dir = path.join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const base = `soak-${stamp}${target.kind === 'pglite' ? '-pglite' : ''}`;
  writeFileSync(path.join(dir, `${base}.json`), `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(path.join(dir, `${base}.md`), `${md}\n`);
  log(`results: bench/results/${base}.json, .md`);
  if (!report.pass) {
    log('soak FAILED');
    process.exitCode = 1;
  }
}

function markdown(r: Record<string, unknown>): string {
  const perMinute = r.perMinute as MinuteStats[];
  const checks = r.checks as { name: string; pass: boolean; detail: string }[];
  const lines = [
    `### Soak ${(r.date as string).slice(0, 16).replace('T', ' ')} UTC — ${r.target}, scale ${r.scale}, ${r.minutes} min (warm-up ${r.warmupMinutes} min), Node ${r.node}`,
    '',
    `Rates (requests/s): ${Object.entries(r.rates as Record<string, number>)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.${r.note ? ` ${r.note}.` : ''}`,
    '',
    '| minute | ' + STREAMS.map((s) => `${s} req / err / p50 / p99 (ms)`).join(' | ') + ' | RSS median / max (MB) |',
    '|---|' + STREAMS.map(() => '---').join('|') + '|---|',
  ];
  for (const m of perMinute) {
    lines.push(
      `| ${m.minute}${m.warmup ? ' (warm-up)' : ''} | ` +
        STREAMS.map((s) => {
          const x = m.streams[s];
          return `${x.requests} / ${x.errors} / ${x.p50} / ${x.p99}`;
        }).join(' | ') +
        ` | ${m.rssMb.median} / ${m.rssMb.max} |`,
    );
  }
  lines.push('', '| check | result | detail |', '|---|---|---|');
  for (const c of checks) lines.push(`| ${c.name} | ${c.pass ? 'pass' : '**FAIL**'} | ${c.detail} |`);
  lines.push('', `Result: ${r.pass ? '**pass**' : '**FAIL**'}`);
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
