import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { FixedClock } from '../../src/shared/testing/clock';
import { IDENTITY } from '../../src/modules/identity/index';
import { OFFER } from '../../src/modules/offer/index';
import { aChild, aCoApplicant, aDemandData, anAdult, birthDateForAge } from '../../src/modules/demand/testing/test-builders';
import type { DemandData } from '../../src/modules/demand/index';

/**
 * Offers end to end: a connected landlord creates and submits an offer (idempotently), an agent
 * publishes it, applicants find it (or not) by eligibility, the offer closes by itself at its
 * closing date, and the flux agreement counts it.
 */

const TODAY = '2026-03-15';
const clock = new FixedClock(`${TODAY}T09:00:00Z`);
let p: TestPlatform;
let agent: string;
let landlordA: string;
let landlordB: string;
let agreementA: string;
let clientToken: string;
let landlordBUser: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function expectProblem(res: request.Response, status: number, code?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
}

const fields = (res: request.Response): string[] => (res.body.errors ?? []).map((e: { field: string }) => e.field);

/** A T2 in Lyon 6e, PLUS, 35 m², 450 € + 60 €, closing at the end of March. */
function lyonOffer(overrides: Record<string, unknown> = {}) {
  return {
    addressLine: '12 rue Vendôme',
    postalCode: '69006',
    communeCode: '69386',
    typology: 'T2',
    mainRooms: 2,
    surface: 35,
    floor: 2,
    elevator: true,
    accessible: false,
    energyClass: 'C',
    rent: 450,
    charges: 60,
    financing: 'PLUS',
    availableFrom: '2026-05-01',
    closingDate: '2026-03-31',
    description: 'T2 lumineux proche métro',
    ...overrides,
  };
}

async function createLandlord(siren: string, name: string): Promise<string> {
  const res = await request(p.app)
    .post('/api/v1/landlords')
    .set(bearer(agent))
    .send({ siren, name, kind: 'ESH', regions: ['84'] });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

/** An applicant with an active demand (created, submitted, validated by an agent through the API). */
async function applicantWithActiveDemand(data: DemandData): Promise<{ token: string; demandId: string }> {
  const { token } = await p.signIn('applicant');
  const created = await request(p.app).post('/api/v1/demands').set(bearer(token)).send(data);
  expect(created.status, created.text).toBe(201);
  const demandId = created.body.id as string;
  const submitted = await request(p.app).post(`/api/v1/demands/${demandId}/submit`).set(bearer(token));
  expect(submitted.status, submitted.text).toBe(200);
  const validated = await request(p.app)
    .post(`/api/v1/demands/${demandId}/validate`)
    .set(bearer(agent))
    .send({ piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
  expect(validated.status, validated.text).toBe(200);
  expect(validated.body.status).toBe('active');
  return { token, demandId };
}

/** One person alone, 26 years old, whose reference income (N−2 = 2024) is `income`. */
function personAlone(income: number): DemandData {
  return aDemandData({
    applicant: {
      ...anAdult({ birthDate: birthDateForAge(26, TODAY), taxIncome: { yearMinus2: 2024, amountMinus2: income, yearMinus1: 2025, amountMinus1: income } }),
      address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
    },
  });
}

async function createOffer(token: string, body: Record<string, unknown>, key?: string) {
  const req = request(p.app).post('/api/v1/offers').set(bearer(token));
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
}

/** An offer of landlord A taken to `published` (created by its system, submitted, published by an agent). */
async function publishedOffer(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await createOffer(clientToken, lyonOffer(overrides));
  expect(created.status, created.text).toBe(201);
  const id = created.body.id as string;
  expect((await request(p.app).post(`/api/v1/offers/${id}/submit`).set(bearer(clientToken))).status).toBe(200);
  const published = await request(p.app).post(`/api/v1/offers/${id}/publish`).set(bearer(agent)).send({});
  expect(published.status, published.text).toBe(200);
  return id;
}

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  landlordA = await createLandlord('552100554', 'Lyon Métropole Habitat');
  landlordB = await createLandlord('732829320', 'Autre Bailleur');
  const agreement = await request(p.app).post(`/api/v1/landlords/${landlordA}/agreements`).set(bearer(agent)).send({ departement: '69', year: 2026, unitsOwed: 3 });
  expect(agreement.status, agreement.text).toBe(201);
  agreementA = agreement.body.id;
  // the connected landlord's system: client credentials created through the identity façade
  const client = await p.container.get(IDENTITY.Service).registerApiClient({ landlordId: landlordA, name: 'SI Lyon Métropole Habitat' });
  const token = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret });
  expect(token.status).toBe(200);
  clientToken = token.body.accessToken;
  landlordBUser = (await p.signIn('landlord_user', { orgId: landlordB })).token;
});

afterAll(async () => {
  await p?.close();
});

describe('a connected landlord creates and submits an offer, an agent publishes it', () => {
  let offerId: string;

  it('creates a draft once for the same Idempotency-Key; another body with that key → 409', async () => {
    const first = await createOffer(clientToken, lyonOffer(), 'offer-2026-0001');
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({
      status: 'draft',
      landlordId: landlordA,
      landlordName: 'Lyon Métropole Habitat',
      communeCode: '69386',
      communeName: 'Lyon 6e Arrondissement',
      departement: '69',
      zone: 'other_regions',
      typology: 2,
      totalRent: 510,
      candidacyCount: 0,
      epci: { code: '200046977', name: 'Métropole de Lyon' },
    });
    offerId = first.body.id;
    const again = await createOffer(clientToken, lyonOffer(), 'offer-2026-0001');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(offerId);
    const mine = await request(p.app).get('/api/v1/offers').set(bearer(clientToken));
    expect(mine.body.items.filter((o: { addressLine: string }) => o.addressLine === '12 rue Vendôme')).toHaveLength(1);
    const other = await createOffer(clientToken, lyonOffer({ rent: 470 }), 'offer-2026-0001');
    expectProblem(other, 409, 'OFFER.IDEMPOTENCY_KEY_REUSED');
  });

  it('submits; the agent takes it into instruction and publishes it; every transition is dated', async () => {
    const submitted = await request(p.app).post(`/api/v1/offers/${offerId}/submit`).set(bearer(clientToken));
    expect(submitted.status, submitted.text).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', agreementId: agreementA });
    expectProblem(await request(p.app).post(`/api/v1/offers/${offerId}/publish`).set(bearer(clientToken)).send({}), 403);
    expect((await request(p.app).post(`/api/v1/offers/${offerId}/start-instruction`).set(bearer(agent))).body.status).toBe('in_instruction');
    const published = await request(p.app).post(`/api/v1/offers/${offerId}/publish`).set(bearer(agent)).send({ closingDate: '2026-04-10' });
    expect(published.status, published.text).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', closingDate: '2026-04-10', openForCandidacies: true });
    const detail = await request(p.app).get(`/api/v1/offers/${offerId}`).set(bearer(clientToken));
    expect(detail.body.history.map((h: { action: string }) => h.action)).toEqual(['submitted', 'instruction_started', 'published']);
    expect(detail.body.history[2]).toMatchObject({ from: 'in_instruction', to: 'published', at: `${TODAY}T09:00:00.000Z` });
  });

  it('applicants see it in the search, with its number of candidacies; the agreement counts it as published', async () => {
    await p.container.get(OFFER.Service).adjustCandidacyCount(offerId, 2);
    const { token } = await p.signIn('applicant');
    const found = await request(p.app).get('/api/v1/offers').query({ communes: '69386,69123', typology: 'T2,T3', maxRent: 510 }).set(bearer(token));
    expect(found.status, found.text).toBe(200);
    const item = found.body.items.find((o: { id: string }) => o.id === offerId);
    expect(item).toMatchObject({ status: 'published', candidacyCount: 2 });
    expect(item.history).toBeUndefined();
    const tooExpensive = await request(p.app).get('/api/v1/offers').query({ communes: '69386', maxRent: 509 }).set(bearer(token));
    expect(tooExpensive.body.items.map((o: { id: string }) => o.id)).not.toContain(offerId);
    const filtered = async (query: Record<string, string>) =>
      (await request(p.app).get('/api/v1/offers').query(query).set(bearer(token))).body.items.map((o: { id: string }) => o.id);
    expect(await filtered({ availableBefore: '2026-04-30' })).not.toContain(offerId); // available from 1 May
    expect(await filtered({ availableBefore: '2026-05-01', departement: '69', accessible: 'false' })).toContain(offerId);
    expect(await filtered({ accessible: 'true' })).not.toContain(offerId);
    expect(await filtered({ typology: 'T3' })).not.toContain(offerId);
    const agreements = await request(p.app).get(`/api/v1/landlords/${landlordA}/agreements`).set(bearer(clientToken));
    expect(agreements.body[0].gap).toMatchObject({ owed: 3, published: 1, allocated: 0, toPublish: 2 });
  });
});

describe('who sees and changes what', () => {
  let draftId: string;

  beforeAll(async () => {
    const created = await createOffer(clientToken, lyonOffer({ addressLine: '3 rue Garibaldi' }));
    draftId = created.body.id;
  });

  it('another landlord gets 404 on the offer, and does not see it in its list', async () => {
    expectProblem(await request(p.app).get(`/api/v1/offers/${draftId}`).set(bearer(landlordBUser)), 404, 'OFFER.NOT_FOUND');
    expectProblem(await request(p.app).patch(`/api/v1/offers/${draftId}`).set(bearer(landlordBUser)).send({ rent: 1 }), 404);
    expectProblem(await request(p.app).post(`/api/v1/offers/${draftId}/submit`).set(bearer(landlordBUser)), 404);
    expectProblem(await request(p.app).post(`/api/v1/offers/${draftId}/withdraw`).set(bearer(landlordBUser)).send({ reason: 'x' }), 404);
    const list = await request(p.app).get('/api/v1/offers').set(bearer(landlordBUser));
    expect(list.body.total).toBe(0);
    expectProblem(await request(p.app).get(`/api/v1/landlords/${landlordA}/agreements`).set(bearer(landlordBUser)), 404);
  });

  it('an applicant gets 404 on a draft; an agent sees it', async () => {
    const { token } = await p.signIn('applicant');
    expectProblem(await request(p.app).get(`/api/v1/offers/${draftId}`).set(bearer(token)), 404, 'OFFER.NOT_FOUND');
    expectProblem(await request(p.app).post('/api/v1/offers').set(bearer(token)).send(lyonOffer()), 403);
    expect((await request(p.app).get(`/api/v1/offers/${draftId}`).set(bearer(agent))).body.status).toBe('draft');
  });

  it('the landlord patches its draft; once submitted it is no longer editable', async () => {
    const patched = await request(p.app).patch(`/api/v1/offers/${draftId}`).set(bearer(clientToken)).send({ rent: 480.5 });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.totalRent).toBe(540.5);
    await request(p.app).post(`/api/v1/offers/${draftId}/submit`).set(bearer(clientToken));
    expectProblem(await request(p.app).patch(`/api/v1/offers/${draftId}`).set(bearer(clientToken)).send({ rent: 400 }), 409, 'OFFER.NOT_DRAFT');
  });

  it('an agent sends it back with a message; the landlord edits and withdraws it with a reason', async () => {
    expectProblem(await request(p.app).post(`/api/v1/offers/${draftId}/send-back`).set(bearer(agent)).send({ message: ' ' }), 422, 'OFFER.REASON_REQUIRED');
    const back = await request(p.app).post(`/api/v1/offers/${draftId}/send-back`).set(bearer(agent)).send({ message: 'Préciser le DPE' });
    expect(back.body.status).toBe('draft');
    expect((await request(p.app).patch(`/api/v1/offers/${draftId}`).set(bearer(clientToken)).send({ energyClass: 'D' })).status).toBe(200);
    const withdrawn = await request(p.app).post(`/api/v1/offers/${draftId}/withdraw`).set(bearer(clientToken)).send({ reason: 'Logement reloué en interne' });
    expect(withdrawn.body.status).toBe('withdrawn');
    const history = await request(p.app).get(`/api/v1/offers/${draftId}/history`).set(bearer(agent));
    expect(history.body.map((h: { action: string; reason: string | null }) => [h.action, h.reason])).toEqual([
      ['submitted', null],
      ['sent_back', 'Préciser le DPE'],
      ['withdrawn', 'Logement reloué en interne'],
    ]);
    expectProblem(await request(p.app).post(`/api/v1/offers/${draftId}/submit`).set(bearer(clientToken)), 409, 'OFFER.ALREADY_WITHDRAWN');
  });
});

describe('invalid offers are refused, naming the field', () => {
  it.each([
    ['a negative rent', { rent: -10 }, 'rent'],
    ['a commune code that is not one (99999)', { communeCode: '99999' }, 'communeCode'],
    ['a well-formed commune code that does not exist (01999)', { communeCode: '01999' }, 'communeCode'],
    ['a T9', { typology: 'T9' }, 'typology'],
    ['a closing date in the past', { closingDate: '2026-03-14' }, 'closingDate'],
  ])('%s → 422', async (_label, change, field) => {
    const res = await createOffer(clientToken, lyonOffer(change));
    expectProblem(res, 422, 'OFFER.INVALID_DATA');
    expect(fields(res)).toEqual([field]);
  });

  it('wrong types and unknown fields → 400', async () => {
    const res = await createOffer(clientToken, { ...lyonOffer(), rent: 'cheap', colour: 'blue' });
    expectProblem(res, 400, 'REQUEST.INVALID');
    expect(fields(res)).toEqual(expect.arrayContaining(['body.rent', 'body.colour']));
  });

  it('an agreement of another département → 422 on agreementId', async () => {
    const res = await createOffer(clientToken, lyonOffer({ communeCode: '13055', postalCode: '13001', agreementId: agreementA }));
    expectProblem(res, 422, 'OFFER.INVALID_DATA');
    expect(fields(res)).toEqual(['agreementId']);
  });
});

describe('eligibility', () => {
  let lyonPlus: string;
  let lyonT4: string;

  beforeAll(async () => {
    lyonPlus = await publishedOffer({ addressLine: '5 place Lyautey' });
    lyonT4 = await publishedOffer({ addressLine: '20 cours Franklin Roosevelt', typology: 4, mainRooms: 4, surface: 80, rent: 700, charges: 100 });
  });

  it('§5: one person, 26, PLUS in Lyon 2026, income 23,403 € fits (ceiling 23,403); the search eligibleFor=me finds the offer', async () => {
    const { token, demandId } = await applicantWithActiveDemand(personAlone(23_403));
    const res = await request(p.app).get(`/api/v1/demands/${demandId}/eligibility`).query({ offerId: lyonPlus }).set(bearer(token));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ fits: true, decided: true, year: 2026, zone: 'other_regions', householdCategory: 1, ceiling: 23_403 });
    const income = res.body.checks.find((c: { rule: string }) => c.rule === 'income_ceiling');
    expect(income).toMatchObject({ passes: true, figures: { category: 1, referenceIncome: 23_403, ceiling: 23_403, financing: 'PLUS' } });
    expect(income.message.fr).toContain('23 403');
    expect(income.message.en).toContain('23,403');
    expect(res.body.effortRate).toBeCloseTo(25.5, 1); // (450 + 60) / 2000

    const eligible = await request(p.app).get('/api/v1/offers').query({ eligibleFor: 'me', departement: '69' }).set(bearer(token));
    expect(eligible.status, eligible.text).toBe(200);
    const ids = eligible.body.items.map((o: { id: string }) => o.id);
    expect(ids).toContain(lyonPlus);
    expect(ids).not.toContain(lyonT4); // a T4 for one person is under-occupied
    expect(eligible.body.total).toBe(ids.length);
    expect(eligible.body.items.every((o: { eligibility: { fits: boolean } }) => o.eligibility.fits)).toBe(true);
  });

  it('§5: same, income 23,404 € does not fit: the search leaves the offer out and the eligibility says why', async () => {
    const { token, demandId } = await applicantWithActiveDemand(personAlone(23_404));
    const eligible = await request(p.app).get('/api/v1/offers').query({ eligibleFor: 'me' }).set(bearer(token));
    expect(eligible.body.items.map((o: { id: string }) => o.id)).not.toContain(lyonPlus);
    const all = await request(p.app).get('/api/v1/offers').set(bearer(token));
    const shown = all.body.items.find((o: { id: string }) => o.id === lyonPlus);
    expect(shown.eligibility).toMatchObject({ fits: false, ceiling: 23_403 });
    const res = await request(p.app).get(`/api/v1/demands/${demandId}/eligibility`).query({ offerId: lyonPlus }).set(bearer(token));
    expect(res.body).toMatchObject({ fits: false, ceiling: 23_403 });
    const income = res.body.checks.find((c: { rule: string }) => c.rule === 'income_ceiling');
    expect(income).toMatchObject({ passes: false, severity: 'blocking', figures: { referenceIncome: 23_404, ceiling: 23_403 } });
    expect(res.body.reasons[0].en).toMatch(/23,404.*above.*PLUS ceiling.*23,403/);
    expect(res.body.reasons[0].fr).toMatch(/23 404/);
  });

  it('§5: two persons and a T4 of 80 m² → under-occupied (4 rooms > 2 + 1)', async () => {
    const couple = aDemandData({
      applicant: {
        ...anAdult({ familySituation: 'M', taxIncome: { yearMinus2: 2024, amountMinus2: 20_000, yearMinus1: 2025, amountMinus1: 20_000 } }),
        address: { line: '1 rue X', postalCode: '69001', communeCode: '69381' },
      },
      coApplicant: aCoApplicant({ familySituation: 'M', taxIncome: { yearMinus2: 2024, amountMinus2: 10_000, yearMinus1: 2025, amountMinus1: 10_000 } }),
    });
    const { token, demandId } = await applicantWithActiveDemand(couple);
    const res = await request(p.app).get(`/api/v1/demands/${demandId}/eligibility`).query({ offerId: lyonT4 }).set(bearer(token));
    expect(res.body.fits).toBe(false);
    expect(res.body.householdSize).toBe(2);
    const under = res.body.checks.find((c: { rule: string }) => c.rule === 'under_occupation');
    expect(under).toMatchObject({ passes: false, figures: { mainRooms: 4, occupants: 2, tolerance: 1, maximumRooms: 3 } });
    const eligible = await request(p.app).get('/api/v1/offers').query({ eligibleFor: 'me' }).set(bearer(token));
    expect(eligible.body.items.map((o: { id: string }) => o.id)).not.toContain(lyonT4);
  });

  it('§5: one parent with two children, PLUS in Lille 2026 → category 4, ceiling 45,374', async () => {
    const lille = await publishedOffer({ addressLine: '8 rue Nationale', postalCode: '59000', communeCode: '59350', typology: 3, mainRooms: 3, surface: 60 });
    const parent = aDemandData({
      applicant: { ...anAdult({ familySituation: 'C' }), address: { line: '1 rue X', postalCode: '59000', communeCode: '59350' } },
      otherOccupants: [aChild(), aChild({ firstName: 'Tom', birthDate: birthDateForAge(5, TODAY) })],
    });
    const { token, demandId } = await applicantWithActiveDemand(parent);
    const res = await request(p.app).get(`/api/v1/demands/${demandId}/eligibility`).query({ offerId: lille }).set(bearer(token));
    expect(res.body).toMatchObject({ householdCategory: 4, ceiling: 45_374, zone: 'other_regions', fits: true });
  });

  it('others → 404 on a demand that is not theirs; eligibleFor=me needs an active demand', async () => {
    const { demandId } = await applicantWithActiveDemand(personAlone(20_000));
    const stranger = await p.signIn('applicant');
    expectProblem(await request(p.app).get(`/api/v1/demands/${demandId}/eligibility`).query({ offerId: lyonPlus }).set(bearer(stranger.token)), 404, 'DEMAND.NOT_FOUND');
    expect((await request(p.app).get(`/api/v1/demands/${demandId}/eligibility`).query({ offerId: lyonPlus }).set(bearer(agent))).status).toBe(200);
    expectProblem(await request(p.app).get(`/api/v1/demands/${demandId}/eligibility`).query({ offerId: lyonPlus }).set(bearer(clientToken)), 403);
    expectProblem(await request(p.app).get('/api/v1/offers').query({ eligibleFor: 'me' }).set(bearer(stranger.token)), 409, 'OFFER.NO_ACTIVE_DEMAND');
    expectProblem(await request(p.app).get('/api/v1/offers').query({ eligibleFor: 'me' }).set(bearer(agent)), 403);
  });
});

describe('closing date', () => {
  it('the offer is closed for applicants once its closing date has passed, and the scheduled use case closes it (idempotent)', async () => {
    const id = await publishedOffer({ addressLine: '1 quai Perrache', closingDate: '2026-03-20' });
    const { token } = await p.signIn('applicant');
    const offers = p.container.get(OFFER.Service);
    try {
      clock.set('2026-03-20T22:00:00Z'); // the closing day itself: still open
      expect((await request(p.app).get(`/api/v1/offers/${id}`).set(bearer(token))).body).toMatchObject({ status: 'published', openForCandidacies: true });
      clock.set('2026-03-21T06:00:00Z');
      // before the job runs, the offer is already closed for applicants
      const before = await request(p.app).get(`/api/v1/offers/${id}`).set(bearer(token));
      expect(before.body).toMatchObject({ status: 'closed', openForCandidacies: false });
      expect(await offers.offerForCandidacy(id)).toMatchObject({ status: 'published', effectiveStatus: 'closed', openForCandidacies: false });
      const search = await request(p.app).get('/api/v1/offers').query({ communes: '69386' }).set(bearer(token));
      expect(search.body.items.map((o: { id: string }) => o.id)).not.toContain(id);

      const run = await offers.closeDueOffers(clock.now());
      expect(run.offerIds).toContain(id);
      expect((await offers.closeDueOffers(clock.now())).closed).toBe(0);
      const detail = await request(p.app).get(`/api/v1/offers/${id}`).set(bearer(agent));
      expect(detail.body.status).toBe('closed');
      expect(detail.body.history.at(-1)).toMatchObject({ action: 'closed', from: 'published', to: 'closed', by: null, at: '2026-03-21T06:00:00.000Z' });
    } finally {
      clock.set(`${TODAY}T09:00:00Z`);
    }
  });
});

describe('what the candidacy module drives', () => {
  it('designate, transmit, allocate: the agreement counts the offer as allocated', async () => {
    const id = await publishedOffer({ addressLine: '2 rue Mercière' });
    const offers = p.container.get(OFFER.Service);
    await request(p.app).post(`/api/v1/offers/${id}/close`).set(bearer(agent)).expect(200);
    await offers.designate(id, { candidateCount: 2 });
    await offers.transmit(id);
    expect((await offers.allocate(id)).status).toBe('allocated');
    const agreements = await request(p.app).get(`/api/v1/landlords/${landlordA}/agreements`).set(bearer(agent));
    const gap = agreements.body.find((a: { id: string }) => a.id === agreementA).gap;
    expect(gap.allocated).toBe(1);
    expect(gap.published).toBeGreaterThanOrEqual(2);
    const counts = await offers.countsByStatus();
    expect(counts.allocated).toBe(1);
    expect(counts.published).toBeGreaterThan(0);
  });
});

describe('the SQL pre-filter of eligibleFor=me agrees with the domain’s evaluation', () => {
  it('for a grid of offers (zones × financings × sizes) and households (categories, sizes, incomes)', async () => {
    const { DrizzleOfferRepository } = await import('../../src/adapters/db/repositories/drizzle-offer.repository');
    const { evaluateEligibility, minimumSurface } = await import('../../src/modules/offer/domain/eligibility');
    const { ceilingTableFromJson } = await import('../../src/modules/offer/domain/ceilings');
    const { parisAndBorderingCodesFromJson, zoneOf, departementOf } = await import('../../src/modules/offer/domain/zone');
    const incomeCeilings = (await import('../../db/reference/income-ceilings.json')).default;
    const paris = parisAndBorderingCodesFromJson((await import('../../db/reference/paris-bordering-communes.json')).default);
    const table = ceilingTableFromJson(incomeCeilings);
    await p.container.get(OFFER.Service).seedReferenceData();
    const repo = new DrizzleOfferRepository(p.db.database);
    const landlordId = '00000000-0000-4000-8000-00000000f1f1';
    const offers: { id: string; data: Parameters<typeof evaluateEligibility>[1] }[] = [];
    let n = 0;
    for (const communeCode of ['75056', '78646', '69386']) {
      for (const financing of ['PLAI', 'PLUS', 'PLS', 'PLI'] as const) {
        for (const [mainRooms, surface] of [
          [1, 20],
          [2, 30],
          [3, 50],
          [4, 80],
          [5, 70],
        ] as const) {
          const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
          const data = { ...lyonOffer(), communeCode, financing, typology: mainRooms, mainRooms, surface };
          offers.push({ id, data: data as never });
          await repo.insert({
            id,
            landlordId,
            agreementId: null,
            agreementExplicit: false,
            status: 'published',
            data: data as never,
            departement: departementOf(communeCode),
            zone: zoneOf(communeCode, paris),
            candidacyCount: 0,
            everPublished: true,
            createdBy: landlordId,
            createdAt: new Date(),
            updatedAt: new Date(),
            submittedAt: null,
            publishedAt: new Date(),
          });
        }
      }
    }
    const households = [
      { size: 1, category: 1, extra: 0 },
      { size: 2, category: 2, extra: 0 },
      { size: 2, category: 3, extra: 0 },
      { size: 3, category: 3, extra: 0 },
      { size: 4, category: 4, extra: 0 },
      { size: 4, category: 5, extra: 0 },
      { size: 5, category: 5, extra: 0 },
      { size: 8, category: 6, extra: 2 },
      { size: 8, category: 6, extra: 3 },
    ] as const;
    let compared = 0;
    for (const h of households) {
      for (const income of [12_000, 23_403, 23_404, 31_369, 45_374, 60_000, 73_576, 90_000]) {
        const facts = {
          referenceIncome: income,
          referenceIncomeBasis: 'N-2' as const,
          householdCategory: h.category,
          householdSize: h.size,
          extraPersonUnits: h.extra,
          monthlyResources: 2500,
          expectedHousingBenefit: 0,
        };
        const expected = offers
          .filter((o) => evaluateEligibility(facts, o.data, { year: 2026, table, parisCodes: paris, underOccupationTolerance: 1 }).fits)
          .map((o) => o.id)
          .sort();
        const found = await repo.search(
          {
            statuses: ['published'],
            landlordId,
            sort: 'recent',
            eligibility: { year: 2026, category: h.category, extraPersonUnits: h.extra, referenceIncome: income, maxMainRooms: h.size + 1, minSurface: minimumSurface(h.size) },
          },
          { page: 1, pageSize: 100 },
        );
        expect(found.items.map((o) => o.id).sort(), `household ${JSON.stringify(h)} income ${income}`).toEqual(expected);
        expect(found.total).toBe(expected.length);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(100); // the grid exercises both outcomes
  });
});

describe('the contract', () => {
  it('the OpenAPI document lists the offer, eligibility and landlord routes', async () => {
    const doc = await request(p.app).get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/offers',
        '/api/v1/offers/{id}',
        '/api/v1/offers/{id}/submit',
        '/api/v1/offers/{id}/publish',
        '/api/v1/offers/{id}/send-back',
        '/api/v1/offers/{id}/withdraw',
        '/api/v1/offers/{id}/close',
        '/api/v1/demands/{id}/eligibility',
        '/api/v1/landlords',
        '/api/v1/landlords/{id}/api-clients',
        '/api/v1/landlords/{id}/agreements',
        '/api/v1/landlords/{id}/agreements/{agreementId}/report',
      ]),
    );
  });

  it('no token → 401 on every offer and landlord route', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    for (const [method, path] of [
      ['get', '/api/v1/offers'],
      ['post', '/api/v1/offers'],
      ['get', `/api/v1/offers/${id}`],
      ['post', `/api/v1/offers/${id}/publish`],
      ['get', `/api/v1/demands/${id}/eligibility?offerId=${id}`],
      ['get', '/api/v1/landlords'],
      ['get', `/api/v1/landlords/${id}/agreements`],
    ] as const) {
      expectProblem(await request(p.app)[method](path), 401, 'IDENTITY.AUTHENTICATION_REQUIRED');
    }
  });
});
