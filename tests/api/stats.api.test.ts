import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { demandData, randomSiret } from '../support/scenario';
import { applicantWithActiveDemand, bearer, createLandlord, deployedCompany, publishedOffer, villeurbanneT2 } from '../support/candidacy-fixtures';

/** GET /api/v1/stats: the platform figures on known data, and who may read them (agents and admins only). */

const clock = new FixedClock('2026-03-01T10:00:00Z');
let p: TestPlatform;
let agent: string;
let admin: string;
let applicant: string;
let landlordUser: string;
let manager: string;
let offer1: string;
let offer2: string;
let second: { token: string; demandId: string };

const values = (res: request.Response): Record<string, number> => Object.fromEntries((res.body.figures as { key: string; value: number }[]).map((f) => [f.key, f.value]));

beforeAll(async () => {
  p = await createTestPlatform({ clock, env: { STATS_CACHE_SECONDS: '0' } });
  agent = (await p.signIn('agent')).token;
  admin = (await p.signIn('admin')).token;
  applicant = (await p.signIn('applicant')).token; // applicant account 1, no demand

  // two landlords, one connected by API
  const landlord = await createLandlord(p, agent);
  landlordUser = landlord.landlordToken;
  const connected = await createLandlord(p, agent);
  expect((await request(p.app).post(`/api/v1/landlords/${connected.landlordId}/api-clients`).set(bearer(agent)).send({ name: 'SI bailleur' })).status).toBe(201);

  // offers: two published, one submitted (in instruction), one draft
  offer1 = await publishedOffer(p, agent, landlord.landlordToken);
  offer2 = await publishedOffer(p, agent, landlord.landlordToken);
  const submitted = await request(p.app).post('/api/v1/offers').set(bearer(landlord.landlordToken)).send(villeurbanneT2());
  expect((await request(p.app).post(`/api/v1/offers/${submitted.body.id}/submit`).set(bearer(landlord.landlordToken))).status).toBe(200);
  expect((await request(p.app).post('/api/v1/offers').set(bearer(landlord.landlordToken)).send(villeurbanneT2())).status).toBe(201);

  // demands: two active (applicant accounts 2 and 3), one DALO draft (account 4)
  const first = await applicantWithActiveDemand(p, agent, { birthDate: '1980-03-03', monthlyResources: 2300 });
  second = await applicantWithActiveDemand(p, agent, { birthDate: '1982-05-05', monthlyResources: 2300 });
  const dalo = await p.signIn('applicant');
  expect(
    (
      await request(p.app)
        .post('/api/v1/demands')
        .set(bearer(dalo.token))
        .send(demandData({ dalo: true }))
    ).status,
  ).toBe(201);
  // The registry (SNE) is not connected in tests, so no demand gets its number: give one the number the registry would have sent.
  await p.db.database.db.execute(sql`update demand.demands set registration_number = '069042600001' where id = ${first.demandId}`);

  // candidacies: three, all today
  for (const [who, offerId] of [
    [first, offer1],
    [first, offer2],
    [second, offer1],
  ] as const) {
    const res = await request(p.app).post('/api/v1/candidacies').set(bearer(who.token)).send({ demandId: who.demandId, offerId });
    expect(res.status, res.text).toBe(201);
  }

  // company spaces: one deployed, one public space request
  manager = (await deployedCompany(p, agent, { headcount: 120, contribution: 'contributing' })).manager;
  const { siret } = randomSiret();
  const asked = await request(p.app)
    .post('/api/v1/companies/space-requests')
    .send({ companyName: 'Boulangerie Dupont', siret, contactName: 'Jeanne Dupont', contactEmail: 'jeanne@example.fr' });
  expect(asked.status, asked.text).toBe(201);
});
afterAll(async () => p?.close());

describe('GET /api/v1/stats', () => {
  it('gives every figure with its French label and definition, counted from the data', async () => {
    const res = await request(p.app).get('/api/v1/stats').set(bearer(agent));
    expect(res.status, res.text).toBe(200);
    expect(res.body.computedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(values(res)).toEqual({
      demands: 3,
      demandsDalo: 1,
      registrationNumbersDelivered: 1,
      candidacies: 3,
      candidaciesPositioned: 3,
      candidaciesToday: 3,
      offersOnline: 2,
      offersInInstruction: 1,
      offersTransmitted: 0,
      spaceRequests: 1,
      spacesConfigured: 0,
      spacesDeployed: 1,
      landlords: 2,
      landlordsConnected: 1,
      applicants: 4,
    });
    for (const f of res.body.figures) {
      expect(f.label.length, f.key).toBeGreaterThan(3);
      expect(f.definition.length, f.key).toBeGreaterThan(20);
      expect(f.sectionLabel.length, f.key).toBeGreaterThan(3);
    }
    expect(res.body.figures.find((f: { key: string }) => f.key === 'candidaciesPositioned')).toMatchObject({
      label: 'Candidatures positionnées',
      section: 'candidacies',
      sectionLabel: 'Candidatures',
    });
  });

  it('counts the candidacies of the day from midnight UTC, and positioned ones only on offers still online', async () => {
    clock.set('2026-03-02T00:30:00Z');
    const res = await request(p.app).post('/api/v1/candidacies').set(bearer(second.token)).send({ demandId: second.demandId, offerId: offer2 });
    expect(res.status, res.text).toBe(201);
    let stats = values(await request(p.app).get('/api/v1/stats').set(bearer(admin)));
    expect(stats).toMatchObject({ candidacies: 4, candidaciesToday: 1, candidaciesPositioned: 4 });

    // offer 2 closes: its two candidacies are still "Positionnée" but no longer on an offer online
    expect((await request(p.app).post(`/api/v1/offers/${offer2}/close`).set(bearer(agent))).status).toBe(200);
    stats = values(await request(p.app).get('/api/v1/stats').set(bearer(agent)));
    expect(stats).toMatchObject({ candidacies: 4, candidaciesPositioned: 2, offersOnline: 1 });
  });

  it('is for agents and admins: 401 without a token, 403 for applicants, company managers and landlords', async () => {
    const anonymous = await request(p.app).get('/api/v1/stats');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const token of [applicant, manager, landlordUser]) {
      const res = await request(p.app).get('/api/v1/stats').set(bearer(token));
      expect(res.status, res.text).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await request(p.app).get('/api/v1/stats').set(bearer(admin))).status).toBe(200);
  });

  it('is in the OpenAPI document with its access rule', async () => {
    const doc = await request(p.app).get('/api/openapi.json');
    const op = doc.body.paths['/api/v1/stats']?.get;
    expect(op?.description).toBe('Access: agent, admin');
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['200', '401', '403']));
  });
});
