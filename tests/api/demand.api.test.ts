import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { FixedClock } from '../../src/shared/testing/clock';
import { DEMAND, DEMAND_JOBS, demandJobHandlers } from '../../src/modules/demand/index';

/** A Luhn-valid SIRET. */
const SIRET = '44306184100047';
const START = '2026-03-15T09:00:00.000Z';

/** Demand data that passes submission in 2026: one person in Lyon, tax income of 2024 given. */
function demandData(overrides: Record<string, unknown> = {}) {
  return {
    applicant: {
      civility: '2',
      lastName: 'Martin',
      firstName: 'Claire',
      birthDate: '1990-04-12',
      nationality: '1',
      familySituation: 'C',
      employment: { contractType: 'CDI', employerName: 'Acme', employerSiret: SIRET, workplaceCommuneCode: '69386' },
      resources: [{ code: 'SAL', monthlyAmount: 2100 }],
      taxIncome: { yearMinus1: 2025, amountMinus1: 24000, yearMinus2: 2024, amountMinus2: 23000 },
      address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
    },
    reasons: ['work_closer'],
    wishes: { communeCodes: ['69386', '69123'], typologies: [2, 3] },
    currentHousing: { kind: 'LP', monthlyRent: 650 },
    ...overrides,
  };
}

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
};

const fieldsOf = (res: request.Response): string[] => (res.body.errors ?? []).map((e: { field: string }) => e.field);

let p: TestPlatform;
let clock: FixedClock;
beforeAll(async () => {
  clock = new FixedClock(START);
  p = await createTestPlatform({ clock });
});
afterAll(async () => p?.close());

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function applicantWithDemand(overrides: Record<string, unknown> = {}) {
  const who = await p.signIn('applicant');
  const res = await request(p.app).post('/api/v1/demands').set(auth(who.token)).send(demandData(overrides));
  expect(res.status, res.text).toBe(201);
  return { ...who, demandId: res.body.id as string, created: res.body };
}

async function submitted(overrides: Record<string, unknown> = {}) {
  const a = await applicantWithDemand(overrides);
  const res = await request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(a.token));
  expect(res.status, res.text).toBe(200);
  return a;
}

describe('the applicant’s demand', () => {
  it('creates a draft with its derived facts, history and the employer notice; a second one is refused (409)', async () => {
    const a = await applicantWithDemand();
    const body = a.created;
    expect(body).toMatchObject({
      status: 'draft',
      ownerAccountId: a.accountId,
      registrationPending: false,
      source: 'platform',
      data: { applicant: { lastName: 'Martin' }, otherOccupants: [] },
      derived: {
        householdSize: 1,
        householdCategory: 1,
        householdCategoryRule: 'household_size',
        monthlyResources: 2100,
        referenceIncome: { amount: 23000, year: 2024, basis: 'N-2', missing: [] },
      },
      history: [],
    });
    expect(body.derived.householdCategoryExplanation).toMatch(/catégorie 1/);
    expect(body.notices).toEqual([expect.objectContaining({ code: 'DEMAND.EMPLOYER_SEES_CANDIDACY_STATUS' })]);
    expect(body).not.toHaveProperty('registrationNumber');

    const again = await request(p.app).post('/api/v1/demands').set(auth(a.token)).send(demandData());
    expectProblem(again, 409, 'DEMAND.ALREADY_EXISTS');
  });

  it('has no employer notice without an employer SIRET', async () => {
    const a = await applicantWithDemand({ applicant: { ...demandData().applicant, employment: undefined } });
    expect(a.created.notices).toEqual([]);
  });

  it('updates the draft section by section, then submits it (a second submit is a 409)', async () => {
    const a = await applicantWithDemand();
    const patch = await request(p.app)
      .patch(`/api/v1/demands/${a.demandId}`)
      .set(auth(a.token))
      .send({ otherOccupants: [{ firstName: 'Léa', birthDate: '2018-05-02', kinship: 'E', dependant: true }], currentHousing: null });
    expect(patch.status, patch.text).toBe(200);
    expect(patch.body.status).toBe('draft');
    expect(patch.body.data.otherOccupants).toHaveLength(1);
    expect(patch.body.data).not.toHaveProperty('currentHousing');
    expect(patch.body.derived).toMatchObject({ householdSize: 2, householdCategory: 3, householdCategoryRule: 'single_adult_with_dependants' });
    expect(patch.body.recheck).toContain('household');
    expect(patch.body.history).toEqual([]); // draft edits are not history

    const sub = await request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(a.token));
    expect(sub.status, sub.text).toBe(200);
    expect(sub.body.status).toBe('submitted');
    expect(sub.body.history).toEqual([expect.objectContaining({ action: 'submitted', from: 'draft', to: 'submitted', actor: 'applicant' })]);
    expect(sub.body.history[0]).not.toHaveProperty('by');

    expectProblem(await request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(a.token)), 409, 'DEMAND.INVALID_TRANSITION');
    // a submitted demand cannot be edited
    expectProblem(await request(p.app).patch(`/api/v1/demands/${a.demandId}`).set(auth(a.token)).send({ dalo: true }), 409, 'DEMAND.NOT_EDITABLE');
  });

  it('refuses to submit an incomplete demand, naming the fields (422)', async () => {
    const a = await applicantWithDemand({ reasons: [], wishes: { communeCodes: [], typologies: [] } });
    const res = await request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(a.token));
    expectProblem(res, 422, 'DEMAND.INCOMPLETE');
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['reasons', 'wishes.communeCodes']));
  });

  it('lets two concurrent submits through only once', async () => {
    const a = await applicantWithDemand();
    const [r1, r2] = await Promise.all([
      request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(a.token)),
      request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(a.token)),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const got = await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token));
    expect(got.body.history.filter((h: { action: string }) => h.action === 'submitted')).toHaveLength(1);
  });

  it('lets two concurrent creations through only once', async () => {
    const who = await p.signIn('applicant');
    const results = await Promise.all([1, 2, 3].map(() => request(p.app).post('/api/v1/demands').set(auth(who.token)).send(demandData())));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.code).toBe('DEMAND.ALREADY_EXISTS');
  });

  it('lists only the applicant’s own demand', async () => {
    const a = await applicantWithDemand();
    await applicantWithDemand();
    const res = await request(p.app).get('/api/v1/demands').set(auth(a.token));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([a.demandId]);
  });

  it('cancels the demand, after which a new one may be created', async () => {
    const a = await applicantWithDemand();
    const res = await request(p.app).post(`/api/v1/demands/${a.demandId}/cancel`).set(auth(a.token)).send({ reason: 'Relogée par ailleurs' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const again = await request(p.app).post('/api/v1/demands').set(auth(a.token)).send(demandData());
    expect(again.status).toBe(201);
  });
});

describe('access', () => {
  it('answers 404 to another applicant on GET, PATCH, submit, cancel', async () => {
    const a = await applicantWithDemand();
    const other = await p.signIn('applicant');
    expectProblem(await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(other.token)), 404, 'DEMAND.NOT_FOUND');
    expectProblem(await request(p.app).patch(`/api/v1/demands/${a.demandId}`).set(auth(other.token)).send({ dalo: true }), 404, 'DEMAND.NOT_FOUND');
    expectProblem(await request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(other.token)), 404, 'DEMAND.NOT_FOUND');
    expectProblem(await request(p.app).post(`/api/v1/demands/${a.demandId}/cancel`).set(auth(other.token)), 404, 'DEMAND.NOT_FOUND');
    const still = await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token));
    expect(still.body.status).toBe('draft');
  });

  it('answers 403 to company managers and landlords, 401 without a token', async () => {
    const manager = await p.signIn('company_manager', { orgId: '3f1c9a52-8a55-4b55-9a39-0b8c0d6f2a01' });
    const landlord = await p.signIn('landlord_user', { orgId: '3f1c9a52-8a55-4b55-9a39-0b8c0d6f2a02' });
    const a = await applicantWithDemand();
    for (const who of [manager, landlord]) {
      expectProblem(await request(p.app).get('/api/v1/demands').set(auth(who.token)), 403);
      expectProblem(await request(p.app).post('/api/v1/demands').set(auth(who.token)).send(demandData()), 403);
      expectProblem(await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(who.token)), 403);
    }
    expectProblem(await request(p.app).get('/api/v1/demands'), 401);
  });

  it('answers 403 to an applicant calling an agent action, and to an agent calling an owner action', async () => {
    const a = await submitted();
    const agent = await p.signIn('agent');
    expectProblem(await request(p.app).post(`/api/v1/demands/${a.demandId}/validate`).set(auth(a.token)), 403);
    expectProblem(await request(p.app).post(`/api/v1/demands/${a.demandId}/cancel`).set(auth(agent.token)), 403);
    expectProblem(await request(p.app).post('/api/v1/demands').set(auth(agent.token)).send(demandData()), 403);
  });
});

describe('request validation', () => {
  let token: string;
  beforeAll(async () => {
    token = (await p.signIn('applicant')).token;
  });
  const post = (body: unknown) =>
    request(p.app)
      .post('/api/v1/demands')
      .set(auth(token))
      .send(body as object);

  it('refuses a bad INSEE code (400, naming the field)', async () => {
    const res = await post(demandData({ wishes: { communeCodes: ['6938'], typologies: [2] } }));
    expectProblem(res, 400, 'REQUEST.INVALID');
    expect(fieldsOf(res)).toContain('body.wishes.communeCodes.0');
  });

  it('refuses a negative amount (400, naming the field)', async () => {
    const res = await post(demandData({ applicant: { ...demandData().applicant, resources: [{ code: 'SAL', monthlyAmount: -5 }] } }));
    expectProblem(res, 400, 'REQUEST.INVALID');
    expect(fieldsOf(res)).toContain('body.applicant.resources.0.monthlyAmount');
  });

  it('refuses unknown fields, and the fields the caller may not set (400)', async () => {
    for (const [field, value] of [
      ['status', 'active'],
      ['registrationNumber', '1110318016982G1104'],
      ['ownerAccountId', '3f1c9a52-8a55-4b55-9a39-0b8c0d6f2a01'],
      ['foo', 1],
    ] as const) {
      const res = await post({ ...demandData(), [field]: value });
      expectProblem(res, 400, 'REQUEST.INVALID');
      expect(fieldsOf(res)).toContain(`body.${field}`);
    }
    const nested = await post(demandData({ wishes: { communeCodes: ['69386'], typologies: [2], garden: true } }));
    expect(fieldsOf(nested)).toContain('body.wishes.garden');
  });

  it('refuses an invalid date and a SIRET with a wrong key (400)', async () => {
    const res = await post(demandData({ applicant: { ...demandData().applicant, birthDate: '1990-02-30', employment: { employerSiret: '44306184100048' } } }));
    expectProblem(res, 400);
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['body.applicant.birthDate', 'body.applicant.employment.employerSiret']));
  });

  it('refuses a birth date in the future (422, naming the field)', async () => {
    const res = await post(demandData({ applicant: { ...demandData().applicant, birthDate: '2027-01-01' } }));
    expectProblem(res, 422, 'DEMAND.INVALID_DATA');
    expect(fieldsOf(res)).toEqual(['applicant.birthDate']);
  });

  it('refuses a malformed id (400) and an unknown one (404)', async () => {
    expectProblem(await request(p.app).get('/api/v1/demands/not-a-uuid').set(auth(token)), 400);
    expectProblem(await request(p.app).get('/api/v1/demands/3f1c9a52-8a55-4b55-9a39-0b8c0d6f2a09').set(auth(token)), 404, 'DEMAND.NOT_FOUND');
  });
});

describe('instruction by an agent', () => {
  let agent: { token: string; accountId: string };
  beforeAll(async () => {
    agent = await p.signIn('agent');
  });

  it('lists demands with filters and paging, with the total', async () => {
    const lyon1 = await submitted();
    const lyon2 = await submitted();
    await submitted({
      applicant: { ...demandData().applicant, address: { line: '3 rue de Rivoli', postalCode: '75004', communeCode: '75104' } },
      wishes: { communeCodes: ['75104'], typologies: [2] },
    });
    await applicantWithDemand(); // a draft in Lyon

    const page1 = await request(p.app).get('/api/v1/demands').query({ status: 'submitted', departement: '69', pageSize: 1 }).set(auth(agent.token));
    expect(page1.status, page1.text).toBe(200);
    expect(page1.body.pageSize).toBe(1);
    expect(page1.body.items).toHaveLength(1);
    const total = page1.body.total as number;
    expect(total).toBeGreaterThanOrEqual(2);
    const all = await request(p.app).get('/api/v1/demands').query({ status: 'submitted', departement: '69', pageSize: 100 }).set(auth(agent.token));
    expect(all.body.total).toBe(total);
    expect(all.body.items.every((i: { status: string; departement: string }) => i.status === 'submitted' && i.departement === '69')).toBe(true);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([lyon1.demandId, lyon2.demandId]));
    expect(all.body.items[0]).toMatchObject({ applicantName: 'Claire Martin', registrationPending: false, documentsRequested: false });
    expect(all.body.items[0]).not.toHaveProperty('data');

    const page2 = await request(p.app).get('/api/v1/demands').query({ status: 'submitted', departement: '69', pageSize: 1, page: 2 }).set(auth(agent.token));
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);

    const paris = await request(p.app).get('/api/v1/demands').query({ departement: '75' }).set(auth(agent.token));
    expect(paris.body.items.every((i: { departement: string }) => i.departement === '75')).toBe(true);
    expect(paris.body.total).toBeGreaterThanOrEqual(1);

    const several = await request(p.app).get('/api/v1/demands').query({ status: 'draft,submitted' }).set(auth(agent.token));
    expect(new Set(several.body.items.map((i: { status: string }) => i.status))).toEqual(new Set(['draft', 'submitted']));

    expectProblem(await request(p.app).get('/api/v1/demands').query({ status: 'nope' }).set(auth(agent.token)), 400);
    expectProblem(await request(p.app).get('/api/v1/demands').query({ pageSize: 1000 }).set(auth(agent.token)), 400);
  });

  it('reads a full file, written to the audit trail', async () => {
    const a = await submitted();
    const res = await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(agent.token));
    expect(res.status).toBe(200);
    expect(res.body.data.applicant.lastName).toBe('Martin');
    const audit = rows<{ action: string; actor_account_id: string; object_id: string }>(
      await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'demand.read' and object_id = ${a.demandId}`),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_account_id).toBe(agent.accountId);
    // the owner's own reads are not audited
    await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token));
    expect(rows(await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'demand.read' and object_id = ${a.demandId}`))).toHaveLength(1);
  });

  it('validates: active, registration pending, a registration job queued in platform.jobs, audited', async () => {
    const a = await submitted();
    const res = await request(p.app)
      .post(`/api/v1/demands/${a.demandId}/validate`)
      .set(auth(agent.token))
      .send({ piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'active', registrationPending: true, registrationDate: '2026-03-15', renewalDueDate: '2027-03-15' });
    expect(res.body).not.toHaveProperty('registrationNumber');
    expect(res.body.history.at(-1)).toMatchObject({ action: 'validated', from: 'submitted', to: 'active', actor: 'agent', by: agent.accountId });

    const jobs = rows<{ kind: string; payload: { demandId: string }; status: string; dedupe_key: string }>(
      await p.db.database.db.execute(sql`select * from platform.jobs where kind = ${DEMAND_JOBS.register} and payload->>'demandId' = ${a.demandId}`),
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', dedupe_key: `demand.register-with-registry:${a.demandId}` });

    const audit = rows(await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'demand.validated' and object_id = ${a.demandId}`));
    expect(audit).toHaveLength(1);

    // the applicant sees the pending registration, not the agent's id
    const mine = await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token));
    expect(mine.body.registrationPending).toBe(true);
    expect(mine.body.history.at(-1)).toMatchObject({ action: 'validated', actor: 'agent' });
    expect(mine.body.history.at(-1)).not.toHaveProperty('by');

    // agents find it among the pending registrations
    const pending = await request(p.app).get('/api/v1/demands').query({ registrationPending: 'true', pageSize: 100 }).set(auth(agent.token));
    expect(pending.body.items.map((i: { id: string }) => i.id)).toContain(a.demandId);

    // without a configured registry the job handler refuses to make a number up: the job stays queued
    const service = p.container.get(DEMAND.Service);
    expect(service.registryConfigured()).toBe(false);
    const handler = demandJobHandlers(service)[DEMAND_JOBS.register]!;
    await expect(handler({ demandId: a.demandId }, { attempt: 1, jobId: 'x' })).rejects.toMatchObject({ code: 'REGISTRY.NOT_CONFIGURED' });
    expect((await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token))).body.registrationPending).toBe(true);
  });

  it('asks for documents with a message, then the applicant answers; rejects with a reason', async () => {
    const a = await submitted();
    const ask = await request(p.app)
      .post(`/api/v1/demands/${a.demandId}/request-documents`)
      .set(auth(agent.token))
      .send({ message: 'Merci de joindre votre avis d’imposition 2025.', documentTypes: ['tax_notice'] });
    expect(ask.status, ask.text).toBe(200);
    expect(ask.body).toMatchObject({ status: 'in_instruction', documentsRequest: { message: 'Merci de joindre votre avis d’imposition 2025.', documentTypes: ['tax_notice'] } });

    const requested = await request(p.app).get('/api/v1/demands').query({ documentsRequested: 'true', pageSize: 100 }).set(auth(agent.token));
    expect(requested.body.items.map((i: { id: string }) => i.id)).toContain(a.demandId);

    // the applicant may edit while pieces are requested, then says they are there
    const edit = await request(p.app).patch(`/api/v1/demands/${a.demandId}`).set(auth(a.token)).send({ expectedHousingBenefit: 120 });
    expect(edit.status, edit.text).toBe(200);
    expect(edit.body.recheck).toEqual(['housing_benefit']);
    const done = await request(p.app).post(`/api/v1/demands/${a.demandId}/documents-provided`).set(auth(a.token));
    expect(done.status, done.text).toBe(200);
    expect(done.body).not.toHaveProperty('documentsRequest');

    expectProblem(await request(p.app).post(`/api/v1/demands/${a.demandId}/reject`).set(auth(agent.token)).send({}), 400);
    expectProblem(await request(p.app).post(`/api/v1/demands/${a.demandId}/reject`).set(auth(agent.token)).send({ reason: '   ' }), 400);
    const rej = await request(p.app).post(`/api/v1/demands/${a.demandId}/reject`).set(auth(agent.token)).send({ reason: 'Pièce d’identité illisible' });
    expect(rej.status, rej.text).toBe(200);
    expect(rej.body).toMatchObject({ status: 'draft', lastRejection: { reason: 'Pièce d’identité illisible' } });
    expect(rej.body.history.at(-1)).toMatchObject({ action: 'rejected', from: 'in_instruction', to: 'draft', reason: 'Pièce d’identité illisible', by: agent.accountId });
    const audit = rows<{ detail: { reason: string } }>(
      await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'demand.rejected' and object_id = ${a.demandId}`),
    );
    expect(audit[0]!.detail.reason).toBe('Pièce d’identité illisible');
    const notes = rows<{ kind: string }>(await p.db.database.db.execute(sql`select kind from demand.notifications where payload->>'demandId' = ${a.demandId} order by created_at`));
    expect(notes.map((n) => n.kind)).toEqual(['demand.documents_requested', 'demand.rejected']);

    // the applicant corrects and submits again
    const again = await request(p.app).post(`/api/v1/demands/${a.demandId}/submit`).set(auth(a.token));
    expect(again.status, again.text).toBe(200);
  });

  it('edits an active demand: it stays active, the changed facts are re-checked and kept in the history', async () => {
    const a = await submitted({ mobility: { kind: 'new_job', toCommuneCode: '69386', date: '2026-02-01' } });
    const val = await request(p.app)
      .post(`/api/v1/demands/${a.demandId}/validate`)
      .set(auth(agent.token))
      .send({ mobilityChecked: true, piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
    expect(val.body.derived.mobilityChecked).toBe(true);
    const res = await request(p.app)
      .patch(`/api/v1/demands/${a.demandId}`)
      .set(auth(a.token))
      .send({ applicant: { ...demandData().applicant, resources: [{ code: 'SAL', monthlyAmount: 2500 }] }, mobility: { kind: 'transfer', toCommuneCode: '69123' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('active');
    expect(res.body.recheck).toEqual(expect.arrayContaining(['resources', 'mobility']));
    expect(res.body.derived).toMatchObject({ monthlyResources: 2500, mobilityChecked: false });
    expect(res.body.history.at(-1)).toMatchObject({ action: 'edited', from: 'active', to: 'active', actor: 'applicant' });
    expect(res.body.history.at(-1).reason).toMatch(/ressources/);
  });
});

describe('renewal, expiry and reminders', () => {
  let q: TestPlatform;
  let qclock: FixedClock;
  beforeAll(async () => {
    qclock = new FixedClock(START);
    q = await createTestPlatform({ clock: qclock });
  });
  afterAll(async () => q?.close());

  /** A fresh token after the clock moved (sessions and access tokens expire with the clock). */
  async function relogin(email: string): Promise<string> {
    const res = await request(q.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(res.status, res.text).toBe(200);
    return res.body.accessToken as string;
  }

  async function activeDemand() {
    const agent = await q.signIn('agent');
    const who = await q.signIn('applicant');
    const created = await request(q.app).post('/api/v1/demands').set(auth(who.token)).send(demandData());
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    expect((await request(q.app).post(`/api/v1/demands/${id}/submit`).set(auth(who.token))).status).toBe(200);
    const val = await request(q.app)
      .post(`/api/v1/demands/${id}/validate`)
      .set(auth(agent.token))
      .send({ piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
    expect(val.status, val.text).toBe(200);
    return { ...who, demandId: id, validated: val.body };
  }

  it('renews within the window and keeps the registration date', async () => {
    qclock.set(START);
    const a = await activeDemand();
    expect(a.validated).toMatchObject({ registrationDate: '2026-03-15', renewalDueDate: '2027-03-15', renewal: { open: false, opensOn: '2026-12-15' } });
    expectProblem(await request(q.app).post(`/api/v1/demands/${a.demandId}/renew`).set(auth(a.token)), 409, 'DEMAND.RENEWAL_NOT_OPEN');

    qclock.set('2027-02-01T10:00:00Z');
    const res = await request(q.app)
      .post(`/api/v1/demands/${a.demandId}/renew`)
      .set(auth(await relogin(a.email)));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'active', registrationDate: '2026-03-15', renewalDueDate: '2028-03-15' });
    expect(res.body.history.at(-1)).toMatchObject({ action: 'renewed', actor: 'applicant' });
  });

  it('queues a renewal reminder once per due date, expires demands past their due date, idempotently', async () => {
    qclock.set(START);
    const a = await activeDemand(); // due 2027-03-15
    const service = q.container.get(DEMAND.Service);

    qclock.set('2027-01-20T03:00:00Z'); // before the reminder date (2027-02-15)
    expect(await service.applyExpiriesAndReminders(qclock.now())).toMatchObject({ expired: 0, reminders: 0 });

    qclock.set('2027-02-20T03:00:00Z');
    const reminded = await service.applyExpiriesAndReminders(qclock.now());
    expect(reminded).toMatchObject({ onDate: '2027-02-20', expired: 0, failed: 0 });
    expect(reminded.reminders).toBeGreaterThanOrEqual(1);
    expect(await service.applyExpiriesAndReminders(qclock.now())).toMatchObject({ expired: 0, reminders: 0, failed: 0 });
    qclock.set('2027-03-01T03:00:00Z');
    expect(await service.applyExpiriesAndReminders(qclock.now())).toMatchObject({ reminders: 0 });
    const reminders = rows<{ account_id: string; payload: { renewalDueDate: string } }>(
      await q.db.database.db.execute(sql`select * from demand.notifications where kind = 'demand.renewal_reminder' and payload->>'demandId' = ${a.demandId}`),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ account_id: a.accountId, payload: { renewalDueDate: '2027-03-15' } });

    qclock.set('2027-03-15T22:00:00Z'); // the due date is the last day
    expect(await service.applyExpiriesAndReminders(qclock.now())).toMatchObject({ expired: 0 });

    qclock.set('2027-03-16T03:00:00Z');
    const first = await service.applyExpiriesAndReminders(qclock.now());
    expect(first).toMatchObject({ reminders: 0, failed: 0 });
    expect(first.expired).toBeGreaterThanOrEqual(1);
    const second = await service.applyExpiriesAndReminders(qclock.now());
    expect(second).toMatchObject({ expired: 0, reminders: 0, failed: 0 });

    const token = await relogin(a.email);
    const got = await request(q.app).get(`/api/v1/demands/${a.demandId}`).set(auth(token));
    expect(got.body.status).toBe('expired');
    expect(got.body.history.filter((h: { action: string }) => h.action === 'expired')).toEqual([
      expect.objectContaining({ from: 'active', to: 'expired', actor: 'system', reason: 'Non renouvelée' }),
    ]);
    expectProblem(await request(q.app).post(`/api/v1/demands/${a.demandId}/renew`).set(auth(token)), 409);
    const expiredNotes = rows(await q.db.database.db.execute(sql`select * from demand.notifications where kind = 'demand.expired' and payload->>'demandId' = ${a.demandId}`));
    expect(expiredNotes).toHaveLength(1);

    // the applicant can start a new demand once the old one has expired
    expect((await request(q.app).post('/api/v1/demands').set(auth(token)).send(demandData())).status).toBe(201);
  });
});

describe('OpenAPI', () => {
  it('documents the demand routes in a valid document', async () => {
    const res = await request(p.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/demands', '/api/v1/demands/{id}', '/api/v1/demands/{id}/validate', '/api/v1/demands/{id}/reject']),
    );
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
  });
});
