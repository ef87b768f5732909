import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InMemoryAuditTrail } from '../../../shared/testing/audit';
import { FixedClock } from '../../../shared/testing/clock';
import { DomainError } from '../../../shared/errors';
import { InMemoryJobQueue } from '../../../shared/testing/jobs';
import { immediateUnitOfWork } from '../../../shared/testing/unit-of-work';
import type { Principal } from '../../identity/index';
import { aDemand } from '../testing/test-builders';
import { readAllBytes, type DocumentStorage, type StoredDocumentFile } from '../ports/document-storage.port';
import type { DesignationChecker, DocumentSettings, FileTypeDetector } from '../ports/documents.port';
import type { VerificationProvider, VerificationVerdict, WebhookVerifier } from '../ports/verification.port';
import { DOCUMENT_JOBS } from '../demand.jobs';
import { DocumentService } from './document.service';
import { InMemoryDemandRepository, InMemoryNotificationOutbox } from '../testing/in-memory';
import { InMemoryDocumentRepository } from '../testing/in-memory-documents';

const OWNER: Principal = { accountId: '00000000-0000-4000-8000-000000000001', role: 'applicant', sessionId: 's1' };
const OTHER: Principal = { accountId: '00000000-0000-4000-8000-000000000002', role: 'applicant', sessionId: 's2' };
const AGENT: Principal = { accountId: '00000000-0000-4000-8000-0000000000aa', role: 'agent', sessionId: 's3' };
const LANDLORD: Principal = { accountId: '00000000-0000-4000-8000-0000000000cc', role: 'landlord_user', sessionId: 's4', landlordId: 'l1' };
const DEMAND_ID = '00000000-0000-4000-8000-00000000d001';

const PDF = Buffer.from('%PDF-1.4 a supporting document of more than a few bytes');
const EXE = Buffer.from('MZ\x90\x00 an executable');

/** Detects by the first bytes, like the real detector (which also reads the whole file in chunks). */
const detector: FileTypeDetector = {
  detect: async (file) => {
    const b = await readAllBytes(file.read());
    return b.subarray(0, 5).toString('latin1') === '%PDF-' ? { accepted: true, contentType: 'application/pdf' } : { accepted: false };
  },
};

class MemoryStorage implements DocumentStorage {
  files = new Map<string, Buffer>();
  failAfter: number | undefined;
  puts = 0;
  async put(content: Uint8Array | AsyncIterable<Uint8Array>): Promise<StoredDocumentFile> {
    this.puts += 1;
    if (this.failAfter !== undefined && this.puts > this.failAfter) throw new Error('disk full');
    const bytes = content instanceof Uint8Array ? Buffer.from(content) : await readAllBytes(content);
    const storageKey = randomBytes(32).toString('hex');
    this.files.set(storageKey, bytes);
    return { storageKey, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  async get(key: string): Promise<AsyncIterable<Uint8Array>> {
    const f = this.files.get(key);
    if (!f) throw new DomainError('not_found', 'DOCUMENT_STORAGE.NOT_FOUND', 'missing');
    return (async function* () {
      yield f;
    })();
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
  async exists(key: string): Promise<boolean> {
    return this.files.has(key);
  }
  async *list(): AsyncIterable<string> {
    yield* [...this.files.keys()];
  }
}

class FakeProvider implements VerificationProvider {
  submitted: string[] = [];
  verdicts = new Map<string, VerificationVerdict | null>();
  down = false;
  async submit(doc: { documentId: string }) {
    if (this.down) throw new DomainError('unavailable', 'VERIFICATION.UNAVAILABLE', 'down');
    this.submitted.push(doc.documentId);
    return { providerRef: `ref-${doc.documentId}` };
  }
  async poll(ref: string) {
    if (this.down) throw new DomainError('unavailable', 'VERIFICATION.UNAVAILABLE', 'down');
    return this.verdicts.get(ref) ?? null;
  }
}

const webhook: WebhookVerifier = {
  verify: (raw, signature) => {
    if (signature !== 'good') throw new DomainError('unauthorized', 'VERIFICATION.BAD_SIGNATURE', 'bad');
    return JSON.parse(Buffer.from(raw).toString('utf8')) as VerificationVerdict;
  },
};

const SETTINGS: DocumentSettings = {
  maxFileBytes: 1024 * 1024,
  maxFiles: 5,
  replacedRetentionMonths: 12,
  orphanGraceMs: 3_600_000,
  firstPollDelayMs: 120_000,
  maxPollDelayMs: 3_600_000,
  maxPollRounds: 3,
  maxDocumentsPerDemand: 4,
  maxBytesPerDemand: 100_000,
};

async function setup(options: { provider?: FakeProvider | null; designations?: DesignationChecker } = {}) {
  const clock = new FixedClock('2026-03-15T10:00:00Z');
  const demands = new InMemoryDemandRepository(() => clock.now());
  await demands.insert({ demand: aDemand({ id: DEMAND_ID, ownerAccountId: OWNER.accountId, status: 'submitted' }), version: 1, updatedAt: clock.now(), pendingDocuments: 0 });
  const documents = new InMemoryDocumentRepository();
  const storage = new MemoryStorage();
  const audit = new InMemoryAuditTrail();
  const jobs = new InMemoryJobQueue();
  const notifications = new InMemoryNotificationOutbox();
  const provider = options.provider === undefined ? new FakeProvider() : options.provider;
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const service = new DocumentService({
    documents,
    demands,
    storage,
    detector,
    verification: { provider, webhook },
    designations: options.designations ?? { isDesignatedToLandlord: async () => false },
    notifications,
    settings: SETTINGS,
    audit,
    jobs,
    clock,
    uow: immediateUnitOfWork,
    logger,
  });
  return { service, clock, demands, documents, storage, audit, jobs, notifications, provider };
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
};

const pdf = (name = 'piece.pdf') => ({ originalName: name, content: PDF });

describe('uploading documents', () => {
  it('checks every file before storing any: one bad file, nothing stored', async () => {
    const t = await setup();
    expect(await codeOf(t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf(), { originalName: 'b.pdf', content: EXE }] }))).toBe(
      'DOCUMENT.TYPE_NOT_ALLOWED',
    );
    expect(await codeOf(t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('../x.pdf')] }))).toBe('DOCUMENT.UNSAFE_FILE_NAME');
    expect(t.storage.puts).toBe(0);
    expect(t.documents.records.size).toBe(0);
  });

  it('removes the files already stored when storing a later one fails', async () => {
    const t = await setup();
    t.storage.failAfter = 1;
    await expect(t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('a.pdf'), pdf('b.pdf')] })).rejects.toThrow('disk full');
    expect(t.storage.files.size).toBe(0);
    expect(t.documents.records.size).toBe(0);
  });

  it('stores the files, writes verification_pending rows, queues one verify job each, counts them on the demand, audits', async () => {
    const t = await setup();
    const result = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('janvier.pdf'), pdf('février.pdf')] });
    expect(result.verification).toBe('provider');
    expect(result.documents.map((d) => d.document.status)).toEqual(['verification_pending', 'verification_pending']);
    expect(result.documents.map((d) => d.document.person)).toEqual(['applicant', 'applicant']);
    expect(t.jobs.jobs.map((j) => j.kind)).toEqual([DOCUMENT_JOBS.verify, DOCUMENT_JOBS.verify]);
    expect((await t.demands.findById(DEMAND_ID))!.pendingDocuments).toBe(2);
    expect(t.audit.entries.filter((e) => e.action === 'document.uploaded')).toHaveLength(2);
  });

  it('without a provider, queues nothing and says an agent will check', async () => {
    const t = await setup({ provider: null });
    const result = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    expect(result.verification).toBe('manual');
    expect(t.jobs.jobs).toEqual([]);
    expect(result.documents[0]!.document.status).toBe('verification_pending');
  });

  it('answers DEMAND.NOT_FOUND to another applicant, and refuses a closed demand', async () => {
    const t = await setup();
    expect(await codeOf(t.service.upload(OTHER, DEMAND_ID, { documentType: 'identity', files: [pdf()] }))).toBe('DEMAND.NOT_FOUND');
    const record = (await t.demands.findById(DEMAND_ID))!;
    await t.demands.save({ ...record, demand: { ...record.demand, status: 'cancelled' } }, []);
    expect(await codeOf(t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] }))).toBe('DOCUMENT.DEMAND_CLOSED');
  });
});

describe('verification', () => {
  it('submits, stores the reference, queues the first poll; a verdict is applied once, then ignored', async () => {
    const t = await setup();
    const {
      documents: [doc],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    const id = doc!.document.id;
    expect(await t.service.submitForVerification(id)).toEqual({ outcome: 'submitted', providerRef: `ref-${id}` });
    expect(t.jobs.jobs.find((j) => j.kind === DOCUMENT_JOBS.poll)?.options?.runAt).toEqual(new Date('2026-03-15T10:02:00Z'));
    expect(await t.service.submitForVerification(id)).toMatchObject({ outcome: 'skipped' });
    expect(t.provider!.submitted).toEqual([id]);

    const verdict = { providerRef: `ref-${id}`, outcome: 'rejected', reason: 'Illisible', decidedAt: '2026-03-15T10:01:00Z' };
    expect(await codeOf(t.service.receiveWebhook(Buffer.from(JSON.stringify(verdict)), 'bad', undefined))).toBe('VERIFICATION.BAD_SIGNATURE');
    expect((await t.documents.findById(id))!.document.status).toBe('verification_pending');
    expect((await t.service.receiveWebhook(Buffer.from(JSON.stringify(verdict)), 'good', undefined)).applied).toBe(true);
    expect((await t.service.receiveWebhook(Buffer.from(JSON.stringify(verdict)), 'good', undefined)).applied).toBe(false);
    expect((await t.documents.findById(id))!.document).toMatchObject({ status: 'rejected', rejectionReason: 'Illisible', decidedBy: 'provider' });
    expect((await t.demands.findById(DEMAND_ID))!.pendingDocuments).toBe(0);
    expect(t.notifications.sent.filter((n) => n.kind === 'document.rejected')).toHaveLength(1);
    expect(await codeOf(t.service.applyVerdict({ providerRef: 'nope', outcome: 'verified', decidedAt: '2026-03-15T10:01:00Z' }))).toBe('VERIFICATION.UNKNOWN_REF');
  });

  // issue 19 §10 changed this: a verdict used to be matched by the document id it echoed when no reference was saved yet
  it('matches a verdict only by the provider’s own reference, never by the piece id it carries', async () => {
    const t = await setup();
    const {
      documents: [doc],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    const id = doc!.document.id;
    expect(await codeOf(t.service.applyVerdict({ providerRef: 'early', documentId: id, outcome: 'verified', decidedAt: '2026-03-15T10:01:00Z' }))).toBe('VERIFICATION.UNKNOWN_REF');
    expect(await codeOf(t.service.applyVerdict({ providerRef: id, outcome: 'verified', decidedAt: '2026-03-15T10:01:00Z' }))).toBe('VERIFICATION.UNKNOWN_REF');
    expect((await t.documents.findById(id))!.document).toMatchObject({ status: 'verification_pending' });
    await t.service.submitForVerification(id);
    expect((await t.service.applyVerdict({ providerRef: `ref-${id}`, outcome: 'verified', decidedAt: '2026-03-15T10:01:00Z' })).applied).toBe(true);
    expect((await t.documents.findById(id))!.document).toMatchObject({ status: 'verified', verificationRef: `ref-${id}` });
  });

  it('keeps the webhook off without a provider: even a well-signed verdict is refused and nothing changes', async () => {
    const t = await setup({ provider: null });
    const {
      documents: [doc],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    const id = doc!.document.id;
    const verdict = Buffer.from(JSON.stringify({ providerRef: id, documentId: id, outcome: 'verified', decidedAt: '2026-03-15T10:01:00Z' }));
    expect(await codeOf(t.service.receiveWebhook(verdict, 'good', undefined))).toBe('VERIFICATION.WEBHOOK_OFF');
    expect((await t.documents.findById(id))!.document.status).toBe('verification_pending');
    expect(t.audit.entries.filter((e) => e.action === 'document.verified')).toEqual([]);
  });

  it('refuses an upload beyond the demand’s quota of files or bytes (409), counting kept files only', async () => {
    const t = await setup({ provider: null });
    await t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')] });
    const error = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('d.pdf'), pdf('e.pdf')] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'conflict', code: 'DOCUMENT.QUOTA_EXCEEDED' });
    expect((error as Error).message).toMatch(/au plus 4 fichiers/);
    expect(t.storage.files.size).toBe(3);
    const {
      documents: [fourth],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('d.pdf')] });
    await t.service.delete(OWNER, DEMAND_ID, fourth!.document.id); // a withdrawn piece no longer counts
    await t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('e.pdf')] });
    expect(await codeOf(t.service.checkUploadAllowed(OWNER, DEMAND_ID))).toBe('DOCUMENT.QUOTA_EXCEEDED'); // full: refused before a body is read
    expect(await codeOf(t.service.checkUploadAllowed(OTHER, DEMAND_ID))).toBe('DEMAND.NOT_FOUND');
    const big = { originalName: 'gros.pdf', content: Buffer.concat([PDF, Buffer.alloc(100_000)]) };
    const t2 = await setup({ provider: null });
    await t2.service.checkUploadAllowed(OWNER, DEMAND_ID); // room left: no refusal
    expect(await codeOf(t2.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [big] }))).toBe('DOCUMENT.QUOTA_EXCEEDED');
    expect(t2.storage.files.size).toBe(0);
  });

  it('polls with growing waits until a verdict, and stops after the last round', async () => {
    const t = await setup();
    const {
      documents: [doc],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    const id = doc!.document.id;
    await t.service.submitForVerification(id);
    expect(await t.service.pollVerification(id, 1)).toEqual({ outcome: 'still_pending', nextPollRound: 2 });
    expect(t.jobs.jobs.filter((j) => j.kind === DOCUMENT_JOBS.poll).map((j) => j.options?.runAt?.toISOString())).toEqual(['2026-03-15T10:02:00.000Z', '2026-03-15T10:04:00.000Z']);
    expect(await t.service.pollVerification(id, 3)).toEqual({ outcome: 'still_pending' });
    t.provider!.down = true;
    expect(await codeOf(t.service.pollVerification(id, 2))).toBe('VERIFICATION.UNAVAILABLE');
    t.provider!.down = false;
    t.provider!.verdicts.set(`ref-${id}`, { providerRef: `ref-${id}`, outcome: 'verified', decidedAt: '2026-03-15T10:03:00Z' });
    expect(await t.service.pollVerification(id, 2)).toEqual({ outcome: 'decided', verdict: 'verified' });
    expect((await t.documents.findById(id))!.document.status).toBe('verified');
  });

  it('lets an agent decide by hand, once; a rejection needs a reason', async () => {
    const t = await setup();
    const {
      documents: [doc],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    const id = doc!.document.id;
    expect(await codeOf(t.service.decide(OWNER, DEMAND_ID, id, { outcome: 'verified' }))).toBe('DEMAND.AGENT_ONLY');
    expect(await codeOf(t.service.decide(AGENT, DEMAND_ID, id, { outcome: 'rejected' }))).toBe('DEMAND.DOCUMENT_REASON_REQUIRED');
    expect((await t.service.decide(AGENT, DEMAND_ID, id, { outcome: 'verified' })).record.document).toMatchObject({ status: 'verified', decidedBy: 'agent' });
    expect(await codeOf(t.service.decide(AGENT, DEMAND_ID, id, { outcome: 'verified' }))).toBe('DEMAND.DOCUMENT_INVALID_TRANSITION');
  });
});

describe('reading and withdrawing', () => {
  it('audits reads by others than the owner; landlords are refused unless the checker allows, and read verified pieces only', async () => {
    const t = await setup();
    const {
      documents: [doc],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    const id = doc!.document.id;
    await t.service.readContent(OWNER, DEMAND_ID, id);
    expect(t.audit.entries.filter((e) => e.action === 'document.read')).toHaveLength(0);
    await t.service.readContent(AGENT, DEMAND_ID, id, { disposition: 'inline' });
    expect(t.audit.entries.filter((e) => e.action === 'document.read')).toEqual([
      expect.objectContaining({ actorAccountId: AGENT.accountId, detail: expect.objectContaining({ disposition: 'inline' }) }),
    ]);
    expect(await codeOf(t.service.readDocumentForLandlord(LANDLORD, DEMAND_ID, id))).toBe('DEMAND.NOT_FOUND');

    const allowed = await setup({ designations: { isDesignatedToLandlord: async (demandId, landlordId) => demandId === DEMAND_ID && landlordId === 'l1' } });
    const {
      documents: [d2],
    } = await allowed.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    // a landlord reads verified pieces only
    expect(await codeOf(allowed.service.readDocumentForLandlord(LANDLORD, DEMAND_ID, d2!.document.id))).toBe('DOCUMENT.NOT_FOUND');
    expect(await allowed.service.listForLandlord(LANDLORD, DEMAND_ID)).toEqual([]);
    await allowed.service.decide(AGENT, DEMAND_ID, d2!.document.id, { outcome: 'verified' });
    expect((await allowed.service.listForLandlord(LANDLORD, DEMAND_ID)).map((d) => d.document.id)).toEqual([d2!.document.id]);
    expect(allowed.audit.entries.filter((e) => e.action === 'document.list')).toHaveLength(2);
    const read = await allowed.service.readDocumentForLandlord(LANDLORD, DEMAND_ID, d2!.document.id);
    expect(read.record.document.id).toBe(d2!.document.id);
    expect(allowed.audit.entries.find((e) => e.action === 'document.read')).toMatchObject({ actingFor: { kind: 'landlord', id: 'l1' } });
    expect(await codeOf(allowed.service.readDocumentForLandlord(AGENT, DEMAND_ID, d2!.document.id))).toBe('DEMAND.NOT_FOUND');
  });

  it('withdraws a piece before any verdict (file deleted), never after', async () => {
    const t = await setup();
    const {
      documents: [a, b],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('a.pdf'), pdf('b.pdf')] });
    await t.service.delete(OWNER, DEMAND_ID, a!.document.id);
    expect(t.storage.files.has(a!.document.storageKey)).toBe(false);
    expect((await t.service.list(OWNER, DEMAND_ID)).map((d) => d.document.id)).toEqual([b!.document.id]);
    expect((await t.demands.findById(DEMAND_ID))!.pendingDocuments).toBe(1);
    expect(await codeOf(t.service.delete(AGENT, DEMAND_ID, b!.document.id))).toBe('DEMAND.NOT_FOUND');
    await t.service.decide(AGENT, DEMAND_ID, b!.document.id, { outcome: 'verified' });
    expect(await codeOf(t.service.delete(OWNER, DEMAND_ID, b!.document.id))).toBe('DOCUMENT.NOT_DELETABLE');
  });
});

describe('the sweeper', () => {
  it('deletes files without rows only after the grace period, never files with rows', async () => {
    const t = await setup();
    await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    const orphan = await t.storage.put(PDF); // as if the process died before the row was written
    expect(await t.service.sweepFiles(t.clock.now())).toMatchObject({ orphansDeleted: 0 });
    t.clock.set('2026-03-15T10:30:00Z');
    expect((await t.service.sweepFiles(t.clock.now())).orphansDeleted).toBe(0);
    t.clock.set('2026-03-15T11:00:01Z');
    expect((await t.service.sweepFiles(t.clock.now())).orphansDeleted).toBe(1);
    expect(t.storage.files.has(orphan.storageKey)).toBe(false);
    expect(t.storage.files.size).toBe(1);
    expect(t.documents.ledger.size).toBe(0);
  });

  it('deletes the file of a replaced piece once its audit period is over', async () => {
    const t = await setup();
    const {
      documents: [old],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', files: [pdf()] });
    await t.service.decide(AGENT, DEMAND_ID, old!.document.id, { outcome: 'rejected', reason: 'Illisible' });
    await t.service.upload(OWNER, DEMAND_ID, { documentType: 'identity', replaces: old!.document.id, files: [pdf('lisible.pdf')] });
    expect((await t.documents.findById(old!.document.id))!.document.deleteAfter).toBe('2027-03-15');
    expect((await t.service.sweepFiles(new Date('2027-03-15T12:00:00Z'))).filesDeleted).toBe(0);
    expect((await t.service.sweepFiles(new Date('2027-03-16T12:00:00Z'))).filesDeleted).toBe(1);
    expect(t.storage.files.has(old!.document.storageKey)).toBe(false);
    expect((await t.documents.findById(old!.document.id))!.fileDeletedAt).toBeDefined();
  });
});

describe('out-of-date pieces', () => {
  it('expires the live tax notices of an older income year once a new year makes them so, tells the applicant, audits; idempotent', async () => {
    const t = await setup({ provider: null });
    // 15 March 2026: notices on 2024 and 2025 incomes are current
    const {
      documents: [notice2024],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'tax_notice', taxYear: 2024, files: [pdf('avis-2024.pdf')] });
    const {
      documents: [notice2025],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'tax_notice', taxYear: 2025, files: [pdf('avis-2025.pdf')] });
    const {
      documents: [payslip],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'payslip', files: [pdf('paie.pdf')] });
    await t.service.decide(AGENT, DEMAND_ID, notice2024!.document.id, { outcome: 'verified' });
    expect(await t.service.expireOutOfDate(t.clock.now())).toEqual({ onDate: '2026-03-15', expired: 0, failed: 0 });

    // 2 January 2027: the notice on 2024 incomes is out of date, the 2025 one still current
    const newYear = new Date('2027-01-02T01:25:00Z');
    expect(await t.service.expireOutOfDate(newYear)).toEqual({ onDate: '2027-01-02', expired: 1, failed: 0 });
    const expired = (await t.documents.findById(notice2024!.document.id))!.document;
    expect(expired.status).toBe('expired');
    expect(expired.history.at(-1)).toMatchObject({ from: 'verified', to: 'expired', reason: expect.stringContaining('revenus 2024') });
    expect((await t.documents.findById(notice2025!.document.id))!.document.status).toBe('verification_pending');
    expect((await t.documents.findById(payslip!.document.id))!.document.status).toBe('verification_pending');
    expect(t.notifications.sent.filter((n) => n.kind === 'document.expired')).toMatchObject([
      { accountId: OWNER.accountId, payload: { documentId: notice2024!.document.id, taxYear: 2024 } },
    ]);
    expect(t.audit.entries.filter((e) => e.action === 'document.expired')).toHaveLength(1);
    // the second run finds nothing; the expired piece can be replaced by a current one
    expect(await t.service.expireOutOfDate(newYear)).toEqual({ onDate: '2027-01-02', expired: 0, failed: 0 });
    t.clock.set('2027-01-03T10:00:00Z');
    const {
      documents: [fresh],
    } = await t.service.upload(OWNER, DEMAND_ID, { documentType: 'tax_notice', taxYear: 2026, replaces: notice2024!.document.id, files: [pdf('avis-2026.pdf')] });
    expect(fresh!.document.status).toBe('verification_pending');
  });

  it('leaves the pieces of a closed demand to the retention', async () => {
    const t = await setup({ provider: null });
    await t.service.upload(OWNER, DEMAND_ID, { documentType: 'tax_notice', taxYear: 2024, files: [pdf()] });
    const record = (await t.demands.findById(DEMAND_ID))!;
    await t.demands.save({ ...record, demand: { ...record.demand, status: 'cancelled' } }, []);
    expect(await t.service.expireOutOfDate(new Date('2027-01-02T01:25:00Z'))).toMatchObject({ expired: 0, failed: 0 });
    expect(t.notifications.sent.filter((n) => n.kind === 'document.expired')).toHaveLength(0);
  });
});
