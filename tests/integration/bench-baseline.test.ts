import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/bootstrap/config';
import { startPlatform, type RunningPlatform } from '../../src/bootstrap/server';
import { createBaselineServer } from '../../bench/baseline/server';
import { fixturePath, readFixture, resolveTarget, type ScaleFixture } from '../../bench/lib/target';

/**
 * The bench's baseline (bench/baseline/server.ts) must answer the same questions as the platform:
 * on the scale database (BENCH_DATABASE_URL, seeded by `npm run seed:scale`), both are asked the
 * same S1, S2, S3 (and S5 when the platform has it) requests with the same tokens, and their
 * answers are compared. Skipped without BENCH_DATABASE_URL.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/alin_scale npx vitest run tests/integration/bench-baseline.test.ts
 */
const url = process.env.BENCH_DATABASE_URL;
const target = url ? resolveTarget({ DATABASE_URL: url }) : undefined;
const ready = target !== undefined && existsSync(fixturePath(target));
if (!url) console.log('[bench-baseline] skipped: set BENCH_DATABASE_URL to the scale database (npm run seed:scale) to compare the baseline with the platform');
else if (!ready) console.log(`[bench-baseline] skipped: no scale fixture for ${url} (run npm run seed:scale with DATABASE_URL=${url})`);

describe.skipIf(!ready)('bench baseline answers like the platform', () => {
  let platform: RunningPlatform;
  let baseline: ReturnType<typeof createBaselineServer>;
  let baselineUrl: string;
  let fixture: ScaleFixture;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    fixture = readFixture(target!);
    const secret = () => randomBytes(48).toString('base64url');
    const jwtSecret = secret();
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      DATABASE_URL: url!,
      DATABASE_POOL_SIZE: '4',
      JWT_SECRET: jwtSecret,
      COOKIE_SECRET: secret(),
      VERIFICATION_WEBHOOK_SECRET: secret(),
      DOCUMENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BCRYPT_COST: '12',
    });
    platform = await startPlatform(config);
    baseline = createBaselineServer({ databaseUrl: url!, jwt: { secret: jwtSecret, issuer: config.auth.issuer, audience: config.auth.audience }, poolSize: 4 });
    await new Promise<void>((resolve) => baseline.server.listen(0, '127.0.0.1', () => resolve()));
    const address = baseline.server.address();
    baselineUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = async (email: string) => {
      const r = await fetch(`${platform.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: fixture.password }),
      });
      expect(r.status).toBe(200);
      return ((await r.json()) as { accessToken: string }).accessToken;
    };
    tokens.s1 = await login(fixture.s1.email);
    tokens.agent = await login(fixture.agent.email);
    if (fixture.bigOffer.applicantEmail) tokens.s2 = await login(fixture.bigOffer.applicantEmail);
  }, 120_000);

  afterAll(async () => {
    await baseline?.close();
    await platform?.stop();
  });

  const both = async (path: string, token: string) => {
    const [p, b] = await Promise.all(
      [platform.url, baselineUrl].map(async (base) => {
        const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
        return { status: r.status, body: (await r.json()) as Record<string, unknown> };
      }),
    );
    return { platform: p!, baseline: b! };
  };

  it('S1: the same eligible offers of the département, in the same order, with the same eligibility', async () => {
    for (const query of [`departement=${fixture.s1.departement}`, `departement=${fixture.s1.departement}&page=2&pageSize=10`]) {
      const { platform: p, baseline: b } = await both(`/api/v1/offers?eligibleFor=me&${query}`, tokens.s1!);
      expect(p.status).toBe(200);
      expect(b.status).toBe(200);
      type Item = Record<string, unknown> & { eligibility: Record<string, unknown> & { reasons: unknown[] } };
      const pi = p.body.items as Item[];
      const bi = b.body.items as Item[];
      if (query.includes('page=2') && pi.length === 0) continue;
      expect(bi.map((o) => o.id)).toEqual(pi.map((o) => o.id));
      expect(b.body.total).toBe(p.body.total);
      for (const [k, o] of pi.entries()) {
        const mine = bi[k]!;
        for (const field of ['landlordName', 'communeName', 'epci', 'zone', 'typology', 'surface', 'rent', 'charges', 'totalRent', 'financing', 'closingDate', 'candidacyCount']) {
          expect(mine[field], `${String(o.id)} ${field}`).toEqual(o[field]);
        }
        const { reasons: pr, ...pe } = o.eligibility;
        const { reasons: br, ...be } = mine.eligibility;
        expect(be).toEqual(pe);
        expect(br.length).toBe(pr.length);
      }
    }
    expect((await both(`/api/v1/offers?eligibleFor=me&departement=${fixture.s1.departement}`, tokens.s1!)).platform.body.total).toBeGreaterThan(0);
  });

  it('S2: the same candidacy, live rank, count and breakdown on the 1,000-candidate offer', async () => {
    if (!tokens.s2) return;
    const { platform: p, baseline: b } = await both(`/api/v1/candidacies/${fixture.bigOffer.candidacyId}`, tokens.s2);
    expect(p.status).toBe(200);
    expect(b.status).toBe(200);
    expect(p.body.candidacyCount).toBeGreaterThanOrEqual(fixture.bigOffer.candidacies);
    expect(b.body).toEqual(p.body);
  });

  it.each(['?page=1&pageSize=50', '?page=3&pageSize=100', ''])(
    'S3: the same ranking with breakdowns (%s)',
    async (query) => {
      const { platform: p, baseline: b } = await both(`/api/v1/offers/${fixture.bigOffer.offerId}/ranking${query}`, tokens.agent!);
      expect(p.status).toBe(200);
      expect(b.status).toBe(200);
      const pi = p.body.items as { candidacyId: string; rank: number; score: { total: number } }[];
      const bi = b.body.items as typeof pi;
      expect(pi.length).toBe(query === '' ? p.body.candidacyCount : query.includes('100') ? 100 : 50);
      expect(bi.map((x) => [x.rank, x.candidacyId, x.score.total])).toEqual(pi.map((x) => [x.rank, x.candidacyId, x.score.total]));
      expect(b.body).toEqual(p.body);
    },
    60_000,
  );

  it('S5: the same platform figures (when the platform has GET /stats)', async () => {
    const { platform: p, baseline: b } = await both('/api/v1/stats', tokens.agent!);
    if (p.status === 404) {
      console.log('[bench-baseline] S5: the platform has no GET /api/v1/stats yet: not compared');
      return;
    }
    expect(p.status).toBe(200);
    expect(b.status).toBe(200);
    // the same fifteen figures, by key (the platform adds their labels and definitions)
    const platform = Object.fromEntries((p.body.figures as { key: string; value: number }[]).map((f) => [f.key, f.value]));
    expect(Object.keys(b.body).sort()).toEqual(Object.keys(platform).sort());
    expect(b.body).toEqual(platform);
  });
});
