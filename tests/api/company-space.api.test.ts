import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Validator } from '@seriousme/openapi-schema-validator';
import { COMPANY_SPACE } from '../../src/modules/company-space/index';
import { INVITATION_KIND } from '../../src/modules/company-space/application/invitation-link';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';

/** SIRETs with a valid Luhn key (SIREN 552100554: 55210055400013 …). */
const luhn = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};
/** The first valid SIRET of a SIREN from a NIC prefix (the last digit is the key). */
const siretOf = (siren: string, nic4: string) => {
  for (let k = 0; k < 10; k++) if (luhn(`${siren}${nic4}${k}`)) return `${siren}${nic4}${k}`;
  throw new Error('no key');
};
const sirenWithKey = (eight: string) => {
  for (let k = 0; k < 10; k++) if (luhn(`${eight}${k}`)) return `${eight}${k}`;
  throw new Error('no key');
};

let p: TestPlatform;
let agent: string;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  p = await createTestPlatform();
  agent = (await p.signIn('agent')).token;
});
afterAll(async () => p?.close());

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
};

async function invitationTokenFor(email: string): Promise<string> {
  const found = rows<{ payload: { invitationToken: string } }>(
    await p.db.database.db.execute(sql`select payload from company_space.outbox where to_email = ${email} and kind = ${INVITATION_KIND} order by id desc limit 1`),
  );
  expect(found).toHaveLength(1);
  return found[0]!.payload.invitationToken;
}

/** A company with a deployed space, a signed-in manager and quotas. */
async function deployedCompany(options: { headcount?: number; quotas?: { A?: number; B?: number; C?: number }; delegatesToAls?: boolean } = {}) {
  const siren = sirenWithKey(String(10_000_000 + Math.floor(Math.random() * 89_999_999)));
  const siret = siretOf(siren, '0001');
  const created = await request(p.app)
    .post('/api/v1/companies')
    .set(auth(agent))
    .send({
      name: `Entreprise ${siren}`,
      sirets: [siret],
      headcount: options.headcount ?? 1200,
      contribution: 'contributing',
      delegatesToAls: options.delegatesToAls ?? false,
    });
  expect(created.status, created.text).toBe(201);
  const id = created.body.id as string;
  const email = `rh-${siren}@example.fr`;
  const configured = await request(p.app)
    .post(`/api/v1/companies/${id}/space`)
    .set(auth(agent))
    .send({
      action: 'configure',
      managers: [{ email, displayName: 'Responsable RH' }],
      quotas: { A: 5, B: 5, C: 5, ...options.quotas },
    });
  expect(configured.status, configured.text).toBe(200);
  expect((await request(p.app).post(`/api/v1/companies/${id}/space`).set(auth(agent)).send({ action: 'deploy' })).status).toBe(200);
  const token = await invitationTokenFor(email);
  expect((await request(p.app).post('/api/v1/auth/invitations/accept').send({ token, password: TEST_PASSWORD })).status).toBe(200);
  const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
  return { id, siret, siren, manager: login.body.accessToken as string };
}

const service = () => p.container.get(COMPANY_SPACE.Service);

describe('the acceptance path', () => {
  it('a company asks for a space, an agent configures and deploys it, a manager validates an employee and grants tranche A', async () => {
    const siret = '55210055400013'; // SIREN 552100554, valid Luhn key
    // 1. the company asks for a space (public)
    const asked = await request(p.app).post('/api/v1/companies/space-requests').send({
      companyName: 'Danone Eaux',
      siret: '552 100 554 00013',
      contactName: 'Claire Martin',
      contactEmail: 'Claire.Martin@danone.example',
      contactPhone: '01 23 45 67 89',
    });
    expect(asked.status, asked.text).toBe(201);
    expect(Object.keys(asked.body).sort()).toEqual(['receivedAt', 'requestId']);

    const requests = await request(p.app).get('/api/v1/companies/space-requests?open=true').set(auth(agent));
    expect(requests.status).toBe(200);
    const req = requests.body.items.find((r: { siret: string }) => r.siret === siret);
    expect(req).toMatchObject({ companyName: 'Danone Eaux', contactEmail: 'claire.martin@danone.example', spaceStatus: 'requested' });
    const companyId = req.companyId as string;

    // 2. the agent completes the referential, configures (invites a manager, quotas, policy) and deploys
    const patched = await request(p.app).patch(`/api/v1/companies/${companyId}`).set(auth(agent)).send({ headcount: 8000, contribution: 'contributing' });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({ siren: '552100554', sizeClass: 'GE', contribution: 'contributing', space: { status: 'requested' } });

    expectProblem(await request(p.app).post(`/api/v1/companies/${companyId}/space`).set(auth(agent)).send({ action: 'deploy' }), 409, 'COMPANY.INVALID_SPACE_TRANSITION');
    const configured = await request(p.app)
      .post(`/api/v1/companies/${companyId}/space`)
      .set(auth(agent))
      .send({
        action: 'configure',
        managers: [{ email: 'rh@danone.example', displayName: 'Camille RH' }],
        quotas: { A: 2, B: 3, C: 4 },
        descriptions: { A: 'Recrutement, apprentissage, mobilité', B: 'Rapprochement domicile-travail', C: 'Moins de 30 ans, CDI de plus de 2 ans' },
      });
    expect(configured.status, configured.text).toBe(200);
    expect(configured.body.space.status).toBe('configured');
    expect(configured.body.managers).toEqual([expect.objectContaining({ email: 'rh@danone.example', displayName: 'Camille RH' })]);
    expect(JSON.stringify(configured.body)).not.toMatch(/invitationToken/);
    const deployed = await request(p.app).post(`/api/v1/companies/${companyId}/space`).set(auth(agent)).send({ action: 'deploy' });
    expect(deployed.status).toBe(200);
    expect(deployed.body.space.status).toBe('deployed');
    expect(deployed.body.spaceHistory.map((e: { to: string }) => e.to)).toEqual(['requested', 'configured', 'deployed']);
    const handled = await request(p.app).get('/api/v1/companies/space-requests?open=true').set(auth(agent));
    expect(handled.body.items.find((r: { siret: string }) => r.siret === siret)).toBeUndefined();

    // 3. the manager sets a password through the invitation link and signs in
    const token = await invitationTokenFor('rh@danone.example');
    expect((await request(p.app).post('/api/v1/auth/invitations/accept').send({ token, password: TEST_PASSWORD })).status).toBe(200);
    const login = await request(p.app).post('/api/v1/auth/login').send({ email: 'rh@danone.example', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const manager = login.body.accessToken as string;
    const own = await request(p.app).get(`/api/v1/companies/${companyId}`).set(auth(manager));
    expect(own.status).toBe(200);
    const listed = await request(p.app).get('/api/v1/companies').set(auth(manager));
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([companyId]);

    // 4. a demand declares this employer (the lead subscribes this to the demand module's events)
    const demandId = randomUUID();
    const input = {
      demandId,
      employerSiret: '55210055400013',
      applicantFirstName: 'Amina',
      applicantLastName: 'Diallo',
      applicantAccountId: randomUUID(),
      requestedAt: new Date('2026-02-01T09:00:00Z'),
    };
    expect(await service().recordValidationRequest(input)).toEqual({ outcome: 'recorded', companyId, status: 'pending' });
    expect(await service().recordValidationRequest(input)).toEqual({ outcome: 'unchanged', companyId, status: 'pending' });

    const employees = await request(p.app).get(`/api/v1/companies/${companyId}/employees`).set(auth(manager));
    expect(employees.status, employees.text).toBe(200);
    expect(employees.body.total).toBe(1);
    expect(employees.body.items[0]).toEqual({
      demandId,
      firstName: 'Amina',
      lastName: 'Diallo',
      requestedAt: '2026-02-01T09:00:00.000Z',
      status: 'pending',
      validatedBy: null,
      validatedAt: null,
      withdrawnAt: null,
      decidedAt: null,
      reason: null,
      tranches: [],
    });
    expect(employees.body.quotas).toEqual([
      { tranche: 'A', quota: 2, used: 0, left: 2 },
      { tranche: 'B', quota: 3, used: 0, left: 3 },
      { tranche: 'C', quota: 4, used: 0, left: 4 },
    ]);

    // 5. the manager validates and grants tranche A
    expectProblem(
      await request(p.app).post(`/api/v1/companies/${companyId}/employees/${demandId}/tranches`).set(auth(manager)).send({ tranche: 'A', reason: 'Recrutement' }),
      409,
      'COMPANY.EMPLOYEE_NOT_VALIDATED',
    );
    const validated = await request(p.app).post(`/api/v1/companies/${companyId}/employees/${demandId}/validation`).set(auth(manager)).send({ decision: 'validate' });
    expect(validated.status, validated.text).toBe(200);
    expect(validated.body).toMatchObject({ status: 'validated', validatedBy: 'manager' });
    const granted = await request(p.app)
      .post(`/api/v1/companies/${companyId}/employees/${demandId}/tranches`)
      .set(auth(manager))
      .send({ tranche: 'A', reason: 'Recrutement en CDI' });
    expect(granted.status, granted.text).toBe(201);
    expect(granted.body).toMatchObject({ demandId, tranche: 'A', reason: 'Recrutement en CDI', quota: { quota: 2, used: 1, left: 1 } });
    expectProblem(
      await request(p.app).post(`/api/v1/companies/${companyId}/employees/${demandId}/tranches`).set(auth(manager)).send({ tranche: 'A', reason: 'Encore' }),
      409,
      'COMPANY.TRANCHE_ALREADY_GRANTED',
    );

    // 6. the scoring reads the facts
    const today = new Date().toISOString().slice(0, 10);
    expect(await service().companyFactsForDemand(demandId, today)).toEqual({
      companyId,
      validated: true,
      validatedBy: 'manager',
      contribution: 'contributing',
      sizeClass: 'GE',
      tranches: ['A'],
      delegatesToAls: false,
    });
    // before the validation day, it was not validated yet
    expect(await service().companyFactsForDemand(demandId, '2020-01-01')).toMatchObject({ validated: false, validatedBy: null, tranches: [] });
    const batch = await service().companyFactsForDemands([demandId, randomUUID()], today);
    expect(batch.size).toBe(1);
    expect(batch.get(demandId)?.tranches).toEqual(['A']);

    // the audit trail knows who did what, acting for the company
    const audit = rows<{ action: string; acting_for_kind: string; acting_for_id: string }>(
      await p.db.database.db.execute(sql`select action, acting_for_kind, acting_for_id from platform.audit_entries where object_id = ${demandId} order by id`),
    );
    expect(audit.map((a) => a.action)).toEqual(['company.employee_validated', 'company.tranche_granted']);
    expect(audit.every((a) => a.acting_for_kind === 'company' && a.acting_for_id === companyId)).toBe(true);

    // the policy: descriptions for an employee, quotas for the manager
    const applicant = await p.signIn('applicant');
    const publicPolicy = await request(p.app).get(`/api/v1/companies/${companyId}/policy`).set(auth(applicant.token));
    expect(publicPolicy.status).toBe(200);
    expect(publicPolicy.body.tranches[0]).toMatchObject({ tranche: 'A', description: 'Recrutement, apprentissage, mobilité' });
    expect(publicPolicy.body.quotas).toBeUndefined();
    const managerPolicy = await request(p.app).get(`/api/v1/companies/${companyId}/policy`).set(auth(manager));
    expect(managerPolicy.body.quotas[0]).toEqual({ tranche: 'A', quota: 2, used: 1, left: 1 });

    // figures
    const figures = await service().spaceFigures();
    expect(figures.spaces.deployed).toBeGreaterThanOrEqual(1);
    expect(figures.spaceRequests.total).toBeGreaterThanOrEqual(1);
  });
});

describe('space requests', () => {
  it('refuses a SIRET with a wrong key or format (422 naming the field) and unknown fields (400)', async () => {
    const base = { companyName: 'X', contactName: 'Y', contactEmail: 'y@example.fr' };
    const bad = await request(p.app)
      .post('/api/v1/companies/space-requests')
      .send({ ...base, siret: '55210055400014' });
    expectProblem(bad, 422, 'COMPANY.INVALID_SPACE_REQUEST');
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'siret' })]);
    expectProblem(
      await request(p.app)
        .post('/api/v1/companies/space-requests')
        .send({ ...base, siret: '5521005540001' }),
      400,
      'REQUEST.INVALID',
    );
    expectProblem(
      await request(p.app)
        .post('/api/v1/companies/space-requests')
        .send({ ...base, siret: '55210055400013', headcount: 3 }),
      400,
      'REQUEST.INVALID',
    );
  });

  it('accepts La Poste establishments (sum of digits multiple of 5) and finds the company by its SIREN', async () => {
    const first = await request(p.app)
      .post('/api/v1/companies/space-requests')
      .send({ companyName: 'La Poste', siret: '35600000012346', contactName: 'A', contactEmail: 'a@laposte.example' });
    expect(first.status, first.text).toBe(201);
    const second = await request(p.app)
      .post('/api/v1/companies/space-requests')
      .send({ companyName: 'La Poste Lyon', siret: '35600000054322', contactName: 'B', contactEmail: 'b@laposte.example' });
    expect(second.status).toBe(201);
    const found = await request(p.app).get('/api/v1/companies?q=356000000').set(auth(agent));
    expect(found.body.total).toBe(1);
    expect(found.body.items[0].sirets).toEqual(['35600000012346', '35600000054322']);
    expect(found.body.items[0].sizeClass).toBeNull();
  });
});

describe('authorization', () => {
  let x: Awaited<ReturnType<typeof deployedCompany>>;
  let y: Awaited<ReturnType<typeof deployedCompany>>;
  let demandOfY: string;
  beforeAll(async () => {
    x = await deployedCompany();
    y = await deployedCompany();
    demandOfY = randomUUID();
    await service().recordValidationRequest({ demandId: demandOfY, employerSiret: y.siret, applicantFirstName: 'B', applicantLastName: 'M', requestedAt: new Date() });
  });

  it('the manager of X gets 404 on Y’s company, employees, validations, tranches and candidacies', async () => {
    const h = auth(x.manager);
    expectProblem(await request(p.app).get(`/api/v1/companies/${y.id}`).set(h), 404, 'COMPANY.NOT_FOUND');
    expectProblem(await request(p.app).patch(`/api/v1/companies/${y.id}`).set(h).send({ delegatesToAls: true }), 404, 'COMPANY.NOT_FOUND');
    expectProblem(await request(p.app).get(`/api/v1/companies/${y.id}/employees`).set(h), 404, 'COMPANY.NOT_FOUND');
    expectProblem(await request(p.app).get(`/api/v1/companies/${y.id}/candidacies`).set(h), 404, 'COMPANY.NOT_FOUND');
    expectProblem(
      await request(p.app)
        .put(`/api/v1/companies/${y.id}/policy`)
        .set(h)
        .send({ quotas: { A: 99 } }),
      404,
      'COMPANY.NOT_FOUND',
    );
    expectProblem(await request(p.app).post(`/api/v1/companies/${y.id}/employees/${demandOfY}/validation`).set(h).send({ decision: 'validate' }), 404, 'COMPANY.NOT_FOUND');
    expectProblem(await request(p.app).post(`/api/v1/companies/${y.id}/employees/${demandOfY}/tranches`).set(h).send({ tranche: 'A', reason: 'xxx' }), 404, 'COMPANY.NOT_FOUND');
    expectProblem(await request(p.app).delete(`/api/v1/companies/${y.id}/employees/${demandOfY}/tranches/A`).set(h), 404, 'COMPANY.NOT_FOUND');
    // Y's employee through X's own space: not found either
    expectProblem(
      await request(p.app).post(`/api/v1/companies/${x.id}/employees/${demandOfY}/validation`).set(h).send({ decision: 'validate' }),
      404,
      'COMPANY.EMPLOYEE_NOT_FOUND',
    );
    // nothing changed at Y
    const list = await request(p.app).get(`/api/v1/companies/${y.id}/employees`).set(auth(y.manager));
    expect(list.body.items[0].status).toBe('pending');
  });

  it('an applicant gets 403 on manager and agent endpoints; no token gets 401', async () => {
    const { token } = await p.signIn('applicant');
    const h = auth(token);
    expectProblem(await request(p.app).get('/api/v1/companies').set(h), 403);
    expectProblem(await request(p.app).get(`/api/v1/companies/${y.id}`).set(h), 403);
    expectProblem(await request(p.app).get(`/api/v1/companies/${y.id}/employees`).set(h), 403);
    expectProblem(await request(p.app).get(`/api/v1/companies/${y.id}/candidacies`).set(h), 403);
    expectProblem(
      await request(p.app)
        .put(`/api/v1/companies/${y.id}/policy`)
        .set(h)
        .send({ quotas: { A: 1 } }),
      403,
    );
    expectProblem(await request(p.app).post(`/api/v1/companies/${y.id}/employees/${demandOfY}/validation`).set(h).send({ decision: 'validate' }), 403);
    expectProblem(await request(p.app).post(`/api/v1/companies/${y.id}/employees/${demandOfY}/tranches`).set(h).send({ tranche: 'A', reason: 'xxx' }), 403);
    expectProblem(await request(p.app).post(`/api/v1/companies/${y.id}/space`).set(h).send({ action: 'suspend' }), 403);
    expectProblem(await request(p.app).get(`/api/v1/companies/${y.id}/employees`), 401);
  });

  it('a manager may not change ALS’s facts about the company, nor act on the space', async () => {
    expectProblem(await request(p.app).patch(`/api/v1/companies/${x.id}`).set(auth(x.manager)).send({ headcount: 10 }), 403, 'COMPANY.FIELD_NOT_ALLOWED');
    expectProblem(await request(p.app).post(`/api/v1/companies/${x.id}/space`).set(auth(x.manager)).send({ action: 'suspend' }), 403);
  });

  it('the employee list shows names, dates, status and tranches only', async () => {
    const res = await request(p.app).get(`/api/v1/companies/${y.id}/employees`).set(auth(y.manager));
    expect(Object.keys(res.body.items[0]).sort()).toEqual([
      'decidedAt',
      'demandId',
      'firstName',
      'lastName',
      'reason',
      'requestedAt',
      'status',
      'tranches',
      'validatedAt',
      'validatedBy',
      'withdrawnAt',
    ]);
  });

  it('a suspended space closes the manager’s actions (409); deploying again reopens it', async () => {
    expect((await request(p.app).post(`/api/v1/companies/${x.id}/space`).set(auth(agent)).send({ action: 'suspend', reason: 'Contrat en cours de renouvellement' })).status).toBe(
      200,
    );
    expectProblem(await request(p.app).get(`/api/v1/companies/${x.id}/employees`).set(auth(x.manager)), 409, 'COMPANY.SPACE_NOT_DEPLOYED');
    const policy = await request(p.app)
      .get(`/api/v1/companies/${x.id}/policy`)
      .set(auth((await p.signIn('applicant')).token));
    expectProblem(policy, 404, 'COMPANY.NOT_FOUND');
    expect((await request(p.app).post(`/api/v1/companies/${x.id}/space`).set(auth(agent)).send({ action: 'deploy' })).status).toBe(200);
    expect((await request(p.app).get(`/api/v1/companies/${x.id}/employees`).set(auth(x.manager))).status).toBe(200);
  });

  it('candidacies: a company without validated employees sees an empty, paged list (the contents are checked in candidacy.api.test.ts)', async () => {
    const res = await request(p.app).get(`/api/v1/companies/${y.id}/candidacies`).set(auth(y.manager));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
  });
});

describe('employees: decisions, tranches, delegation', () => {
  it('reject needs a reason; withdraw revokes the tranches and gives the units back; revoke gives one back', async () => {
    const c = await deployedCompany({ quotas: { A: 1, B: 1 } });
    const demandId = randomUUID();
    await service().recordValidationRequest({ demandId, employerSiret: c.siret, applicantFirstName: 'C', applicantLastName: 'D', requestedAt: new Date() });
    const url = `/api/v1/companies/${c.id}/employees/${demandId}`;
    const h = auth(c.manager);
    expectProblem(await request(p.app).post(`${url}/validation`).set(h).send({ decision: 'reject' }), 422, 'COMPANY.REASON_REQUIRED');
    expectProblem(await request(p.app).post(`${url}/validation`).set(h).send({ decision: 'withdraw' }), 409, 'COMPANY.INVALID_VALIDATION_TRANSITION');
    const rejected = await request(p.app).post(`${url}/validation`).set(h).send({ decision: 'reject', reason: 'Inconnu du service RH' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Inconnu du service RH' });
    expect((await request(p.app).post(`${url}/validation`).set(h).send({ decision: 'validate' })).body.status).toBe('validated');
    expect((await request(p.app).post(`${url}/tranches`).set(h).send({ tranche: 'A', reason: 'Mobilité' })).status).toBe(201);
    expect((await request(p.app).post(`${url}/tranches`).set(h).send({ tranche: 'B', reason: 'Rapprochement' })).status).toBe(201);
    expect((await request(p.app).delete(`${url}/tranches/B?reason=erreur`).set(h)).status).toBe(204);
    expectProblem(await request(p.app).delete(`${url}/tranches/B`).set(h), 404, 'COMPANY.GRANT_NOT_FOUND');
    let list = await request(p.app).get(`/api/v1/companies/${c.id}/employees`).set(h);
    expect(list.body.items[0].tranches.map((t: { tranche: string }) => t.tranche)).toEqual(['A']);
    expect(list.body.quotas.slice(0, 2)).toEqual([
      { tranche: 'A', quota: 1, used: 1, left: 0 },
      { tranche: 'B', quota: 1, used: 0, left: 1 },
    ]);
    // the quota cannot go below what is used
    expectProblem(
      await request(p.app)
        .put(`/api/v1/companies/${c.id}/policy`)
        .set(h)
        .send({ quotas: { A: 0 } }),
      409,
      'COMPANY.QUOTA_BELOW_USED',
    );
    const withdrawn = await request(p.app).post(`${url}/validation`).set(h).send({ decision: 'withdraw', reason: 'Départ de l’entreprise' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', tranches: [] });
    list = await request(p.app).get(`/api/v1/companies/${c.id}/employees`).set(h);
    expect(list.body.quotas[0]).toEqual({ tranche: 'A', quota: 1, used: 0, left: 1 });
    const facts = await service().companyFactsForDemand(demandId, new Date().toISOString().slice(0, 10));
    expect(facts).toMatchObject({ validated: false, tranches: [] });
    expect(
      (
        await request(p.app)
          .put(`/api/v1/companies/${c.id}/policy`)
          .set(h)
          .send({ quotas: { A: 0 } })
      ).status,
    ).toBe(200);
  });

  it('a company that delegates to ALS has its employees validated at once; an unknown SIRET waits for its company', async () => {
    const c = await deployedCompany({ delegatesToAls: true, headcount: 40 });
    const demandId = randomUUID();
    expect(await service().recordValidationRequest({ demandId, employerSiret: c.siret, applicantFirstName: 'E', applicantLastName: 'F', requestedAt: new Date() })).toMatchObject({
      outcome: 'recorded',
      status: 'validated',
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(await service().companyFactsForDemand(demandId, today)).toMatchObject({ validated: true, validatedBy: 'delegation', sizeClass: 'PME', delegatesToAls: true });

    // a demand names an establishment not in the referential yet; when the agent adds it, it joins
    const later = randomUUID();
    const newSiret = siretOf(c.siren, '0099');
    expect(await service().recordValidationRequest({ demandId: later, employerSiret: newSiret, applicantFirstName: 'G', applicantLastName: 'H', requestedAt: new Date() })).toEqual(
      { outcome: 'recorded', companyId: null, status: 'pending' },
    );
    expect(await service().companyFactsForDemand(later, today)).toBeUndefined();
    const patched = await request(p.app)
      .patch(`/api/v1/companies/${c.id}`)
      .set(auth(agent))
      .send({ addSirets: [newSiret] });
    expect(patched.status, patched.text).toBe(200);
    expect(await service().companyFactsForDemand(later, today)).toMatchObject({ companyId: c.id, validated: true, validatedBy: 'delegation' });
  });

  it('the employer changing moves the request and revokes the old company’s tranches', async () => {
    const a = await deployedCompany();
    const b = await deployedCompany();
    const demandId = randomUUID();
    await service().recordValidationRequest({ demandId, employerSiret: a.siret, applicantFirstName: 'I', applicantLastName: 'J', requestedAt: new Date() });
    await request(p.app).post(`/api/v1/companies/${a.id}/employees/${demandId}/validation`).set(auth(a.manager)).send({ decision: 'validate' });
    expect(
      (await request(p.app).post(`/api/v1/companies/${a.id}/employees/${demandId}/tranches`).set(auth(a.manager)).send({ tranche: 'C', reason: 'Moins de 30 ans' })).status,
    ).toBe(201);
    expect(await service().recordValidationRequest({ demandId, employerSiret: b.siret, applicantFirstName: 'I', applicantLastName: 'J', requestedAt: new Date() })).toEqual({
      outcome: 'employer_changed',
      companyId: b.id,
      status: 'pending',
    });
    expect((await request(p.app).get(`/api/v1/companies/${a.id}/employees`).set(auth(a.manager))).body.quotas[2]).toMatchObject({ used: 0 });
    expect((await request(p.app).get(`/api/v1/companies/${b.id}/employees`).set(auth(b.manager))).body.items[0]).toMatchObject({ demandId, status: 'pending' });
  });

  it('a manager may choose to delegate to ALS: pending requests are validated at once', async () => {
    const c = await deployedCompany();
    const demandId = randomUUID();
    await service().recordValidationRequest({ demandId, employerSiret: c.siret, applicantFirstName: 'K', applicantLastName: 'L', requestedAt: new Date() });
    const res = await request(p.app).patch(`/api/v1/companies/${c.id}`).set(auth(c.manager)).send({ delegatesToAls: true });
    expect(res.status, res.text).toBe(200);
    const list = await request(p.app).get(`/api/v1/companies/${c.id}/employees`).set(auth(c.manager));
    expect(list.body.items[0]).toMatchObject({ status: 'validated', validatedBy: 'delegation' });
  });
});

describe('referential', () => {
  it('pages the companies, filters by space status, refuses duplicates and bad SIRETs', async () => {
    const page = await request(p.app).get('/api/v1/companies?pageSize=2&spaceStatus=deployed').set(auth(agent));
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeLessThanOrEqual(2);
    expect(page.body.items.every((c: { space: { status: string } }) => c.space.status === 'deployed')).toBe(true);
    expectProblem(await request(p.app).get('/api/v1/companies?pageSize=1000').set(auth(agent)), 400);
    expectProblem(
      await request(p.app)
        .post('/api/v1/companies')
        .set(auth(agent))
        .send({ name: 'Doublon', sirets: ['55210055400013'] }),
      409,
      'COMPANY.SIREN_TAKEN',
    );
    const other = siretOf(sirenWithKey('12345678'), '0001');
    const wrongSiren = await request(p.app)
      .post('/api/v1/companies')
      .set(auth(agent))
      .send({ name: 'Mix', sirets: [other, '55210055400013'] });
    expectProblem(wrongSiren, 422, 'COMPANY.INVALID_NUMBER');
    expect(wrongSiren.body.errors).toEqual([expect.objectContaining({ field: 'sirets.1' })]);
  });

  it('documents every company route in a valid OpenAPI document', async () => {
    const res = await request(p.app).get('/api/openapi.json');
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/companies',
        '/api/v1/companies/{id}',
        '/api/v1/companies/space-requests',
        '/api/v1/companies/{id}/space',
        '/api/v1/companies/{id}/policy',
        '/api/v1/companies/{id}/employees',
        '/api/v1/companies/{id}/employees/{demandId}/validation',
        '/api/v1/companies/{id}/employees/{demandId}/tranches',
        '/api/v1/companies/{id}/employees/{demandId}/tranches/{tranche}',
        '/api/v1/companies/{id}/candidacies',
      ]),
    );
  });
});
