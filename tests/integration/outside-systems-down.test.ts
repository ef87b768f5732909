import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { FixedClock } from '../../src/shared/testing/clock';
import { BOOT } from '../../src/bootstrap/tokens';
import type { SneSimulator } from '../../src/adapters/sne/index';
import { startVerificationSimulator, type VerificationSimulator } from '../../src/adapters/verification/simulator/verification-simulator';
import { familyDemand } from '../fixtures/sne/sne-fixtures';
import { startTestSne } from '../support/sne';
import { SMALL_PDF as PDF } from '../support/files';
import { registryDemandData } from '../support/scenario';

/**
 * The national registry and the verification provider are down: applicants and agents keep
 * working (submission, validation, uploads); the work that needs them waits in the durable queue
 * and completes once they are back. The verification simulator has no webhook target here, so
 * the verdicts come back by polling, the fallback.
 */

const START = '2026-03-15T09:00:00.000Z';
const API_KEY = 'test-verification-api-key';
const SECRET = 'test-webhook-secret-0123456789abcdef0123';

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

const demandData = () => registryDemandData({ lastName: 'Lefèvre', birthDate: '1988-10-02', email: 'hugo.lefevre@example.org' });

let p: TestPlatform;
let sne: SneSimulator;
let verifier: VerificationSimulator;
let clock: FixedClock;
let dataDir: string;

beforeAll(async () => {
  clock = new FixedClock(START);
  dataDir = mkdtempSync(join(tmpdir(), 'alin-outage-'));
  const started = await startTestSne({ clock, retries: 0, timeoutMs: 2000 });
  sne = started.sne;
  verifier = await startVerificationSimulator({ webhookSecret: SECRET, apiKey: API_KEY, decisionDelayMs: 3_600_000, clock });
  p = await createTestPlatform({
    clock,
    env: {
      ...started.env,
      VERIFICATION_URL: verifier.url,
      VERIFICATION_API_KEY: API_KEY,
      VERIFICATION_WEBHOOK_SECRET: SECRET,
      DATA_DIR: dataDir,
    },
  });
  sne.setMode('failing');
  verifier.setMode('failing');
});
afterAll(async () => {
  await p?.close();
  await sne?.close();
  await verifier?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('with the SNE and the verification provider down', () => {
  let applicant: { token: string; accountId: string };
  let agent: { token: string; accountId: string };
  let demandId: string;
  let documentIds: string[];

  it('submitting, validating and uploading still succeed; the outside work waits in the queue', async () => {
    applicant = await p.signIn('applicant');
    agent = await p.signIn('agent');
    const created = await request(p.app).post('/api/v1/demands').set(auth(applicant.token)).send(demandData());
    expect(created.status, created.text).toBe(201);
    demandId = created.body.id;
    expect((await request(p.app).post(`/api/v1/demands/${demandId}/submit`).set(auth(applicant.token))).status).toBe(200);

    const validated = await request(p.app)
      .post(`/api/v1/demands/${demandId}/validate`)
      .set(auth(agent.token))
      .send({ piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
    expect(validated.status, validated.text).toBe(200);
    expect(validated.body).toMatchObject({ status: 'active', registrationPending: true });

    documentIds = [];
    for (const [type, extra] of [
      ['identity', {}],
      ['tax_notice', { taxYear: '2025' }],
    ] as const) {
      let req = request(p.app).post(`/api/v1/demands/${demandId}/documents`).set(auth(applicant.token)).field('documentType', type);
      for (const [k, v] of Object.entries(extra)) req = req.field(k, v);
      const res = await req.attach('files', PDF, { filename: `${type}.pdf`, contentType: 'application/pdf' });
      expect(res.status, res.text).toBe(201);
      expect(res.body.documents[0].status).toBe('verification_pending');
      documentIds.push(res.body.documents[0].id);
    }

    // the worker tries: both systems refuse; nothing is lost, nothing is made up
    await p.container.get(BOOT.JobWorker).drain();
    expect(sne.requests).toBeGreaterThan(0);
    const jobs = rows<{ kind: string; status: string; attempts: number; last_error: string | null }>(
      await p.db.database.db.execute(sql`select kind, status, attempts, last_error from platform.jobs order by kind`),
    );
    expect(jobs.filter((j) => j.kind === 'document.verify')).toHaveLength(2);
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'pending', attempts: 1 });
      expect(job.last_error).toMatch(/unavailable|indisponible|REGISTRY|VERIFICATION/i);
    }
    const demand = await request(p.app).get(`/api/v1/demands/${demandId}`).set(auth(applicant.token));
    expect(demand.body).toMatchObject({ status: 'active', registrationPending: true, pendingDocuments: 2 });
    expect(demand.body).not.toHaveProperty('registrationNumber');
    const docs = await request(p.app).get(`/api/v1/demands/${demandId}/documents`).set(auth(applicant.token));
    expect(docs.body.items.map((d: { status: string }) => d.status)).toEqual(['verification_pending', 'verification_pending']);

    // agents see the demand among the pending registrations
    const pending = await request(p.app).get('/api/v1/demands').query({ registrationPending: 'true' }).set(auth(agent.token));
    expect(pending.body.items.map((i: { id: string }) => i.id)).toContain(demandId);
  });

  it('an import answers 503 (Retry-After) and creates nothing', async () => {
    const other = await p.signIn('applicant');
    const res = await request(p.app)
      .post('/api/v1/demands/import')
      .set(auth(other.token))
      .send({ registry: 'sne', number: familyDemand.number, birthDate: familyDemand.data.applicant.birthDate });
    expect(res.status, res.text).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect((await request(p.app).get('/api/v1/demands').set(auth(other.token))).body.total).toBe(0);
  });

  it('once they are back, draining the queue completes the registration and the verification (by polling)', async () => {
    sne.setMode('normal');
    verifier.setMode('normal');
    clock.set('2026-03-15T10:00:00.000Z'); // past the retries' backoff
    const worker = p.container.get(BOOT.JobWorker);
    await worker.drain();

    const registered = await request(p.app).get(`/api/v1/demands/${demandId}`).set(auth(applicant.token));
    expect(registered.body.registrationPending).toBe(false);
    expect(registered.body.registrationNumber).toMatch(/^[0-9A-Z]{18}$/);
    expect(sne.store.get(registered.body.registrationNumber)?.data.applicant.lastName).toBe('Lefèvre');
    expect(
      verifier
        .received()
        .map((d) => d.documentId)
        .sort(),
    ).toEqual([...documentIds].sort());

    await verifier.flush(); // the provider decides; without a webhook target, the platform must ask
    clock.set('2026-03-15T10:05:00.000Z'); // the first poll is due two minutes after the submission
    await worker.drain();

    const docs = await request(p.app).get(`/api/v1/demands/${demandId}/documents`).set(auth(applicant.token));
    expect(docs.body.items.map((d: { status: string }) => d.status)).toEqual(['verified', 'verified']);
    const demand = await request(p.app).get(`/api/v1/demands/${demandId}`).set(auth(applicant.token));
    expect(demand.body.pendingDocuments).toBe(0);
    const left = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from platform.jobs where status <> 'done'`));
    expect(left[0]!.n).toBe(0);
  });
});
