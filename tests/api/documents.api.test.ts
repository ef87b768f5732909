import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express, { type Express } from 'express';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { serve } from '../support/test-server';
import { FixedClock } from '../../src/shared/testing/clock';
import { BOOT } from '../../src/bootstrap/tokens';
import { signWebhook } from '../../src/adapters/verification/hmac-webhook.verifier';
import { startVerificationSimulator, type VerificationSimulator } from '../../src/adapters/verification/simulator/verification-simulator';
import { documentFileNames, SMALL_PDF as PDF } from '../support/files';

/** Every file under the documents folder (temporary files included). */
const filesOnDisk = (): string[] => documentFileNames(dataDir);

const START = '2026-03-15T09:00:00.000Z';
const SECRET = 'test-webhook-secret-0123456789abcdef0123';
const API_KEY = 'test-verification-api-key';

/** A valid 32×32 grey PNG of noise (a few kB: the simulator rejects files under 100 bytes), built chunk by chunk. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const side = 32;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc(side * (side + 1));
  let seed = 42;
  for (let i = 0; i < raw.length; i++) raw[i] = i % (side + 1) === 0 ? 0 : (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24; // filter byte 0, then noise
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A Windows executable's first bytes (MZ header), to be renamed .pdf. */
const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0', 'latin1'), Buffer.alloc(200)]);

/** A multipart body written by hand, so that the file name is sent exactly as given. */
function multipart(fields: Record<string, string>, files: { name: string; content: Buffer; type?: string }[]): { body: Buffer; contentType: string } {
  const boundary = '----alin-test-boundary-7MA4YWxkTrZu0gW';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/pdf'}\r\n\r\n`, 'utf8'));
    parts.push(f.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

function demandData() {
  return {
    applicant: {
      civility: '2',
      lastName: 'Martin',
      firstName: 'Claire',
      birthDate: '1990-04-12',
      nationality: '1',
      familySituation: 'C',
      employment: { contractType: 'CDI', employerName: 'Acme', workplaceCommuneCode: '69386' },
      resources: [{ code: 'SAL', monthlyAmount: 2100 }],
      taxIncome: { yearMinus1: 2025, amountMinus1: 24000, yearMinus2: 2024, amountMinus2: 23000 },
      address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' },
    },
    reasons: ['work_closer'],
    wishes: { communeCodes: ['69386'], typologies: [2] },
    currentHousing: { kind: 'LP', monthlyRent: 650 },
  };
}

let p: TestPlatform;
let clock: FixedClock;
let sim: VerificationSimulator;
let server: Awaited<ReturnType<typeof serve>>;
let dataDir: string;
let agent: { token: string; accountId: string };

beforeAll(async () => {
  clock = new FixedClock(START);
  dataDir = mkdtempSync(join(tmpdir(), 'alin-documents-'));
  // the app is served before it exists, so that the simulator knows where to send its verdicts
  let target: Express | undefined;
  const front = express();
  front.use((req, res, next) => (target ? target(req, res, next) : res.status(503).end()));
  server = await serve(front);
  sim = await startVerificationSimulator({
    webhookUrl: `${server.url}/api/v1/verification/webhook`,
    webhookSecret: SECRET,
    apiKey: API_KEY,
    decisionDelayMs: 3_600_000,
    webhookRetries: 0,
    clock,
  });
  p = await createTestPlatform({
    clock,
    env: { VERIFICATION_URL: sim.url, VERIFICATION_API_KEY: API_KEY, VERIFICATION_WEBHOOK_SECRET: SECRET, DATA_DIR: dataDir },
  });
  target = p.app;
  agent = await p.signIn('agent');
});
afterAll(async () => {
  await sim?.close();
  await server?.close();
  await p?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function applicantWithDemand() {
  const who = await p.signIn('applicant');
  const res = await request(p.app).post('/api/v1/demands').set(auth(who.token)).send(demandData());
  expect(res.status, res.text).toBe(201);
  return { ...who, demandId: res.body.id as string };
}

const documentRows = async (demandId?: string) =>
  rows<{ id: string; storage_key: string; status: string; original_name: string }>(
    await p.db.database.db.execute(demandId ? sql`select * from demand.documents where demand_id = ${demandId}` : sql`select * from demand.documents`),
  );

const upload = (token: string, demandId: string, documentType: string, file: { content: Buffer; name: string; type: string }, extra: Record<string, string> = {}) => {
  let req = request(p.app).post(`/api/v1/demands/${demandId}/documents`).set(auth(token)).field('documentType', documentType);
  for (const [k, v] of Object.entries(extra)) req = req.field(k, v);
  return req.attach('files', file.content, { filename: file.name, contentType: file.type });
};

const webhook = (body: string, options: { secret?: string; timestamp?: number } = {}) => {
  const timestamp = options.timestamp ?? Math.floor(clock.now().getTime() / 1000);
  return request(p.app)
    .post('/api/v1/verification/webhook')
    .set('Content-Type', 'application/json')
    .set('X-Timestamp', String(timestamp))
    .set('X-Signature', signWebhook(options.secret ?? SECRET, timestamp, body))
    .send(body);
};

describe('uploading and verifying supporting documents', () => {
  let a: Awaited<ReturnType<typeof applicantWithDemand>>;
  let identityId: string;
  let taxId: string;

  it('uploads an identity piece (PDF) and a tax notice (PNG): both verification_pending at once, counted on the demand', async () => {
    a = await applicantWithDemand();
    const identity = await upload(a.token, a.demandId, 'identity', { content: PDF, name: 'carte d’identité.pdf', type: 'application/pdf' });
    expect(identity.status, identity.text).toBe(201);
    expect(identity.body.verification.mode).toBe('provider');
    expect(identity.body.documents).toHaveLength(1);
    expect(identity.body.documents[0]).toMatchObject({
      type: 'identity',
      person: 'applicant',
      status: 'verification_pending',
      statusLabel: 'En cours de vérification',
      fileName: 'carte d’identité.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      fileDeleted: false,
    });
    expect(identity.body.documents[0]).not.toHaveProperty('storageKey');
    identityId = identity.body.documents[0].id;

    const image = png();
    const tax = await upload(a.token, a.demandId, 'tax_notice', { content: image, name: 'avis-2025.png', type: 'image/png' }, { taxYear: '2025' });
    expect(tax.status, tax.text).toBe(201);
    expect(tax.body.documents[0]).toMatchObject({ type: 'tax_notice', taxYear: 2025, status: 'verification_pending', contentType: 'image/png', size: image.length });
    taxId = tax.body.documents[0].id;

    const demand = await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token));
    expect(demand.body.pendingDocuments).toBe(2);
    const jobs = rows<{ kind: string }>(await p.db.database.db.execute(sql`select kind from platform.jobs where kind = 'document.verify' and status = 'pending'`));
    expect(jobs.length).toBeGreaterThanOrEqual(2);
  });

  it('sends them to the provider (job), receives its signed verdicts by webhook: verified, counter back to 0', async () => {
    await p.container.get(BOOT.JobWorker).drain();
    const received = sim.received();
    expect(received.map((d) => d.documentId).sort()).toEqual([identityId, taxId].sort());
    expect(received.find((d) => d.documentId === taxId)).toMatchObject({ contentType: 'image/png', size: png().length });
    const stored = await documentRows(a.demandId);
    expect(stored.every((r) => r.status === 'verification_pending')).toBe(true);

    await sim.flush(); // the provider decides and calls the webhook of the served app
    expect(sim.received().every((d) => d.webhook.delivered)).toBe(true);

    const list = await request(p.app).get(`/api/v1/demands/${a.demandId}/documents`).set(auth(a.token));
    expect(list.status, list.text).toBe(200);
    expect(list.body.items.map((d: { status: string }) => d.status)).toEqual(['verified', 'verified']);
    expect(list.body.items[0].history.at(-1)).toMatchObject({ from: 'verification_pending', to: 'verified', actor: 'provider' });
    expect(list.body.items[0]).toMatchObject({ decidedBy: 'provider' });
    const demand = await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token));
    expect(demand.body.pendingDocuments).toBe(0);
    const audit = rows(await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'document.verified' and object_id in (${identityId}, ${taxId})`));
    expect(audit).toHaveLength(2);
  });

  it('serves the decrypted file as an attachment; the owner’s reads are not audited, an agent’s are', async () => {
    const own = await request(p.app)
      .get(`/api/v1/demands/${a.demandId}/documents/${identityId}/content`)
      .set(auth(a.token))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(own.status).toBe(200);
    expect(Buffer.compare(own.body as Buffer, PDF)).toBe(0);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toBe('attachment; filename="carte d_identite.pdf"');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.headers['cache-control']).toBe('no-store');
    const reads = async () => rows(await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'document.read' and object_id = ${identityId}`)).length;
    expect(await reads()).toBe(0);

    const byAgent = await request(p.app).get(`/api/v1/demands/${a.demandId}/documents/${identityId}/content`).set(auth(agent.token));
    expect(byAgent.status).toBe(200);
    expect(await reads()).toBe(1);

    const meta = await request(p.app).get(`/api/v1/demands/${a.demandId}/documents/${identityId}`).set(auth(agent.token));
    expect(meta.status).toBe(200);
    expect(meta.body).not.toHaveProperty('storageKey');
    const [row] = rows<{ storage_key: string }>(await p.db.database.db.execute(sql`select storage_key from demand.documents where id = ${identityId}`));
    expect(JSON.stringify(meta.body)).not.toContain(row!.storage_key);
  });

  it('webhooks: a bad signature is 401 and changes nothing; an unknown reference 404; a repeated verdict 200 and harmless', async () => {
    const b = await applicantWithDemand();
    const up = await upload(b.token, b.demandId, 'identity', { content: PDF, name: 'id.pdf', type: 'application/pdf' });
    const docId = up.body.documents[0].id as string;
    await p.container.get(BOOT.JobWorker).drain();
    const ref = sim.received().find((d) => d.documentId === docId)!.providerRef;
    const verdict = JSON.stringify({ providerRef: ref, documentId: docId, outcome: 'rejected', reason: 'Document illisible', decidedAt: clock.now().toISOString() });

    const forged = await webhook(verdict, { secret: 'not-the-secret-0123456789abcdef0123456' });
    expect(forged.status, forged.text).toBe(401);
    expect(forged.body.code).toBe('VERIFICATION.BAD_SIGNATURE');
    const stale = await webhook(verdict, { timestamp: Math.floor(clock.now().getTime() / 1000) - 3600 });
    expect(stale.status).toBe(401);
    const unsigned = await request(p.app).post('/api/v1/verification/webhook').set('Content-Type', 'application/json').send(verdict);
    expect(unsigned.status).toBe(401);
    expect((await documentRows(b.demandId))[0]!.status).toBe('verification_pending');

    const unknown = await webhook(JSON.stringify({ providerRef: 'sim_unknown', outcome: 'verified', decidedAt: clock.now().toISOString() }));
    expect(unknown.status, unknown.text).toBe(404);
    expect(unknown.body.code).toBe('VERIFICATION.UNKNOWN_REF');

    const first = await webhook(verdict);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ status: 'applied' });
    const again = await webhook(verdict);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: 'ignored' });
    const contrary = await webhook(JSON.stringify({ providerRef: ref, outcome: 'verified', decidedAt: clock.now().toISOString() }));
    expect(contrary.body).toEqual({ status: 'ignored' });

    const doc = await request(p.app).get(`/api/v1/demands/${b.demandId}/documents/${docId}`).set(auth(b.token));
    expect(doc.body).toMatchObject({ status: 'rejected', rejectionReason: 'Document illisible' });
    expect(doc.body.history.filter((h: { to: string }) => h.to === 'rejected')).toHaveLength(1);
    const audits = rows(await p.db.database.db.execute(sql`select * from platform.audit_entries where action = 'document.rejected' and object_id = ${docId}`));
    expect(audits).toHaveLength(1);
    const notices = rows(await p.db.database.db.execute(sql`select * from demand.notifications where kind = 'document.rejected' and account_id = ${b.accountId}`));
    expect(notices).toHaveLength(1);

    // a rejected piece is not deleted but replaced; the old one stays, marked for deletion after the audit period
    expect((await request(p.app).delete(`/api/v1/demands/${b.demandId}/documents/${docId}`).set(auth(b.token))).status).toBe(409);
    const replacement = await upload(b.token, b.demandId, 'identity', { content: PDF, name: 'id-lisible.pdf', type: 'application/pdf' }, { replaces: docId });
    expect(replacement.status, replacement.text).toBe(201);
    expect(replacement.body.documents[0]).toMatchObject({ replacesId: docId, status: 'verification_pending' });
    const old = await request(p.app).get(`/api/v1/demands/${b.demandId}/documents/${docId}`).set(auth(b.token));
    expect(old.body).toMatchObject({ status: 'rejected', replacedById: replacement.body.documents[0].id });
  });
});

describe('refused uploads store nothing', () => {
  let a: Awaited<ReturnType<typeof applicantWithDemand>>;
  const snapshot = async () => ({ rows: (await documentRows()).length, files: filesOnDisk().length });

  beforeAll(async () => {
    a = await applicantWithDemand();
  });

  it('refuses an executable renamed .pdf (422 DOCUMENT.TYPE_NOT_ALLOWED), even beside a valid PDF: no row, no file', async () => {
    const before = await snapshot();
    const exe = await upload(a.token, a.demandId, 'identity', { content: EXE, name: 'scan.pdf', type: 'application/pdf' });
    expect(exe.status, exe.text).toBe(422);
    expect(exe.body.code).toBe('DOCUMENT.TYPE_NOT_ALLOWED');
    expect(exe.body.errors).toEqual([expect.objectContaining({ field: 'files.0' })]);

    const mixed = await request(p.app)
      .post(`/api/v1/demands/${a.demandId}/documents`)
      .set(auth(a.token))
      .field('documentType', 'identity')
      .attach('files', PDF, { filename: 'recto.pdf', contentType: 'application/pdf' })
      .attach('files', EXE, { filename: 'verso.pdf', contentType: 'application/pdf' });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors).toEqual([expect.objectContaining({ field: 'files.1' })]);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 413 to a 30 MB file, nothing stored', async () => {
    const before = await snapshot();
    const big = Buffer.concat([PDF, Buffer.alloc(30 * 1024 * 1024, 0x20)]);
    const res = await upload(a.token, a.demandId, 'identity', { content: big, name: 'gros.pdf', type: 'application/pdf' });
    expect(res.status, res.text).toBe(413);
    expect(res.body.code).toBe('UPLOAD.LIMIT_FILE_SIZE');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses 50 files in one request (400), nothing stored', async () => {
    const before = await snapshot();
    let req = request(p.app).post(`/api/v1/demands/${a.demandId}/documents`).set(auth(a.token)).field('documentType', 'payslip');
    for (let i = 0; i < 50; i++) req = req.attach('files', PDF, { filename: `bulletin-${i}.pdf`, contentType: 'application/pdf' });
    const res = await req;
    expect([400, 413]).toContain(res.status);
    expect(res.body.code).toMatch(/^UPLOAD\.LIMIT_(FILE|PART)_COUNT$|^UPLOAD\.LIMIT_UNEXPECTED_FILE$/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a path-traversal or control-character file name; files on disk only ever have random names', async () => {
    const before = await snapshot();
    for (const name of ['../../../../etc/passwd.pdf', '..\\..\\windows\\system.pdf', 'a/b.pdf', 'ligne%0Abis.pdf', '..pdf']) {
      const { body, contentType } = multipart({ documentType: 'identity' }, [{ name, content: PDF }]);
      const res = await request(p.app).post(`/api/v1/demands/${a.demandId}/documents`).set(auth(a.token)).set('Content-Type', contentType).send(body);
      expect(res.status, `${name}: ${res.text}`).toBe(422);
      expect(res.body.code).toBe('DOCUMENT.UNSAFE_FILE_NAME');
    }
    // a raw control character makes the part header unreadable: 400
    const raw = multipart({ documentType: 'identity' }, [{ name: 'evil\u0007.pdf', content: PDF }]);
    const bell = await request(p.app).post(`/api/v1/demands/${a.demandId}/documents`).set(auth(a.token)).set('Content-Type', raw.contentType).send(raw.body);
    expect(bell.status, bell.text).toBe(400);
    expect(await snapshot()).toEqual(before);

    const all = await documentRows();
    const onDisk = filesOnDisk();
    expect(onDisk.length).toBe(all.length);
    for (const name of onDisk) expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(onDisk)).toEqual(new Set(all.map((r) => r.storage_key)));
    expect(all.some((r) => r.original_name.includes('/') || r.original_name.includes('..'))).toBe(false);
  });

  it('refuses a non-multipart request (415) and a tax notice without its year or too old (422)', async () => {
    const json = await request(p.app).post(`/api/v1/demands/${a.demandId}/documents`).set(auth(a.token)).send({ documentType: 'identity' });
    expect(json.status).toBe(415);
    const noYear = await upload(a.token, a.demandId, 'tax_notice', { content: PDF, name: 'avis.pdf', type: 'application/pdf' });
    expect(noYear.status).toBe(422);
    expect(noYear.body.code).toBe('DOCUMENT.TAX_YEAR_INVALID');
    const old = await upload(a.token, a.demandId, 'tax_notice', { content: PDF, name: 'avis.pdf', type: 'application/pdf' }, { taxYear: '2021' });
    expect(old.body.code).toBe('DOCUMENT.OUT_OF_DATE');
    const nobody = await upload(a.token, a.demandId, 'identity', { content: PDF, name: 'id.pdf', type: 'application/pdf' }, { person: 'coApplicant' });
    expect(nobody.status).toBe(422);
    expect(nobody.body.code).toBe('DOCUMENT.PERSON_INVALID');
    const unknownField = await upload(a.token, a.demandId, 'identity', { content: PDF, name: 'id.pdf', type: 'application/pdf' }, { foo: 'bar' });
    expect(unknownField.status).toBe(400);
  });

  it('the daily run expires a tax notice once the new year makes it out of date; the applicant sees it expired and may replace it', async () => {
    const { DEMAND } = await import('../../src/modules/demand/index');
    const b = await applicantWithDemand();
    const notice = await upload(b.token, b.demandId, 'tax_notice', { content: PDF, name: 'avis-2024.pdf', type: 'application/pdf' }, { taxYear: '2024' });
    expect(notice.status, notice.text).toBe(201);
    const id = notice.body.documents[0].id as string;
    const run = await p.container.get(DEMAND.Documents).expireOutOfDate(new Date('2027-01-02T01:25:00Z'));
    expect(run.expired).toBeGreaterThanOrEqual(1);
    expect(run.failed).toBe(0);
    const list = await request(p.app).get(`/api/v1/demands/${b.demandId}/documents`).set(auth(b.token));
    expect(list.body.items ?? list.body).toEqual(expect.arrayContaining([expect.objectContaining({ id, status: 'expired' })]));
    const again = await p.container.get(DEMAND.Documents).expireOutOfDate(new Date('2027-01-02T01:25:00Z'));
    expect(again.expired).toBe(0);
  });
});

describe('access', () => {
  it('answers 404 to another applicant on the demand’s documents, a document, its content, an upload and a deletion', async () => {
    const a = await applicantWithDemand();
    const up = await upload(a.token, a.demandId, 'identity', { content: PDF, name: 'id.pdf', type: 'application/pdf' });
    const docId = up.body.documents[0].id as string;
    const other = await applicantWithDemand();
    const base = `/api/v1/demands/${a.demandId}/documents`;
    for (const res of [
      await request(p.app).get(base).set(auth(other.token)),
      await request(p.app).get(`${base}/${docId}`).set(auth(other.token)),
      await request(p.app).get(`${base}/${docId}/content`).set(auth(other.token)),
      await request(p.app).delete(`${base}/${docId}`).set(auth(other.token)),
      await upload(other.token, a.demandId, 'identity', { content: PDF, name: 'x.pdf', type: 'application/pdf' }),
    ]) {
      expect(res.status, res.text).toBe(404);
      expect(res.body.code).toBe('DEMAND.NOT_FOUND');
    }
    // the document of another demand, through one's own demand: 404 too
    expect((await request(p.app).get(`/api/v1/demands/${other.demandId}/documents/${docId}`).set(auth(other.token))).status).toBe(404);
    // a landlord with no candidacy of this applicant transmitted on its offers: 404 (content and list); never the metadata route (403)
    const landlord = await p.signIn('landlord_user', { orgId: randomUUID() });
    const byLandlord = await request(p.app).get(`${base}/${docId}/content`).set(auth(landlord.token));
    expect(byLandlord.status, byLandlord.text).toBe(404);
    expect((await request(p.app).get(base).set(auth(landlord.token))).status).toBe(404);
    expect((await request(p.app).get(`${base}/${docId}`).set(auth(landlord.token))).status).toBe(403);
    // without a token: 401
    expect((await request(p.app).get(base)).status).toBe(401);
  });

  it('lets the owner withdraw a piece before any verdict; its file is deleted and it leaves the lists', async () => {
    const a = await applicantWithDemand();
    const up = await upload(a.token, a.demandId, 'identity', { content: PDF, name: 'erreur.pdf', type: 'application/pdf' });
    const docId = up.body.documents[0].id as string;
    const [row] = await documentRows(a.demandId);
    expect(filesOnDisk()).toContain(row!.storage_key);
    const del = await request(p.app).delete(`/api/v1/demands/${a.demandId}/documents/${docId}`).set(auth(a.token));
    expect(del.status, del.text).toBe(204);
    expect(filesOnDisk()).not.toContain(row!.storage_key);
    expect((await request(p.app).get(`/api/v1/demands/${a.demandId}/documents`).set(auth(a.token))).body.items).toEqual([]);
    expect((await request(p.app).get(`/api/v1/demands/${a.demandId}`).set(auth(a.token))).body.pendingDocuments).toBe(0);
    // a late verdict on it is harmless
    await p.container.get(BOOT.JobWorker).drain();
    expect(sim.received().some((d) => d.documentId === docId)).toBe(false);
  });

  it('lets an agent check a piece by hand (verified / rejected with a reason), once', async () => {
    const a = await applicantWithDemand();
    const up = await upload(a.token, a.demandId, 'identity', { content: PDF, name: 'id.pdf', type: 'application/pdf' });
    const docId = up.body.documents[0].id as string;
    const path = `/api/v1/demands/${a.demandId}/documents/${docId}/decision`;
    expect((await request(p.app).post(path).set(auth(a.token)).send({ outcome: 'verified' })).status).toBe(403);
    const noReason = await request(p.app).post(path).set(auth(agent.token)).send({ outcome: 'rejected' });
    expect(noReason.status).toBe(422);
    const ok = await request(p.app).post(path).set(auth(agent.token)).send({ outcome: 'verified' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ status: 'verified', decidedBy: 'agent' });
    expect(ok.body.history.at(-1)).toMatchObject({ actor: 'agent', by: agent.accountId });
    expect((await request(p.app).post(path).set(auth(agent.token)).send({ outcome: 'verified' })).status).toBe(409);
    const mine = await request(p.app).get(`/api/v1/demands/${a.demandId}/documents/${docId}`).set(auth(a.token));
    expect(mine.body.history.at(-1)).not.toHaveProperty('by');
  });
});

describe('OpenAPI', () => {
  it('documents the document routes (multipart upload) and the webhook in a valid document', async () => {
    const res = await request(p.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/demands/{id}/documents',
        '/api/v1/demands/{id}/documents/{docId}',
        '/api/v1/demands/{id}/documents/{docId}/content',
        '/api/v1/verification/webhook',
        '/api/v1/demands/import',
      ]),
    );
    expect(Object.keys(paths['/api/v1/demands/{id}/documents']!.post!.requestBody!.content)).toEqual(['multipart/form-data']);
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
  });
});
