import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { usingPostgres } from '../support/test-db';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';

/**
 * Concurrency on a real PostgreSQL (PGlite runs one transaction at a time, so it proves nothing
 * here): 200 applicants applying to one offer at the same moment all succeed and are ranked
 * 1..200; a double-clicked application gives one candidacy; the cap of open candidacies per
 * demand holds when one demand applies to many offers at once.
 */

if (!usingPostgres()) console.warn('[concurrent candidacies] SKIPPED: needs PostgreSQL (set TEST_DATABASE_URL=postgres://…)');

const N = 200;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

describe.runIf(usingPostgres())('concurrent candidacies on PostgreSQL', () => {
  const clock = new FixedClock('2026-03-01T10:00:00Z');
  let p: TestPlatform;
  let agent: string;
  let landlordToken: string;
  const applicants: { token: string; demandId: string }[] = [];

  beforeAll(async () => {
    p = await createTestPlatform({ clock });
    agent = (await p.signIn('agent')).token;
    landlordToken = (await createLandlord(p, agent)).landlordToken;
    for (let batch = 0; batch < N; batch += 20) {
      const made = await Promise.all(
        Array.from({ length: Math.min(20, N - batch) }, (_, i) => {
          const n = batch + i;
          const day = String(1 + (n % 28)).padStart(2, '0');
          return applicantWithActiveDemand(p, agent, {
            birthDate: `19${70 + (n % 30)}-06-15`,
            monthlyResources: 1800 + (n % 17) * 50,
            registrationDate: `20${10 + (n % 15)}-0${1 + (n % 9)}-${day}`,
          });
        }),
      );
      applicants.push(...made);
    }
  }, 300_000);
  afterAll(async () => p?.close());

  it(`${N} simultaneous applications to one offer all succeed, ranked 1..${N} without gaps or duplicates`, async () => {
    const offerId = await publishedOffer(p, agent, landlordToken);
    const results = await Promise.all(applicants.map((a) => request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId })));
    const failures = results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.text}`);
    expect(failures).toEqual([]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(N);

    const ranking = await request(p.app).get(`/api/v1/offers/${offerId}/ranking`).set(bearer(agent));
    expect(ranking.status, ranking.text).toBe(200);
    expect(ranking.body.candidacyCount).toBe(N);
    const ranks = ranking.body.items.map((i: { rank: number }) => i.rank);
    expect(ranks).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    const totals = ranking.body.items.map((i: { score: { total: number } }) => i.score.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));

    const offer = await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(agent));
    expect(offer.body.candidacyCount).toBe(N);
    const stored = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from candidacy.candidacies where offer_id = ${offerId}`));
    expect(stored[0]?.n).toBe(N);

    // each applicant's live rank agrees with the agents' ranking
    const byId = new Map(ranking.body.items.map((i: { candidacyId: string; rank: number }) => [i.candidacyId, i.rank]));
    const sample = results.slice(0, 20);
    const views = await Promise.all(sample.map((r, i) => request(p.app).get(`/api/v1/candidacies/${r.body.id}`).set(bearer(applicants[i]!.token))));
    for (const v of views) expect([v.body.rank, v.body.candidacyCount]).toEqual([byId.get(v.body.id), N]);
  }, 120_000);

  it('a double-clicked application gives one candidacy', async () => {
    const offerId = await publishedOffer(p, agent, landlordToken);
    const a = applicants[0]!;
    const clicks = await Promise.all(Array.from({ length: 6 }, () => request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId })));
    expect(clicks.map((c) => c.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(clicks.map((c) => c.body.id)).size).toBe(1);
    const stored = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from candidacy.candidacies where offer_id = ${offerId}`));
    expect(stored[0]?.n).toBe(1);
    expect((await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(agent))).body.candidacyCount).toBe(1);
  });

  it('the cap of open candidacies per demand holds under concurrent applications', async () => {
    const a = applicants[1]!; // one open candidacy already (the first test)
    const offers = await Promise.all(Array.from({ length: 8 }, () => publishedOffer(p, agent, landlordToken)));
    const results = await Promise.all(offers.map((offerId) => request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'CANDIDACY.TOO_MANY_OPEN')).toBe(true);
    const open = rows<{ n: number }>(
      await p.db.database.db.execute(sql`select count(*)::int as n from candidacy.candidacies where demand_id = ${a.demandId} and status = 'submitted'`),
    );
    expect(open[0]?.n).toBe(5);
  }, 60_000);
});
