import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { pino } from 'pino';
import { FixedClock } from '../../src/shared/testing/clock';
import { DEMO_IDS, seedDemo } from '../../src/bootstrap/seed-demo';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { bearer } from '../support/candidacy-fixtures';

/**
 * The demo seed (`npm start`) on a fresh database, run twice: the first run gives a living platform
 * (demands in several states, offers in several states and a full journey, candidacies with ranks,
 * a validation request waiting for the demo company), the second creates nothing and fails nothing.
 */

const PASSWORD = 'demo-password-2026';
const clock = new FixedClock('2026-06-15T09:00:00Z');
let p: TestPlatform;
let runs: { created: number }[];
const logged: { level: number; msg: string; step?: string; err?: unknown }[] = [];

const signIn = async (email: string): Promise<string> => {
  const res = await request(p.app).post('/api/v1/auth/login').send({ email, password: PASSWORD });
  expect(res.status, res.text).toBe(200);
  return res.body.accessToken as string;
};
const figures = (res: request.Response): Record<string, number> => Object.fromEntries((res.body.figures as { key: string; value: number }[]).map((f) => [f.key, f.value]));

beforeAll(async () => {
  p = await createTestPlatform({ clock, env: { STATS_CACHE_SECONDS: '0' } });
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logged.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  const started = Date.now();
  runs = [await seedDemo(p.container, PASSWORD, logger)];
  runs.push(await seedDemo(p.container, PASSWORD, logger));
  logged.push({ level: 0, msg: `seeded twice in ${Date.now() - started} ms` });
}, 60_000);
afterAll(async () => p?.close());

describe('the demo seed', () => {
  it('creates its content on the first run, nothing on the second, and no step fails', () => {
    expect(
      logged.filter((l) => l.level >= 40),
      JSON.stringify(logged.filter((l) => l.level >= 40)),
    ).toEqual([]);
    expect(runs[0]!.created).toBeGreaterThan(40);
    expect(runs[1]!.created).toBe(0);
  });

  it('gives Amina an active demand declaring the demo company, and candidacies with a rank', async () => {
    const amina = await signIn('demandeur@alin.demo');
    const demands = await request(p.app).get('/api/v1/demands').set(bearer(amina));
    expect(demands.status, demands.text).toBe(200);
    expect(demands.body.items).toEqual([expect.objectContaining({ status: 'active', applicantName: expect.stringContaining('Diallo') })]);
    const demand = await request(p.app).get(`/api/v1/demands/${demands.body.items[0].id}`).set(bearer(amina));
    expect(demand.body.data.applicant.employment.employerSiret).toBe('80012345700015');

    const own = await request(p.app).get('/api/v1/candidacies').set(bearer(amina));
    expect(own.status, own.text).toBe(200);
    expect(own.body.items).toHaveLength(3);
    for (const item of own.body.items) {
      const one = await request(p.app).get(`/api/v1/candidacies/${item.id}`).set(bearer(amina));
      expect(one.status, one.text).toBe(200);
      expect(one.body).toMatchObject({ status: 'submitted', rank: expect.any(Number), score: { total: expect.any(Number) } });
      expect(one.body.candidacyCount).toBeGreaterThanOrEqual(2);
    }
    const offers = await request(p.app).get('/api/v1/offers?eligibleFor=me').set(bearer(amina));
    expect(offers.status, offers.text).toBe(200);
    expect(offers.body.items.length).toBe(3);
  });

  it('leaves a validation request pending for the demo company’s manager (Amina validated with tranche B, Farid validated)', async () => {
    const manager = await signIn('entreprise@alin.demo');
    const res = await request(p.app).get(`/api/v1/companies/${DEMO_IDS.company}/employees`).set(bearer(manager));
    expect(res.status, res.text).toBe(200);
    const byName = Object.fromEntries((res.body.items as { lastName: string; status: string; tranches: { tranche: string }[] }[]).map((e) => [e.lastName, e]));
    expect(byName.Bernard).toMatchObject({ status: 'pending' });
    expect(byName.Diallo).toMatchObject({ status: 'validated', tranches: [expect.objectContaining({ tranche: 'B' })] });
    expect(byName.Benali).toMatchObject({ status: 'validated', tranches: [] });
  });

  it('shows non-zero figures to the agent: demands, offers online and transmitted (allocated included), candidacies', async () => {
    const agent = await signIn('agent@alin.demo');
    const stats = await request(p.app).get('/api/v1/stats').set(bearer(agent));
    expect(stats.status, stats.text).toBe(200);
    expect(figures(stats)).toMatchObject({
      demands: 6,
      offersOnline: 3,
      offersInInstruction: 2,
      offersTransmitted: 2,
      candidacies: 11,
      candidaciesPositioned: 8,
      spacesDeployed: 1,
      landlords: 1,
      landlordsConnected: 1,
      applicants: 6,
    });
    const listed = await request(p.app).get('/api/v1/demands?pageSize=50').set(bearer(agent));
    expect(listed.body.items.map((d: { status: string }) => d.status).sort()).toEqual(['active', 'active', 'active', 'draft', 'satisfied', 'submitted']);

    const offers = await request(p.app).get('/api/v1/offers?pageSize=50').set(bearer(agent));
    const statuses = (offers.body.items as { status: string }[]).map((o) => o.status).sort();
    expect(statuses).toEqual(['allocated', 'draft', 'in_instruction', 'published', 'published', 'published', 'submitted', 'transmitted']);
    const published = (offers.body.items as { id: string; status: string }[]).filter((o) => o.status === 'published');
    const ranking = await request(p.app).get(`/api/v1/offers/${published[0]!.id}/ranking`).set(bearer(agent));
    expect(ranking.status, ranking.text).toBe(200);
    expect(ranking.body.items.length).toBeGreaterThanOrEqual(2);

    const grids = await request(p.app).get('/api/v1/scoring/territory-grids').set(bearer(agent));
    expect(grids.body.items).toHaveLength(1);
    const bonuses = await request(p.app).get('/api/v1/scoring/balancing-bonuses');
    expect(bonuses.body.items).toHaveLength(1);
  });

  it('houses Farid through the whole journey (lease signed, demand satisfied) and transmits one candidate', async () => {
    const farid = await signIn('demandeur6@alin.demo');
    const own = await request(p.app).get('/api/v1/candidacies').set(bearer(farid));
    expect(own.body.items).toEqual([expect.objectContaining({ status: 'leased' })]);
    const landlord = await signIn('bailleur@alin.demo');
    const offers = await request(p.app).get('/api/v1/offers?pageSize=50').set(bearer(landlord));
    expect((offers.body.items as { status: string }[]).filter((o) => o.status === 'transmitted')).toHaveLength(1);
  });

  it('gives supporting documents: Amina’s, Bruno’s and Chloé’s verified, one of Bruno’s refused, Emma’s waiting for the agent’s check', async () => {
    const documentsOf = async (email: string) => {
      const token = await signIn(email);
      const demands = await request(p.app).get('/api/v1/demands').set(bearer(token));
      const res = await request(p.app).get(`/api/v1/demands/${demands.body.items[0].id}/documents`).set(bearer(token));
      expect(res.status, res.text).toBe(200);
      return ((res.body.items ?? res.body) as { type: string; status: string }[]).map((d) => `${d.type}:${d.status}`).sort();
    };
    expect(await documentsOf('demandeur@alin.demo')).toEqual(['identity:verified', 'payslip:verified', 'tax_notice:verified']);
    expect(await documentsOf('demandeur5@alin.demo')).toEqual(['identity:verification_pending', 'payslip:verification_pending', 'tax_notice:verification_pending']);
    expect(await documentsOf('demandeur2@alin.demo')).toEqual(['identity:verified', 'payslip:rejected', 'tax_notice:verified']);
    expect(await documentsOf('demandeur3@alin.demo')).toEqual(['identity:verified', 'tax_notice:verified']);
    // Demo Habitat's user reads the transmitted candidate's verified pieces (identity and tax notice)
    const landlord = await signIn('bailleur@alin.demo');
    const offers = await request(p.app).get('/api/v1/offers?pageSize=50').set(bearer(landlord));
    const transmitted = (offers.body.items as { id: string; status: string }[]).find((o) => o.status === 'transmitted')!;
    const designated = await request(p.app).get(`/api/v1/offers/${transmitted.id}/designated`).set(bearer(landlord));
    expect(designated.status, designated.text).toBe(200);
    const demandId = designated.body.items[0].demandId as string;
    const pieces = await request(p.app).get(`/api/v1/demands/${demandId}/documents`).set(bearer(landlord));
    expect(pieces.status, pieces.text).toBe(200);
    expect((pieces.body.items as { type: string; status: string }[]).map((d) => `${d.type}:${d.status}`).sort()).toEqual(['identity:verified', 'tax_notice:verified']);
  });

  it('creates nothing either on a start more than a year later (offers closed meanwhile), and fails no step', async () => {
    clock.advanceDays(400);
    const warnings = logged.length;
    const later = await seedDemo(
      p.container,
      PASSWORD,
      pino(
        { level: 'info' },
        new Writable({
          write(chunk, _encoding, done) {
            logged.push(JSON.parse(String(chunk)));
            done();
          },
        }),
      ),
    );
    expect(later.created).toBe(0);
    expect(logged.slice(warnings).filter((l) => l.level >= 40)).toEqual([]);
  });
});
