import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { startTestSne } from '../support/sne';
import { FixedClock } from '../../src/shared/testing/clock';
import { BOOT } from '../../src/bootstrap/tokens';
import type { SneSimulator } from '../../src/adapters/sne/index';
import { startVerificationSimulator, type VerificationSimulator } from '../../src/adapters/verification/simulator/verification-simulator';
import { SMALL_PDF as PDF } from '../support/files';
import { registryDemandData } from '../support/scenario';
import { importRegistryDemand } from '../support/demand-import';

/**
 * Issue 9 §5, faults of the outside systems: the SNE and the verification provider made slow,
 * failing and garbage-speaking through their simulators' switches. What the applicant waits for
 * answers within its deadline (an import: 503 with Retry-After; a validation or an upload: at
 * once, the outside work queued); the queued work is retried and completes once the system
 * recovers; nothing is lost, nothing is done twice: one registration number per demand (also in
 * the registry, although it registered a demand whose answer the platform never saw), one
 * verification per document.
 */

const START = '2026-03-15T09:00:00.000Z';
const API_KEY = 'test-verification-api-key';
const SECRET = 'test-webhook-secret-0123456789abcdef0123';
/** deadline of one call to an outside system here; the simulators' slow mode answers after SLOW_MS */
const TIMEOUT_MS = 800;
const SLOW_MS = 2000;

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

const demandData = (lastName: string, birthDate: string) => registryDemandData({ lastName, birthDate });

let p: TestPlatform;
let sne: SneSimulator;
let verifier: VerificationSimulator;
let clock: FixedClock;
let dataDir: string;
let agent: { token: string };

beforeAll(async () => {
  clock = new FixedClock(START);
  dataDir = mkdtempSync(join(tmpdir(), 'alin-faults-'));
  const started = await startTestSne({ clock, retries: 1, timeoutMs: TIMEOUT_MS });
  sne = started.sne;
  verifier = await startVerificationSimulator({ webhookSecret: SECRET, apiKey: API_KEY, decisionDelayMs: 3_600_000, clock });
  p = await createTestPlatform({
    clock,
    env: {
      ...started.env,
      VERIFICATION_URL: verifier.url,
      VERIFICATION_API_KEY: API_KEY,
      VERIFICATION_WEBHOOK_SECRET: SECRET,
      VERIFICATION_TIMEOUT_MS: String(TIMEOUT_MS),
      VERIFICATION_RETRIES: '1',
      DATA_DIR: dataDir,
    },
  });
  agent = await p.signIn('agent');
});
afterAll(async () => {
  await p?.close();
  await sne?.close();
  await verifier?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const worker = () => p.container.get(BOOT.JobWorker);
/** Moves the clock past every retry's backoff, then runs the due jobs. */
async function laterDrain(minutes = 60): Promise<void> {
  clock.set(new Date(clock.now().getTime() + minutes * 60_000));
  await worker().drain();
}
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

/** An applicant's demand, submitted and validated by the agent; returns how long the validation took. */
async function validatedDemand(lastName: string, birthDate: string): Promise<{ demandId: string; token: string; validateMs: number }> {
  const applicant = await p.signIn('applicant');
  const created = await request(p.app).post('/api/v1/demands').set(auth(applicant.token)).send(demandData(lastName, birthDate));
  expect(created.status, created.text).toBe(201);
  const demandId = created.body.id as string;
  expect((await request(p.app).post(`/api/v1/demands/${demandId}/submit`).set(auth(applicant.token))).status).toBe(200);
  const { value: validated, ms } = await timed(() =>
    request(p.app)
      .post(`/api/v1/demands/${demandId}/validate`)
      .set(auth(agent.token))
      .send({ piecesOverride: { reason: 'Pièces vues au guichet (test)' } }),
  );
  expect(validated.status, validated.text).toBe(200);
  expect(validated.body).toMatchObject({ status: 'active', registrationPending: true });
  return { demandId, token: applicant.token, validateMs: ms };
}

async function jobsOf(kind: string, key: string): Promise<{ status: string; attempts: number; last_error: string | null }[]> {
  return rows(await p.db.database.db.execute(sql`select status, attempts, last_error from platform.jobs where kind = ${kind} and dedupe_key like ${`%${key}%`}`));
}
const registeredNumber = async (demandId: string): Promise<string | null> =>
  rows<{ n: string | null }>(await p.db.database.db.execute(sql`select registration_number as n from demand.demands where id = ${demandId}`))[0]!.n;
/** The registry's demands of one person (by last name): the duplicates the platform must never create. */
const inRegistry = (lastName: string) => sne.store.list().filter((d) => d.data.applicant.lastName === lastName);

async function importFresh(lastName: string, birthDate: string) {
  const seeded = sne.seed({ data: { ...demandData(lastName, birthDate), otherOccupants: [] } as never, registrationDate: '2025-01-10' });
  const someone = await p.signIn('applicant');
  const { value: res, ms } = await timed(() => request(p.app).post('/api/v1/demands/import').set(auth(someone.token)).send({ registry: 'sne', number: seeded.number, birthDate }));
  const mine = await request(p.app).get('/api/v1/demands').set(auth(someone.token));
  return { res, ms, number: seeded.number, token: someone.token, demandsOfApplicant: mine.body.total as number };
}

describe('the SNE slow (answers after the deadline, but acts)', () => {
  it('an import answers 503 with Retry-After within its deadline and creates nothing; it works once the SNE is back', async () => {
    sne.setMode('slow', { delayMs: SLOW_MS });
    const { res, ms, number, token, demandsOfApplicant } = await importFresh('Lenteur', '1981-02-03');
    expect(res.status, res.text).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('REGISTRY.UNAVAILABLE');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // two tries of TIMEOUT_MS and one backoff (≤ 200 ms): the applicant does not wait for the slow registry
    expect(ms).toBeLessThan(2 * TIMEOUT_MS + 1500);
    expect(demandsOfApplicant).toBe(0);

    sne.setMode('normal');
    const again = await importRegistryDemand(p, token, { registry: 'sne', number, birthDate: '1981-02-03' }); // number + birth date, then the code sent
    expect(again.status, again.text).toBe(201);
    const twice = await request(p.app).post('/api/v1/demands/import').set(auth(token)).send({ registry: 'sne', number, birthDate: '1981-02-03' });
    expect(twice.status).toBe(200);
    expect(twice.body.demandId).toBe(again.body.id); // two-step import: the first step answers the id of the demand already imported
  });

  it('validations answer at once; the registrations time out, wait in the queue, and complete with one number each — the one the SNE gave', async () => {
    sne.setMode('slow', { delayMs: SLOW_MS });
    const people = [
      ['Attente', '1979-05-06'],
      ['Delai', '1984-07-08'],
      ['Patience', '1990-09-10'],
    ] as const;
    const demands = [];
    for (const [name, birth] of people) demands.push(await validatedDemand(name, birth));
    // had it called the slow registry, it would have waited two deadlines (≥ 1.6 s)
    for (const d of demands) expect(d.validateMs).toBeLessThan(1500);

    await worker().drain(); // every registration times out: getNumUnique, then getDoublons on the retry
    for (const d of demands) {
      const [job] = await jobsOf('demand.register-with-registry', d.demandId);
      expect(job).toMatchObject({ status: 'pending', attempts: 1 });
      expect(job!.last_error).toMatch(/REGISTRY|indisponible|timeout/i);
      expect(await registeredNumber(d.demandId)).toBeNull();
    }
    await sleep(SLOW_MS + 300); // the slow registry finishes the work the platform gave up waiting for
    for (const [name] of people) expect(inRegistry(name)).toHaveLength(1);

    sne.setMode('normal');
    await laterDrain();
    for (const [i, d] of demands.entries()) {
      const [job] = await jobsOf('demand.register-with-registry', d.demandId);
      expect(job).toMatchObject({ status: 'done', attempts: 2 });
      const number = await registeredNumber(d.demandId);
      const registered = inRegistry(people[i]![0]);
      expect(registered).toHaveLength(1); // found again through getDoublons, not registered twice
      expect(number).toBe(registered[0]!.number);
      const view = await request(p.app).get(`/api/v1/demands/${d.demandId}`).set(auth(d.token));
      expect(view.body).toMatchObject({ registrationPending: false, registrationNumber: number });
      expect(view.body.history.filter((h: { action: string }) => h.action === 'registered')).toHaveLength(1);
    }
    const numbers = await Promise.all(demands.map((d) => registeredNumber(d.demandId)));
    expect(new Set(numbers).size).toBe(demands.length);
  });
});

describe('the SNE failing, then speaking garbage', () => {
  it('imports answer 503 and create nothing; registrations wait through both, then complete once', async () => {
    sne.setMode('failing');
    const failing = await importFresh('Panne', '1977-03-04');
    expect(failing.res.status, failing.res.text).toBe(503);
    expect(failing.res.headers['retry-after']).toBeDefined();
    expect(failing.demandsOfApplicant).toBe(0);
    const a = await validatedDemand('Coupure', '1986-01-02');
    await worker().drain();

    sne.setMode('garbage');
    const garbage = await importFresh('Charabia', '1978-04-05');
    expect(garbage.res.status, garbage.res.text).toBe(503);
    expect(garbage.res.body.code).toBe('REGISTRY.UNAVAILABLE');
    expect(garbage.demandsOfApplicant).toBe(0);
    const b = await validatedDemand('Bruit', '1987-02-03');
    await laterDrain();
    for (const d of [a, b]) {
      const [job] = await jobsOf('demand.register-with-registry', d.demandId);
      expect(job?.status).toBe('pending');
      expect(await registeredNumber(d.demandId)).toBeNull();
    }
    expect(inRegistry('Coupure')).toHaveLength(0);
    expect(inRegistry('Bruit')).toHaveLength(0);

    sne.setMode('normal');
    await laterDrain();
    for (const [d, name] of [
      [a, 'Coupure'],
      [b, 'Bruit'],
    ] as const) {
      const [job] = await jobsOf('demand.register-with-registry', d.demandId);
      expect(job?.status).toBe('done');
      expect(inRegistry(name)).toHaveLength(1);
      expect(await registeredNumber(d.demandId)).toBe(inRegistry(name)[0]!.number);
    }
  });
});

describe('the verification provider slow, failing, then garbage', () => {
  it('uploads answer at once; each document is verified once, after the provider recovers', async () => {
    const { demandId, token } = await validatedDemand('Pieces', '1983-11-12');
    verifier.setMode('slow', { delayMs: SLOW_MS });
    const documentIds: string[] = [];
    for (const [type, extra] of [
      ['identity', {}],
      ['tax_notice', { taxYear: '2025' }],
    ] as const) {
      let req = request(p.app).post(`/api/v1/demands/${demandId}/documents`).set(auth(token)).field('documentType', type);
      for (const [k, v] of Object.entries(extra)) req = req.field(k, v);
      const { value: res, ms } = await timed(() => req.attach('files', PDF, { filename: `${type}.pdf`, contentType: 'application/pdf' }));
      expect(res.status, res.text).toBe(201);
      expect(ms).toBeLessThan(1500); // calling the slow provider would take two deadlines (≥ 1.6 s)
      documentIds.push(res.body.documents[0].id);
    }

    // slow: the submissions time out (the provider still receives them, after the platform gave up)
    await worker().drain();
    await sleep(SLOW_MS + 300);
    // failing, then garbage: the retries fail, nothing is decided
    verifier.setMode('failing');
    await laterDrain();
    verifier.setMode('garbage');
    await laterDrain();
    for (const id of documentIds) {
      const [job] = await jobsOf('document.verify', id);
      expect(job).toMatchObject({ status: 'pending', attempts: 3 });
      expect(job!.last_error).toMatch(/VERIFICATION|indisponible/i);
    }
    const pending = await request(p.app).get(`/api/v1/demands/${demandId}/documents`).set(auth(token));
    expect(pending.body.items.map((d: { status: string }) => d.status)).toEqual(['verification_pending', 'verification_pending']);

    verifier.setMode('normal');
    await laterDrain();
    for (const id of documentIds) expect((await jobsOf('document.verify', id))[0]?.status).toBe('done');
    // one verification per document at the provider, although it was sent each several times
    const received = verifier.received().filter((d) => documentIds.includes(d.documentId));
    expect(received.map((d) => d.documentId).sort()).toEqual([...documentIds].sort());
    const refs = rows<{ ref: string }>(await p.db.database.db.execute(sql`select provider_ref as ref from demand.documents where demand_id = ${demandId}`));
    expect(refs.map((r) => r.ref).sort()).toEqual(received.map((d) => d.providerRef).sort());

    await verifier.flush();
    await laterDrain(); // the polls
    const docs = await request(p.app).get(`/api/v1/demands/${demandId}/documents`).set(auth(token));
    expect(docs.body.items.map((d: { status: string }) => d.status)).toEqual(['verified', 'verified']);
    const left = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from platform.jobs where status <> 'done'`));
    expect(left[0]!.n).toBe(0);
  });
});
