import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { FixedClock } from '../../src/shared/testing/clock';
import { FLUX_REPORT_COLUMNS, OFFER } from '../../src/modules/offer/index';

/** The landlords referential, connected systems, reservation agreements (flux) and the yearly report. */

const clock = new FixedClock('2026-03-15T09:00:00Z');
let p: TestPlatform;
let agent: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function expectProblem(res: request.Response, status: number, code?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
}

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
});

afterAll(async () => {
  await p?.close();
});

describe('the referential', () => {
  it('an agent adds a landlord; SIREN, kind and regions are checked', async () => {
    const created = await request(p.app)
      .post('/api/v1/landlords')
      .set(bearer(agent))
      .send({ siren: '552 100 554', name: ' Habitat du Rhône ', kind: 'OPH', regions: ['84'] });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ siren: '552100554', name: 'Habitat du Rhône', kind: 'OPH', regions: ['84'], connectedByApi: false });
    const bad = await request(p.app)
      .post('/api/v1/landlords')
      .set(bearer(agent))
      .send({ siren: '552100555', name: 'X', kind: 'ESH', regions: ['99'] });
    expectProblem(bad, 422, 'LANDLORD.INVALID_DATA');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['siren', 'regions.0']);
    expectProblem(await request(p.app).post('/api/v1/landlords').set(bearer(agent)).send({ siren: '552100554', name: 'Doublon', kind: 'ESH' }), 409, 'LANDLORD.SIREN_TAKEN');
    expectProblem(await request(p.app).post('/api/v1/landlords').set(bearer(agent)).send({ siren: '552100554', name: 'X', kind: 'HLM' }), 400);
  });

  it('an agent corrects a landlord and lists the referential; a landlord user sees only its own; an applicant is refused', async () => {
    const a = (await request(p.app).post('/api/v1/landlords').set(bearer(agent)).send({ siren: '732829320', name: 'Alpha Logement', kind: 'ESH' })).body;
    const b = (await request(p.app).post('/api/v1/landlords').set(bearer(agent)).send({ siren: '443061841', name: 'Beta Habitat', kind: 'SEM' })).body;
    const patched = await request(p.app)
      .patch(`/api/v1/landlords/${a.id}`)
      .set(bearer(agent))
      .send({ name: 'Alpha Logement Social', regions: ['11', '84'] });
    expect(patched.body).toMatchObject({ name: 'Alpha Logement Social', regions: ['11', '84'] });
    const list = await request(p.app).get('/api/v1/landlords').query({ q: 'alpha' }).set(bearer(agent));
    expect(list.body).toMatchObject({ total: 1, items: [{ id: a.id }] });

    const user = (await p.signIn('landlord_user', { orgId: a.id })).token;
    const own = await request(p.app).get('/api/v1/landlords').set(bearer(user));
    expect(own.body.items.map((l: { id: string }) => l.id)).toEqual([a.id]);
    expect((await request(p.app).get(`/api/v1/landlords/${a.id}`).set(bearer(user))).status).toBe(200);
    expectProblem(await request(p.app).get(`/api/v1/landlords/${b.id}`).set(bearer(user)), 404, 'LANDLORD.NOT_FOUND');
    expectProblem(await request(p.app).patch(`/api/v1/landlords/${a.id}`).set(bearer(user)).send({ name: 'Moi' }), 403);
    const applicant = (await p.signIn('applicant')).token;
    expectProblem(await request(p.app).get('/api/v1/landlords').set(bearer(applicant)), 403);
  });
});

describe('a connected landlord system', () => {
  it('an agent registers its client credentials (secret shown once); the landlord is marked connected; the token acts for it', async () => {
    const landlord = (await request(p.app).post('/api/v1/landlords').set(bearer(agent)).send({ siren: '356000000', name: 'Gamma HLM', kind: 'COOP' })).body;
    const client = await request(p.app).post(`/api/v1/landlords/${landlord.id}/api-clients`).set(bearer(agent)).send({ name: 'SI Gamma' });
    expect(client.status, client.text).toBe(201);
    expect(client.body.clientSecret.length).toBeGreaterThan(20);
    expect((await request(p.app).get(`/api/v1/landlords/${landlord.id}`).set(bearer(agent))).body.connectedByApi).toBe(true);
    const token = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.body.clientId, clientSecret: client.body.clientSecret });
    expect(token.status).toBe(200);
    const me = await request(p.app).get(`/api/v1/landlords/${landlord.id}`).set(bearer(token.body.accessToken));
    expect(me.body.name).toBe('Gamma HLM');
    expectProblem(await request(p.app).post(`/api/v1/landlords/${landlord.id}/api-clients`).set(bearer(token.body.accessToken)).send({}), 403);
    expectProblem(await request(p.app).post('/api/v1/landlords/00000000-0000-4000-8000-000000000000/api-clients').set(bearer(agent)).send({}), 404);
  });
});

describe('reservation agreements (flux) and the yearly report', () => {
  let landlordId: string;
  let agreementId: string;
  let user: string;

  beforeAll(async () => {
    landlordId = (
      await request(p.app)
        .post('/api/v1/landlords')
        .set(bearer(agent))
        .send({ siren: '542065479', name: 'Delta Habitat', kind: 'ESH', regions: ['11'] })
    ).body.id;
    user = (await p.signIn('landlord_user', { orgId: landlordId })).token;
  });

  it('one agreement per landlord, département and year; figures are checked; the landlord reads, cannot write', async () => {
    const created = await request(p.app).post(`/api/v1/landlords/${landlordId}/agreements`).set(bearer(agent)).send({ departement: '93', year: 2026, unitsOwed: 2 });
    expect(created.status, created.text).toBe(201);
    expect(created.body.gap).toMatchObject({ owed: 2, published: 0, allocated: 0, toPublish: 2, fulfilled: false, publishedPercent: 0 });
    agreementId = created.body.id;
    expectProblem(
      await request(p.app).post(`/api/v1/landlords/${landlordId}/agreements`).set(bearer(agent)).send({ departement: '93', year: 2026, unitsOwed: 5 }),
      409,
      'LANDLORD.AGREEMENT_EXISTS',
    );
    const bad = await request(p.app).post(`/api/v1/landlords/${landlordId}/agreements`).set(bearer(agent)).send({ departement: '20', year: 2026, unitsOwed: -1 });
    expectProblem(bad, 422, 'LANDLORD.INVALID_AGREEMENT');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['departement', 'unitsOwed']);
    expectProblem(await request(p.app).post(`/api/v1/landlords/${landlordId}/agreements`).set(bearer(user)).send({ departement: '92', year: 2026, unitsOwed: 1 }), 403);
    expect((await request(p.app).get(`/api/v1/landlords/${landlordId}/agreements`).set(bearer(user))).body).toHaveLength(1);
    const amended = await request(p.app).patch(`/api/v1/landlords/${landlordId}/agreements/${agreementId}`).set(bearer(agent)).send({ unitsOwed: 3 });
    expect(amended.body.gap.owed).toBe(3);
  });

  it('counts the offers published and allocated against the agreement; the report gives them by commune, typology and financing, in JSON or CSV', async () => {
    const offers = p.container.get(OFFER.Service);
    const landlordPrincipal = { accountId: '00000000-0000-4000-8000-0000000000aa', role: 'landlord_user' as const, sessionId: 'x', landlordId };
    const agentPrincipal = { accountId: '00000000-0000-4000-8000-0000000000bb', role: 'agent' as const, sessionId: 'y' };
    const base = {
      addressLine: '10 rue de Paris',
      postalCode: '93100',
      typology: 3,
      mainRooms: 3,
      surface: 62,
      floor: 1,
      elevator: false,
      accessible: true,
      energyClass: 'D' as const,
      rent: 520,
      charges: 90,
      financing: 'PLUS' as const,
      availableFrom: '2026-06-01',
      closingDate: '2026-04-30',
    };
    const publish = async (communeCode: string, financing: 'PLUS' | 'PLAI' = 'PLUS') => {
      const { offer } = await offers.create(landlordPrincipal, { ...base, communeCode, financing });
      await offers.submit(landlordPrincipal, offer.id);
      return offers.publish(agentPrincipal, offer.id);
    };
    const montreuil1 = await publish('93048');
    await publish('93048');
    await publish('93066', 'PLAI'); // Saint-Denis
    // a draft never counts
    await offers.create(landlordPrincipal, { ...base, communeCode: '93048' });
    await offers.close(agentPrincipal, montreuil1.id);
    await offers.designate(montreuil1.id, { candidateCount: 1 });
    await offers.transmit(montreuil1.id);
    await offers.allocate(montreuil1.id);

    const agreement = await request(p.app).get(`/api/v1/landlords/${landlordId}/agreements/${agreementId}`).set(bearer(user));
    expect(agreement.body.gap).toMatchObject({ owed: 3, published: 3, allocated: 1, toPublish: 0, notYetAllocated: 2, fulfilled: true, publishedPercent: 100 });

    const json = await request(p.app).get(`/api/v1/landlords/${landlordId}/agreements/${agreementId}/report`).set(bearer(user));
    expect(json.status, json.text).toBe(200);
    expect(json.body.rows).toEqual([
      { departement: '93', communeCode: '93048', communeName: 'Montreuil', typology: 3, financing: 'PLUS', unitsProposed: 2, unitsAllocated: 1 },
      { departement: '93', communeCode: '93066', communeName: 'Saint-Denis', typology: 3, financing: 'PLAI', unitsProposed: 1, unitsAllocated: 0 },
    ]);
    expect(json.body.totals).toEqual({ unitsProposed: 3, unitsAllocated: 1 });

    for (const res of [
      await request(p.app).get(`/api/v1/landlords/${landlordId}/agreements/${agreementId}/report`).set(bearer(agent)).set('Accept', 'text/csv'),
      await request(p.app).get(`/api/v1/landlords/${landlordId}/agreements/${agreementId}/report`).query({ format: 'csv' }).set(bearer(user)),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="flux-542065479-93-2026.csv"');
      const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(FLUX_REPORT_COLUMNS.join(';'));
      expect(lines[0]).toBe('departement;code_commune;commune;typologie;financement;logements_proposes;logements_attribues');
      expect(lines[1]).toBe('93;93048;Montreuil;T3;PLUS;2;1');
      expect(lines[2]).toBe('93;93066;Saint-Denis;T3;PLAI;1;0');
    }
  });

  it('another landlord gets 404 on the agreements and the report', async () => {
    const other = (await request(p.app).post('/api/v1/landlords').set(bearer(agent)).send({ siren: '380129866', name: 'Epsilon', kind: 'other' })).body.id;
    const stranger = (await p.signIn('landlord_client', { orgId: other })).token;
    expectProblem(await request(p.app).get(`/api/v1/landlords/${landlordId}/agreements/${agreementId}/report`).set(bearer(stranger)), 404);
    expectProblem(await request(p.app).get(`/api/v1/landlords/${other}/agreements/${agreementId}`).set(bearer(stranger)), 404, 'LANDLORD.AGREEMENT_NOT_FOUND');
  });
});
