/**
 * npm run bench — the platform at production scale against a hand-written baseline.
 *
 *   npm run bench                    # 32 connections, 5 s warm-up + 20 s per scenario and server
 *   npm run bench -- --quick         # 1 s warm-up + 3 s runs (development)
 *   options: --connections N --duration S --warmup S --only S1,S3 --no-baseline --heap-mb N (V8 old-space cap of the platform; by default the V8 flags of `npm start`; 0: none) --experiment (simulates
 *   recommended changes R1 and R2 at run time, see bench/platform-server.ts) --profile (CPU profile of
 *   the platform process to data/bench/profiles/ (git-ignored), summarised by `npx tsx bench/profile-summary.ts`)
 *   DATA_DIR=data/scale-pglite npm run bench -- --pglite   # the embedded default (figures only)
 *
 * Starts the platform (bench/platform-server.ts, production configuration, random long secrets,
 * LOG_LEVEL=warn, SEED_DEMO=false) and the baseline (bench/baseline/server.ts) as child processes
 * on the scale database (`npm run seed:scale` first), drives both over loopback with autocannon,
 * samples the platform's resident memory during S1–S4, and writes bench/results/<date>.json and
 * .md. Exits non-zero when a target is missed (a scenario whose endpoint does not exist is "not
 * available", not a pass).
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
    quick: { type: 'boolean', default: false },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    only: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    pglite: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    experiment: { type: 'boolean', default: false },
    'heap-mb': { type: 'string' },
  },
});
const CONNECTIONS = Number(opts.connections);
const DURATION = Number(opts.duration ?? (opts.quick ? 3 : 20));
const WARMUP = Number(opts.warmup ?? (opts.quick ? 1 : 5));
const ONLY = opts.only ? new Set(opts.only.split(',').map((s) => s.trim().toUpperCase())) : undefined;
const RSS_LIMIT_MB = 400;
/** the platform's V8 flags: those of `npm start` (heap cap, young generation), --heap-mb replacing the cap (0: none) */
const PLATFORM_FLAGS = platformNodeFlags(opts['heap-mb'] === undefined ? undefined : Number(opts['heap-mb']));

const log = (line = '') => process.stdout.write(`${line}\n`);

// ——— child processes ———

class Child {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly rss: number[] = [];
  /** per rss sample: the event loop's largest delay and the longest GC pause in those 250 ms */
  readonly stalls: { loopMaxMs: number; gcMaxMs: number }[] = [];
  sampling = false;
  url = '';
  private constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {}

  static async start(name: string, script: string, env: NodeJS.ProcessEnv, timeoutMs = 180_000, execArgv: string[] = []): Promise<Child> {
    const child = fork(path.join(BENCH_DIR, script), [], {
      cwd: REPO_DIR,
      env,
      execArgv: ['--import', 'tsx', ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const c = new Child(name, child);
    child.on('message', (m: { type: string; id?: number; value?: unknown; error?: string; rss?: number; url?: string; loopMaxMs?: number; gcMaxMs?: number }) => {
      if (m.type === 'rss' && c.sampling && m.rss) {
        c.rss.push(m.rss);
        c.stalls.push({ loopMaxMs: m.loopMaxMs ?? 0, gcMaxMs: m.gcMaxMs ?? 0 });
      }
      if (m.type === 'result' && m.id !== undefined) {
        const w = c.waiting.get(m.id);
        c.waiting.delete(m.id);
        if (m.error) w?.reject(new Error(m.error));
        else w?.resolve(m.value);
      }
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
      child.on('message', (m: { type: string; url?: string }) => {
        if (m.type === 'ready') {
          clearTimeout(timer);
          c.url = m.url!;
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with code ${code} before it was ready`));
      });
    });
    return c;
  }

  request<T>(message: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.process.send({ ...message, id });
    });
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.process.send({ type: 'stop' });
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

// ——— load ———

interface Measure {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  seconds: number;
}

type Cannon = Omit<autocannon.Options, 'url' | 'connections' | 'duration'> & { path: string };

async function cannon(base: string, c: Cannon, seconds: number): Promise<Measure> {
  const result = await autocannon({ ...c, url: `${base}${c.path}`, connections: CONNECTIONS, duration: seconds, timeout: 30 });
  const codes: Record<string, number> = {};
  for (const [code, s] of Object.entries(result.statusCodeStats ?? {})) codes[code] = s.count ?? 0;
  const ok = result['2xx'];
  return {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    rps: ok / Math.max(result.duration, 0.001),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes: codes,
    seconds: result.duration,
  };
}

async function measure(base: string, c: Cannon): Promise<Measure> {
  if (WARMUP > 0) await cannon(base, c, WARMUP);
  return cannon(base, c, DURATION);
}

async function call(base: string, p: string, init: RequestInit = {}): Promise<{ status: number; body: string }> {
  assertLoopback(base);
  const res = await fetch(`${base}${p}`, init);
  return { status: res.status, body: await res.text() };
}

async function login(base: string, email: string, password: string): Promise<string> {
  const r = await call(base, '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (r.status !== 200) throw new Error(`login of ${email} failed: ${r.status} ${r.body.slice(0, 200)}`);
  return (JSON.parse(r.body) as { accessToken: string }).accessToken;
}

/** autocannon with both a request budget (`amount`) and a time limit (autocannon alone lets `amount` win). */
function runFor(seconds: number, o: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(o, (error: unknown, result: autocannon.Result) => {
      clearTimeout(timer);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
    const timer = setTimeout(() => instance.stop(), seconds * 1000);
  });
}

// ——— scenarios ———

interface Target {
  p99Ms?: number;
  minRatio?: number;
  minRps?: number;
  zeroErrors?: boolean;
}

interface ScenarioResult {
  id: string;
  title: string;
  target: Target;
  available: boolean;
  note?: string;
  platform?: Measure;
  baseline?: Measure;
  ratio?: number;
  checks: { name: string; pass: boolean; detail: string }[];
  pass: boolean;
  /** the platform's largest resident set size during the scenario, MB */
  rssMaxMb?: number;
  /** the platform's event loop during the scenario: its largest delay, the samples (250 ms) with a delay over 50 ms, the longest GC pause */
  stalls?: { loopMaxMs: number; samplesOver50Ms: number; samples: number; gcMaxMs: number };
}

function stallsOf(c: Child, from: number): NonNullable<ScenarioResult['stalls']> {
  const s = c.stalls.slice(from);
  return {
    loopMaxMs: Math.round(Math.max(0, ...s.map((x) => x.loopMaxMs))),
    samplesOver50Ms: s.filter((x) => x.loopMaxMs > 50).length,
    samples: s.length,
    gcMaxMs: Math.round(Math.max(0, ...s.map((x) => x.gcMaxMs))),
  };
}

const stallsText = (s: NonNullable<ScenarioResult['stalls']>) =>
  `event loop: largest delay ${s.loopMaxMs} ms, ${s.samplesOver50Ms}/${s.samples} samples over 50 ms; longest GC pause ${s.gcMaxMs} ms`;

function evaluate(r: ScenarioResult): void {
  const t = r.target;
  if (!r.available || !r.platform) {
    r.pass = false;
    return;
  }
  const p = r.platform;
  if (t.p99Ms !== undefined) r.checks.push({ name: `p99 ≤ ${t.p99Ms} ms`, pass: p.p99 <= t.p99Ms, detail: `${p.p99} ms` });
  if (t.minRatio !== undefined) {
    if (r.baseline && r.baseline.rps > 0) {
      r.ratio = p.rps / r.baseline.rps;
      r.checks.push({ name: `throughput ≥ ${Math.round(t.minRatio * 100)} % of baseline`, pass: r.ratio >= t.minRatio, detail: `${Math.round(r.ratio * 100)} %` });
    } else {
      r.checks.push({ name: `throughput ≥ ${Math.round(t.minRatio * 100)} % of baseline`, pass: false, detail: 'no baseline measure' });
    }
  }
  if (t.minRps !== undefined) r.checks.push({ name: `≥ ${t.minRps} per second`, pass: p.rps >= t.minRps, detail: `${p.rps.toFixed(0)}/s` });
  if (t.zeroErrors) r.checks.push({ name: 'zero errors', pass: p.errors === 0 && p.non2xx === 0, detail: `${p.errors} errors, ${p.non2xx} non-2xx` });
  else r.checks.push({ name: 'no errors', pass: p.errors === 0 && p.non2xx === 0, detail: `${p.errors} errors, ${p.non2xx} non-2xx` });
  r.pass = r.checks.every((c) => c.pass);
}

async function main(): Promise<void> {
  const target = resolveTarget(process.env, opts.pglite);
  const fixture: ScaleFixture = readFixture(target);
  const today = new Date().toISOString().slice(0, 10);
  log(
    `bench — ${describeTarget(target)} (scale ${fixture.scale}, data generated for ${fixture.generatedFor}); ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per run`,
  );
  const age = (Date.parse(today) - Date.parse(fixture.generatedFor)) / 86_400_000;
  if (age > 15) log(`  warning: the data is ${age} days old: published offers start closing after ~20 days; run seed:scale again`);

  const secret = () => randomBytes(48).toString('base64url');
  const jwt = { JWT_SECRET: secret(), JWT_ISSUER: 'alin', JWT_AUDIENCE: 'alin-api' };
  const dbEnv = target.kind === 'pg' ? { DATABASE_URL: target.url } : { DATABASE_URL: '', DATA_DIR: target.dataDir };
  if (target.kind === 'pg') assertLoopback(target.url);
  const platformEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    ...dbEnv,
    ...jwt,
    COOKIE_SECRET: secret(),
    VERIFICATION_WEBHOOK_SECRET: secret(),
    DOCUMENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    BCRYPT_COST: '12',
    DATABASE_POOL_SIZE: '10',
    ...(opts.experiment ? { ALIN_BENCH_EXPERIMENT: '1' } : {}),
    // the platform's Node options (e.g. BENCH_PLATFORM_NODE_OPTIONS=--max-old-space-size=192 to try a heap cap)
    ...(process.env.BENCH_PLATFORM_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_PLATFORM_NODE_OPTIONS } : {}),
  };
  if (opts.experiment) log('  EXPERIMENT: the platform runs with recommended changes R1 and R2 simulated at run time (bench/platform-server.ts): not the official figures');
  const started = performance.now();
  const profileDir = path.join(REPO_DIR, 'data', 'bench', 'profiles');
  // --profile: CPU profiles of the platform process (written when it stops), for bench/profile-summary
  // the same V8 flags as `npm start` (R7: without the heap cap V8 lets the heap grow to 350–420 MB resident under load)
  const platform = await Child.start('platform', 'platform-server.ts', platformEnv, 180_000, [
    ...PLATFORM_FLAGS,
    ...(opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  ]);
  log(`  platform V8 flags: ${PLATFORM_FLAGS.join(' ') || '(none)'}`);
  log(`  platform up at ${platform.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const withBaseline = target.kind === 'pg' && !opts['no-baseline'];
  const baseline = withBaseline
    ? await Child.start('baseline', 'baseline/server.ts', {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        BASELINE_DATABASE_URL: target.url,
        DATABASE_POOL_SIZE: '10',
        ...jwt,
        PORT: '0',
      })
    : undefined;
  if (baseline) log(`  baseline up at ${baseline.url}`);

  const results: ScenarioResult[] = [];
  let rssMax = 0;
  try {
    const applicantToken = await login(platform.url, fixture.s1.email, fixture.password);
    const agentToken = await login(platform.url, fixture.agent.email, fixture.password);
    const s2Token = fixture.bigOffer.applicantEmail ? await login(platform.url, fixture.bigOffer.applicantEmail, fixture.password) : '';
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });

    const probe = async (p: string, token: string): Promise<{ ok: boolean; note?: string }> => {
      const t0 = performance.now();
      const r = await call(platform.url, p, { headers: auth(token) });
      log(`  probe ${p.slice(0, 60)}: ${r.status}, ${(performance.now() - t0).toFixed(0)} ms, ${r.body.length.toLocaleString('en')} bytes`);
      if (r.status === 404 && r.body.includes('ROUTE.NOT_FOUND')) return { ok: false, note: 'not available (no such endpoint)' };
      if (r.status >= 300) return { ok: false, note: `probe answered ${r.status}: ${r.body.slice(0, 160)}` };
      return { ok: true };
    };

    const scenario = async (id: string, title: string, t: Target, c: Cannon | null, token: string, opts2: { baseline: boolean; rss: boolean; note?: string }): Promise<void> => {
      const r: ScenarioResult = { id, title, target: t, available: false, checks: [], pass: false };
      results.push(r);
      if (ONLY && !ONLY.has(id)) {
        r.note = 'skipped (--only)';
        return;
      }
      if (!c) {
        r.note = opts2.note ?? 'not available';
        log(`${id} ${title}: ${r.note}`);
        return;
      }
      const pr = await probe(c.path, token);
      if (!pr.ok) {
        r.note = pr.note;
        log(`${id} ${title}: ${r.note}`);
        return;
      }
      r.available = true;
      log(`${id} ${title}: platform…`);
      const from = platform.rss.length;
      platform.sampling = true;
      r.platform = await measure(platform.url, c);
      platform.sampling = false;
      r.rssMaxMb = Math.round(Math.max(0, ...platform.rss.slice(from)) / 1048576);
      r.stalls = stallsOf(platform, from);
      log(`  ${stallsText(r.stalls)}`);
      if (!opts2.rss) {
        platform.rss.splice(from);
        platform.stalls.splice(from);
      }
      if (r.platform.requests === 0) r.note = `no request completed within the ${DURATION} s run`;
      if (opts2.baseline && baseline) {
        const t0 = performance.now();
        const br = await call(baseline.url, c.path, { headers: auth(token) });
        log(
          `  baseline probe: ${br.status}, ${(performance.now() - t0).toFixed(0)} ms, ${br.body.length.toLocaleString('en')} bytes${br.status === 200 ? '' : ` ${br.body.slice(0, 300)}`}`,
        );
        if (br.status === 200) {
          log(`${id} ${title}: baseline…`);
          r.baseline = await measure(baseline.url, c);
        } else r.note = `baseline answered ${br.status}`;
      }
      evaluate(r);
      log(
        `${id}: p50 ${r.platform.p50} ms, p99 ${r.platform.p99} ms, ${r.platform.rps.toFixed(1)}/s, ${r.platform.errors + r.platform.non2xx} errors${r.baseline ? ` | baseline p50 ${r.baseline.p50} ms, p99 ${r.baseline.p99} ms, ${r.baseline.rps.toFixed(1)}/s` : ''}`,
      );
    };

    await scenario(
      'S1',
      'applicant’s eligible offers in a département',
      { p99Ms: 50, minRatio: 0.7 },
      { path: `/api/v1/offers?eligibleFor=me&departement=${fixture.s1.departement}`, headers: auth(applicantToken) },
      applicantToken,
      { baseline: true, rss: true },
    );
    await scenario(
      'S2',
      'a candidacy with its live rank and count (1,000 candidates)',
      { p99Ms: 25, minRatio: 0.7 },
      fixture.bigOffer.candidacyId ? { path: `/api/v1/candidacies/${fixture.bigOffer.candidacyId}`, headers: auth(s2Token) } : null,
      s2Token,
      { baseline: true, rss: true, note: 'not available (the scale data has no candidacies: seed after the candidacy migration)' },
    );
    await scenario(
      'S3',
      'an offer’s ranking with breakdowns, 1,000 candidates, first page of 50 (agent)',
      { p99Ms: 150, minRatio: 0.6 },
      { path: `/api/v1/offers/${fixture.bigOffer.offerId}/ranking?page=1&pageSize=50`, headers: auth(agentToken) },
      agentToken,
      { baseline: true, rss: true },
    );

    // S4: distinct applicants applying to distinct (demand, offer) pairs, each pair once
    {
      const r: ScenarioResult = {
        id: 'S4',
        title: 'applying (POST /candidacies), distinct applicants and offers',
        target: { minRps: 300, zeroErrors: true },
        available: false,
        checks: [],
        pass: false,
      };
      results.push(r);
      if (ONLY && !ONLY.has('S4')) r.note = 'skipped (--only)';
      else {
        const probeS4 = await call(platform.url, '/api/v1/candidacies', { method: 'POST', headers: { ...auth(applicantToken), 'content-type': 'application/json' }, body: '{}' });
        if (probeS4.status === 404 && probeS4.body.includes('ROUTE.NOT_FOUND')) r.note = 'not available (no such endpoint)';
        else {
          // pairs whose demand has no candidacy yet (earlier runs used some)
          const used = new Set(
            (
              await platform.request<{ demand_id: string }[]>({
                type: 'sql',
                text: `select distinct demand_id::text from candidacy.candidacies where demand_id = any($1::uuid[])`,
                params: [fixture.s4.map((p) => p.demandId)],
              })
            ).map((x) => x.demand_id),
          );
          const pairs = fixture.s4.filter((p) => !used.has(p.demandId));
          const needed = Math.ceil(Math.max(400, 350 * (WARMUP + DURATION)) * 1.2);
          log(
            `S4: ${pairs.length.toLocaleString('en')} unused applicant/offer pairs (${used.size.toLocaleString('en')} used by earlier runs); minting ${Math.min(needed, pairs.length).toLocaleString('en')} sessions…`,
          );
          const batch = pairs.slice(0, Math.min(needed, pairs.length));
          const tokens: string[] = [];
          for (let i = 0; i < batch.length; i += 5000)
            tokens.push(...(await platform.request<string[]>({ type: 'mint', accountIds: batch.slice(i, i + 5000).map((p) => p.accountId) })));
          let next = 0;
          const statuses: Record<string, number> = {};
          const c = (amount: number, seconds: number) =>
            runFor(seconds, {
              url: `${platform.url}/api/v1/candidacies`,
              connections: CONNECTIONS,
              duration: seconds,
              amount,
              timeout: 30,
              requests: [
                {
                  method: 'POST',
                  setupRequest: (req) => {
                    const k = next++;
                    const pair = batch[k];
                    if (!pair) return req; // never reached: `amount` stops first
                    return {
                      ...req,
                      path: '/api/v1/candidacies',
                      headers: { authorization: `Bearer ${tokens[k]}`, 'content-type': 'application/json' },
                      body: JSON.stringify({ demandId: pair.demandId, offerId: pair.offerId }),
                    };
                  },
                  onResponse: (status) => {
                    statuses[status] = (statuses[status] ?? 0) + 1;
                  },
                },
              ],
            });
          const warmCount = Math.min(Math.floor(batch.length * 0.15), 300 * WARMUP);
          if (WARMUP > 0 && warmCount > 0) await c(warmCount, WARMUP + 5);
          const firstMeasured = next;
          for (const k of Object.keys(statuses)) delete statuses[k];
          const from = platform.rss.length;
          platform.sampling = true;
          const res = await c(batch.length - firstMeasured, DURATION);
          platform.sampling = false;
          r.rssMaxMb = Math.round(Math.max(0, ...platform.rss.slice(from)) / 1048576);
          r.stalls = stallsOf(platform, from);
          log(`  ${stallsText(r.stalls)}`);
          const ok = res['2xx'];
          r.available = true;
          r.platform = {
            p50: res.latency.p50,
            p90: res.latency.p90,
            p99: res.latency.p99,
            max: res.latency.max,
            rps: ok / Math.max(res.duration, 0.001),
            requests: res.requests.total,
            errors: res.errors + res.timeouts,
            non2xx: res.non2xx,
            statusCodes: { ...statuses },
            seconds: res.duration,
          };
          const sent = batch.slice(0, next);
          const dup = await platform.request<{ n: number }[]>({
            type: 'sql',
            text: `select count(*)::int as n from (select demand_id, offer_id from candidacy.candidacies where demand_id = any($1::uuid[]) group by 1, 2 having count(*) > 1) x`,
            params: [sent.map((p) => p.demandId)],
          });
          const created = await platform.request<{ n: number }[]>({
            type: 'sql',
            text: `select count(*)::int as n from candidacy.candidacies where demand_id = any($1::uuid[])`,
            params: [sent.map((p) => p.demandId)],
          });
          r.checks.push({
            name: 'no duplicates',
            pass: dup[0]!.n === 0,
            detail: `${dup[0]!.n} duplicated (demand, offer) pairs; ${created[0]!.n} candidacies for ${sent.length} applications sent`,
          });
          log(`S4: ${ok} created in ${res.duration.toFixed(1)} s (${r.platform.rps.toFixed(0)}/s), p99 ${res.latency.p99} ms, statuses ${JSON.stringify(statuses)}`);
          evaluate(r);
          r.pass = r.pass && r.checks.every((x) => x.pass);
          if (next >= batch.length) r.note = `ran out of prepared pairs after ${next} requests`;
        }
      }
    }
    rssMax = Math.max(0, ...platform.rss);

    await scenario('S5', 'platform figures (GET /stats)', { p99Ms: 200 }, { path: '/api/v1/stats', headers: auth(agentToken) }, agentToken, { baseline: true, rss: false });
  } finally {
    await platform.stop();
    await baseline?.stop();
  }

  // ——— report ———
  const rss = { maxMb: Math.round(rssMax / 1048576), limitMb: RSS_LIMIT_MB, samples: platform.rss.length, pass: rssMax > 0 && rssMax / 1048576 <= RSS_LIMIT_MB };
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const report = {
    date: new Date().toISOString(),
    target: describeTarget(target),
    driver: target.kind,
    scale: fixture.scale,
    seed: fixture.seed,
    dataFor: fixture.generatedFor,
    connections: CONNECTIONS,
    warmupSeconds: WARMUP,
    durationSeconds: DURATION,
    quick: opts.quick,
    experiment: opts.experiment,
    node: process.version,
    counts: fixture.counts,
    scenarios: results,
    memory: rss,
  };
  const md = markdown(report);
  log(`\n${md}`);
  const dir = path.join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const base = `${stamp}${target.kind === 'pglite' ? '-pglite' : ''}${opts.quick ? '-quick' : ''}${opts.experiment ? '-experiment' : ''}`;
  writeFileSync(path.join(dir, `${base}.json`), `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(path.join(dir, `${base}.md`), `${md}\n`);
  log(`results: bench/results/${base}.json, .md`);
  const failed = results.filter((r) => !r.pass && r.note !== 'skipped (--only)').map((r) => r.id);
  if (!rss.pass) failed.push('memory');
  if (target.kind === 'pglite') {
    log('embedded (PGlite) run: figures only, no target');
    return;
  }
  if (failed.length) {
    log(`targets missed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

function fmt(n: number | undefined, digits = 0): string {
  return n === undefined ? '—' : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function markdown(r: {
  date: string;
  target: string;
  scale: number;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  quick: boolean;
  experiment: boolean;
  node: string;
  scenarios: ScenarioResult[];
  memory: { maxMb: number; limitMb: number; samples: number; pass: boolean };
  driver: string;
}): string {
  const lines = [
    `### Bench ${r.date.slice(0, 16).replace('T', ' ')} UTC — ${r.driver === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'}, scale ${r.scale}, ${r.connections} connections, ${r.warmupSeconds} s warm-up + ${r.durationSeconds} s${r.quick ? ' (quick)' : ''}${r.experiment ? ' — EXPERIMENT, R1 and R2 simulated, not the official figures' : ''}, Node ${r.node}`,
    '',
    '| scenario | target | platform p50 / p99 (ms) | platform req/s | errors | baseline p50 / p99 (ms) | baseline req/s | ratio | platform RSS max | result |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of r.scenarios) {
    const t = [
      s.target.p99Ms !== undefined ? `p99 ≤ ${s.target.p99Ms} ms` : '',
      s.target.minRatio !== undefined ? `≥ ${s.target.minRatio * 100} % of baseline` : '',
      s.target.minRps !== undefined ? `≥ ${s.target.minRps}/s` : '',
      s.target.zeroErrors ? 'zero errors, no duplicates' : '',
    ]
      .filter(Boolean)
      .join('; ');
    if (!s.available || !s.platform) {
      lines.push(`| ${s.id} ${s.title} | ${t} | — | — | — | — | — | — | — | ${s.note ?? 'not available'} |`);
      continue;
    }
    const p = s.platform;
    const b = s.baseline;
    const failed = s.checks.filter((c) => !c.pass).map((c) => `${c.name} (${c.detail})`);
    lines.push(
      `| ${s.id} ${s.title} | ${t} | ${fmt(p.p50)} / ${fmt(p.p99)} | ${fmt(p.rps, 1)} | ${p.errors + p.non2xx} | ${b ? `${fmt(b.p50)} / ${fmt(b.p99)}` : '—'} | ${b ? fmt(b.rps, 1) : '—'} | ${s.ratio !== undefined ? `${Math.round(s.ratio * 100)} %` : '—'} | ${s.rssMaxMb !== undefined ? `${s.rssMaxMb} MB` : '—'} | ${r.driver === 'pglite' ? 'figures only' : s.pass ? 'pass' : `**missed**: ${failed.join('; ')}`}${s.note ? ` (${s.note})` : ''} |`,
    );
  }
  lines.push(
    `| memory | resident ≤ ${r.memory.limitMb} MB under S1–S4 | | | | | | | max ${r.memory.maxMb} MB (${r.memory.samples} samples) | ${r.driver === 'pglite' ? 'figures only' : r.memory.pass ? 'pass' : '**missed**'} |`,
  );
  const stalled = r.scenarios.filter((s) => s.stalls);
  if (stalled.length) {
    lines.push('', 'The platform’s event loop during each run (samples of 250 ms):', '');
    for (const s of stalled) lines.push(`- ${s.id}: ${stallsText(s.stalls!)}`);
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
