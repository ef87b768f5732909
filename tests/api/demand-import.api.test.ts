import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { FixedClock } from '../../src/shared/testing/clock';
import { BOOT } from '../../src/bootstrap/tokens';
import type { SneSimulator } from '../../src/adapters/sne/index';
import { familyDemand } from '../fixtures/sne/sne-fixtures';
import { startTestSne } from '../support/sne';
import { confirmImport, importRegistryDemand, sentImportCode } from '../support/demand-import';

const START = '2026-03-15T09:00:00.000Z';
const NUMBER = familyDemand.number; // 0590625004217T0001
const BIRTH_DATE = familyDemand.data.applicant.birthDate; // 1986-04-12

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Demand data that passes submission in 2026: one person in Lyon. */
function platformDemand() {
  return {
    applicant: {
      civility: '2',
      lastName: 'Roux',
      firstName: 'Inès',
      birthDate: '1992-07-03',
      nationality: '1',
      familySituation: 'C',
      phone: '0611223344',
      email: 'ines.roux@example.org',
      employment: { profession: 'Infirmière', contractType: 'CDI', employerName: 'Hospices civils', workplaceCommuneCode: '69383' },
      resources: [{ code: 'SAL', monthlyAmount: 2300 }],
      taxIncome: { yearMinus1: 2025, amountMinus1: 26000, yearMinus2: 2024, amountMinus2: 25000 },
      address: { line: '12 rue Garibaldi', postalCode: '69003', communeCode: '69383' },
    },
    reasons: ['too_expensive'],
    wishes: { communeCodes: ['69383'], typologies: [2] },
    currentHousing: { kind: 'LP', monthlyRent: 780 },
  };
}

let p: TestPlatform;
let sne: SneSimulator;
let clock: FixedClock;
let sneEnv: Record<string, string>;

beforeAll(async () => {
  clock = new FixedClock(START);
  const started = await startTestSne({ clock, retries: 1, timeoutMs: 2000 });
  sne = started.sne;
  sneEnv = started.env as Record<string, string>;
  p = await createTestPlatform({ clock, env: started.env });
});
afterAll(async () => {
  await p?.close();
  await sne?.close();
});

const importDemand = (token: string, body: Record<string, unknown>) => request(p.app).post('/api/v1/demands/import').set(auth(token)).send(body);

describe('bringing back a demand from the SNE', () => {
  let applicant: { token: string; accountId: string };
  let demandId: string;

  it('imports the fixture demand (interfaceNuu): household, resources, tax income and registration date exactly as in the XML; active', async () => {
    applicant = await p.signIn('applicant');
    // step 1 (two-step flow, issue 19): number and birth date match → a code to the registry's e-mail, shown masked; nothing of the demand yet
    const started = await importDemand(applicant.token, { registry: 'sne', number: NUMBER, birthDate: BIRTH_DATE });
    expect(started.status, started.text).toBe(202);
    expect(started.body).toEqual({ outcome: 'code_sent', challengeId: expect.any(String), channel: 'email', sentTo: 'n•••@e•••.org', expiresAt: '2026-03-15T09:15:00.000Z' });
    expect((await request(p.app).get('/api/v1/demands').set(auth(applicant.token))).body.total).toBe(0);
    const sent = await sentImportCode(p, started.body.challengeId);
    expect(sent).toEqual({ code: expect.stringMatching(/^\d{6}$/), toEmail: 'nadia.benali@example.org' });
    // step 2: the code
    const res = await confirmImport(p, applicant.token, { challengeId: started.body.challengeId, code: sent!.code! });
    expect(res.status, res.text).toBe(201);
    demandId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'active',
      source: 'registry',
      registry: 'sne',
      registrationNumber: NUMBER,
      registrationDate: '2025-06-02',
      renewalDueDate: '2026-06-02',
      registrationPending: false,
      ownerAccountId: applicant.accountId,
    });
    expect(res.body.data).toEqual({ ...familyDemand.data, dalo: false });
    // the figures the platform derives from it
    expect(res.body.data.applicant.resources).toEqual([
      { code: 'SAL', monthlyAmount: 2150.5 },
      { code: 'AF', monthlyAmount: 148.52 },
      { code: 'PAJE', monthlyAmount: 192.02 },
      { code: 'PAR', monthlyAmount: 120 },
    ]);
    expect(res.body.data.applicant.taxIncome).toEqual({ yearMinus1: 2024, amountMinus1: 31250, yearMinus2: 2023, amountMinus2: 29800 });
    expect(res.body.data.coApplicant).toMatchObject({ lastName: 'Garnier', link: 'P', taxIncome: { yearMinus1: 2024, amountMinus1: 15400, yearMinus2: 2023 } });
    expect(res.body.data.otherOccupants).toHaveLength(3);
    expect(res.body.history).toEqual([expect.objectContaining({ action: 'imported', from: 'draft', to: 'active', actor: 'applicant' })]);
    const audit = rows(await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'demand.imported' and object_id = ${demandId}`));
    expect(audit).toHaveLength(1);
  });

  it('returns the same demand when the same number is imported again (200), spaces and case aside', async () => {
    const again = await importDemand(applicant.token, { registry: 'sne', number: ` ${NUMBER.slice(0, 9)} ${NUMBER.slice(9).toLowerCase()} `, birthDate: BIRTH_DATE });
    expect(again.status, again.text).toBe(200);
    // two-step flow: the first step answers the demand's id (no code is sent again), not the demand's view
    expect(again.body).toEqual({ outcome: 'already_imported', demandId });
    const count = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from demand.demands where registration_number = ${NUMBER}`));
    expect(count[0]!.n).toBe(1);
  });

  it('answers the same 404 to a wrong birth date, an unknown number, and a number held by another account (audited)', async () => {
    const someone = await p.signIn('applicant');
    const wrongBirth = await importDemand(someone.token, { registry: 'sne', number: '1110318016982G1104', birthDate: '1986-04-13' });
    const unknown = await importDemand(someone.token, { registry: 'sne', number: '1110318016982G1104', birthDate: BIRTH_DATE });
    const taken = await importDemand(someone.token, { registry: 'sne', number: NUMBER, birthDate: BIRTH_DATE });
    for (const res of [wrongBirth, unknown, taken]) {
      expect(res.status, res.text).toBe(404);
      expect(res.body.code).toBe('DEMAND.NOT_FOUND');
      expect(res.body.detail).toBe(taken.body.detail);
    }
    // the owner with a wrong birth date gets the same answer
    const ownerWrong = await importDemand(applicant.token, { registry: 'sne', number: NUMBER, birthDate: '1986-04-13' });
    expect(ownerWrong.status).toBe(404);
    const refusals = rows<{ detail: { reason: string } }>(
      await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'demand.import_refused' and actor_account_id = ${someone.accountId}`),
    );
    expect(refusals.map((r) => r.detail.reason).sort()).toEqual(['number_of_another_account', 'unknown_number', 'unknown_number']);
    const mine = await request(p.app).get('/api/v1/demands').set(auth(someone.token));
    expect(mine.body.total).toBe(0);
  });

  it('wrong birth date against the registry’s demand → 404 (the number exists in the SNE)', async () => {
    const fresh = sne.seed({ data: { ...platformDemand(), otherOccupants: [] } as never, registrationDate: '2024-11-05' });
    const someone = await p.signIn('applicant');
    const res = await importDemand(someone.token, { registry: 'sne', number: fresh.number, birthDate: '1992-07-04' });
    expect(res.status).toBe(404);
    const ok = await importRegistryDemand(p, someone.token, { registry: 'sne', number: fresh.number, birthDate: '1992-07-03' });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body).toMatchObject({ registrationDate: '2024-11-05', renewalDueDate: '2026-11-05', status: 'active' });
  });

  it('refuses bad input (400) and agents (403)', async () => {
    expect((await importDemand(applicant.token, { registry: 'sne', number: 'ABC', birthDate: BIRTH_DATE })).status).toBe(400);
    expect((await importDemand(applicant.token, { registry: 'imhoweb', number: NUMBER, birthDate: BIRTH_DATE })).status).toBe(400);
    expect((await importDemand(applicant.token, { registry: 'sne', number: NUMBER, birthDate: '1986-02-30' })).status).toBe(400);
    const agent = await p.signIn('agent');
    expect((await importDemand(agent.token, { registry: 'sne', number: NUMBER, birthDate: BIRTH_DATE })).status).toBe(403);
  });

  it('answers 503 with Retry-After while the SNE is down, and creates nothing; works once it is back', async () => {
    const fresh = sne.seed({
      data: { ...platformDemand(), applicant: { ...platformDemand().applicant, lastName: 'Durand', birthDate: '1980-01-20' }, otherOccupants: [] } as never,
    });
    const someone = await p.signIn('applicant');
    sne.setMode('failing');
    try {
      const res = await importDemand(someone.token, { registry: 'sne', number: fresh.number, birthDate: '1980-01-20' });
      expect(res.status, res.text).toBe(503);
      expect(res.body.code).toBe('REGISTRY.UNAVAILABLE');
      expect(res.headers['retry-after']).toBeDefined();
      expect((await request(p.app).get('/api/v1/demands').set(auth(someone.token))).body.total).toBe(0);
    } finally {
      sne.setMode('normal');
    }
    const retried = await importRegistryDemand(p, someone.token, { registry: 'sne', number: fresh.number, birthDate: '1980-01-20' });
    expect(retried.status, retried.text).toBe(201);
  });
});

describe('registering a new demand with the SNE', () => {
  it('an agent validates a platform demand; the queued job gets its 18-character number from the simulator', async () => {
    const applicant = await p.signIn('applicant');
    const agent = await p.signIn('agent');
    const created = await request(p.app).post('/api/v1/demands').set(auth(applicant.token)).send(platformDemand());
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    expect((await request(p.app).post(`/api/v1/demands/${id}/submit`).set(auth(applicant.token))).status).toBe(200);
    const validated = await request(p.app)
      .post(`/api/v1/demands/${id}/validate`)
      .set(auth(agent.token))
      .send({ piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
    expect(validated.status, validated.text).toBe(200);
    expect(validated.body).toMatchObject({ status: 'active', registrationPending: true });

    const pending = await request(p.app).get('/api/v1/demands').query({ registrationPending: 'true' }).set(auth(agent.token));
    expect(pending.body.items.map((i: { id: string }) => i.id)).toContain(id);

    await p.container.get(BOOT.JobWorker).drain();
    const after = await request(p.app).get(`/api/v1/demands/${id}`).set(auth(applicant.token));
    expect(after.body.registrationPending).toBe(false);
    expect(after.body.registrationNumber).toMatch(/^[0-9A-Z]{18}$/);
    expect(after.body.registrationDate).toBe('2026-03-15');
    expect(after.body.history.at(-1)).toMatchObject({ action: 'registered', actor: 'system' });
    // the simulator holds it under that number
    expect(sne.store.get(after.body.registrationNumber)?.data.applicant.lastName).toBe('Roux');
    const job = rows<{ status: string }>(await p.db.database.db.execute(sql`select status from platform.jobs where dedupe_key = ${`demand.register-with-registry:${id}`}`));
    expect(job.map((j) => j.status)).toEqual(['done']);
  });
});

describe('guessing numbers and birth dates by importing', () => {
  // its own platform, with low limits: 3 refused imports per account, 8 per address (every request here comes from loopback)
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({
      clock,
      env: { ...sneEnv, DEMAND_IMPORT_MAX_FAILURES_PER_ACCOUNT: '3', DEMAND_IMPORT_MAX_FAILURES_PER_ADDRESS: '8', DEMAND_IMPORT_FAILURE_WINDOW_SECONDS: '600' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });
  const post = (token: string, body: Record<string, unknown>) => request(t.app).post('/api/v1/demands/import').set(auth(token)).send(body);
  const seeded = (lastName: string, birthDate: string) =>
    sne.seed({ data: { ...platformDemand(), applicant: { ...platformDemand().applicant, lastName, birthDate }, otherOccupants: [] } as never });
  const expectThrottled = (res: request.Response) => {
    expect(res.status, res.text).toBe(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('DEMAND.IMPORT_THROTTLED');
    const wait = Number(res.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(600);
  };

  it('after 3 refused imports, the account waits (429, Retry-After, DEMAND.IMPORT_THROTTLED) even with the right number and birth date; nothing is created', async () => {
    const target = seeded('Lefort', '1975-05-05');
    const guesser = await t.signIn('applicant');
    for (const birthDate of ['1975-05-01', '1975-05-02', '1975-05-03']) {
      const res = await post(guesser.token, { registry: 'sne', number: target.number, birthDate });
      expect(res.status, res.text).toBe(404);
    }
    expectThrottled(await post(guesser.token, { registry: 'sne', number: target.number, birthDate: '1975-05-05' }));
    expect((await request(t.app).get('/api/v1/demands').set(auth(guesser.token))).body.total).toBe(0);
    // the throttled try reached neither the registry nor the audit trail of refusals
    const refusals = rows<{ n: number }>(
      await t.db.database.db.execute(sql`select count(*)::int as n from platform.audit_entries where action = 'demand.import_refused' and actor_account_id = ${guesser.accountId}`),
    );
    expect(refusals[0]!.n).toBe(3);
  });

  it('successes do not count: an account that imports and imports again only waits after its own 3rd refusal', async () => {
    const own = seeded('Morel', '1988-08-08');
    const applicant = await t.signIn('applicant');
    for (const birthDate of ['1988-08-01', '1988-08-02']) expect((await post(applicant.token, { registry: 'sne', number: own.number, birthDate })).status).toBe(404);
    const created = await importRegistryDemand(t, applicant.token, { registry: 'sne', number: own.number, birthDate: '1988-08-08' });
    expect(created.status, created.text).toBe(201);
    for (let i = 0; i < 3; i++) expect((await post(applicant.token, { registry: 'sne', number: own.number, birthDate: '1988-08-08' })).status).toBe(200);
    expect((await post(applicant.token, { registry: 'sne', number: own.number, birthDate: '1988-08-09' })).status).toBe(404);
    expectThrottled(await post(applicant.token, { registry: 'sne', number: own.number, birthDate: '1988-08-08' }));
  });

  it('per address: 8 refusals from one address make every account there wait, even one with fewer than 3 refusals of its own', async () => {
    // 6 refusals so far from this address (3 + 3); two more from a fresh account reach 8
    const target = seeded('Perrin', '1991-01-01');
    const fresh = await t.signIn('applicant');
    for (const birthDate of ['1991-01-02', '1991-01-03']) expect((await post(fresh.token, { registry: 'sne', number: target.number, birthDate })).status).toBe(404);
    expectThrottled(await post(fresh.token, { registry: 'sne', number: target.number, birthDate: '1991-01-01' }));
    const another = await t.signIn('applicant');
    expectThrottled(await post(another.token, { registry: 'sne', number: target.number, birthDate: '1991-01-01' }));
  });

  it('documents the 429 in the OpenAPI description of the route', async () => {
    const doc = await request(t.app).get('/api/openapi.json');
    expect(doc.body.paths['/api/v1/demands/import'].post.responses['429'].description).toContain('DEMAND.IMPORT_THROTTLED');
  });
});
