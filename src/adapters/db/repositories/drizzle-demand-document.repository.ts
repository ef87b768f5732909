import { and, asc, count, eq, gt, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/dates';
import {
  demandError,
  type DocumentDecider,
  type DocumentHistoryEntry,
  type DocumentRecord,
  type DocumentRepository,
  type DocumentStatus,
  type DocumentType,
  type PersonRef,
  type SupportingDocument,
} from '../../../modules/demand/index';
import type { Database } from '../database';
import { documentOrphanFiles, documents } from '../schema/demand.schema';

type DocumentRow = typeof documents.$inferSelect;

/** jsonb shape of a history entry (instants as ISO strings). */
interface StoredHistoryEntry {
  from: DocumentStatus;
  to: DocumentStatus;
  at: string;
  by?: string;
  reason?: string;
}

const opt = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } => (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function toRecord(row: DocumentRow): DocumentRecord {
  const history = (row.history as StoredHistoryEntry[]).map((h): DocumentHistoryEntry => ({
    from: h.from,
    to: h.to,
    at: new Date(h.at),
    ...opt('by', h.by),
    ...opt('reason', h.reason),
  }));
  const document: SupportingDocument = {
    id: row.id,
    demandId: row.demandId,
    type: row.type as DocumentType,
    ...opt('person', row.person as PersonRef | null),
    status: row.status as DocumentStatus,
    fileName: row.originalName,
    mimeType: row.contentType,
    sizeBytes: row.sizeBytes,
    storageKey: row.storageKey,
    ...opt('taxYear', row.taxYear),
    uploadedAt: row.uploadedAt,
    ...opt('verificationRef', row.providerRef),
    ...opt('decidedBy', row.decidedBy as DocumentDecider | null),
    ...opt('rejectionReason', row.rejectionReason),
    ...opt('replacesId', row.replacesId),
    ...opt('replacedById', row.replacedById),
    ...opt('deleteAfter', row.deleteAfter),
    history,
  };
  return {
    document,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    updatedAt: row.updatedAt,
    version: row.version,
    ...opt('deletedAt', row.deletedAt),
    ...opt('fileDeletedAt', row.fileDeletedAt),
  };
}

/** The changing columns of a record. */
function columnsOf(record: DocumentRecord) {
  const d = record.document;
  return {
    status: d.status,
    providerRef: d.verificationRef ?? null,
    decidedBy: d.decidedBy ?? null,
    rejectionReason: d.rejectionReason ?? null,
    replacesId: d.replacesId ?? null,
    replacedById: d.replacedById ?? null,
    deleteAfter: d.deleteAfter ?? null,
    history: d.history.map((h): StoredHistoryEntry => ({ from: h.from, to: h.to, at: h.at.toISOString(), ...opt('by', h.by), ...opt('reason', h.reason) })),
    deletedAt: record.deletedAt ?? null,
    fileDeletedAt: record.fileDeletedAt ?? null,
  };
}

const PENDING = ['uploaded', 'verification_pending'];
const LIVE = ['uploaded', 'verification_pending', 'verified'];

/** Supporting documents' rows (`demand.documents`) and the orphan ledger, in the caller's transaction. */
export class DrizzleDemandDocumentRepository implements DocumentRepository {
  constructor(
    private readonly database: Database,
    private readonly now: () => Date,
  ) {}

  private get db() {
    return this.database.db;
  }

  async insert(records: readonly DocumentRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.db.insert(documents).values(
      records.map((r) => ({
        id: r.document.id,
        demandId: r.document.demandId,
        type: r.document.type,
        person: r.document.person ?? null,
        taxYear: r.document.taxYear ?? null,
        originalName: r.document.fileName,
        contentType: r.document.mimeType,
        sizeBytes: r.document.sizeBytes,
        sha256: r.sha256,
        storageKey: r.document.storageKey,
        uploadedBy: r.uploadedBy,
        uploadedAt: r.document.uploadedAt,
        updatedAt: r.updatedAt,
        version: r.version,
        ...columnsOf(r),
      })),
    );
  }

  async findById(id: string): Promise<DocumentRecord | null> {
    const [row] = await this.db.select().from(documents).where(eq(documents.id, id)).limit(1);
    return row ? toRecord(row) : null;
  }

  async findByIdForUpdate(id: string): Promise<DocumentRecord | null> {
    const [row] = await this.db.select().from(documents).where(eq(documents.id, id)).for('update').limit(1);
    return row ? toRecord(row) : null;
  }

  async findByProviderRef(providerRef: string): Promise<DocumentRecord | null> {
    const [row] = await this.db.select().from(documents).where(eq(documents.providerRef, providerRef)).limit(1);
    return row ? toRecord(row) : null;
  }

  async listByDemand(demandId: string, options: { includeDeleted?: boolean } = {}): Promise<DocumentRecord[]> {
    const rows = await this.db
      .select()
      .from(documents)
      .where(and(eq(documents.demandId, demandId), options.includeDeleted ? undefined : isNull(documents.deletedAt)))
      .orderBy(asc(documents.uploadedAt), asc(documents.id));
    return rows.map(toRecord);
  }

  async save(record: DocumentRecord): Promise<DocumentRecord> {
    const updatedAt = this.now();
    const updated = await this.db
      .update(documents)
      .set({ ...columnsOf(record), updatedAt, version: record.version + 1 })
      .where(and(eq(documents.id, record.document.id), eq(documents.version, record.version)))
      .returning({ version: documents.version });
    if (updated.length === 0) throw demandError.documentConcurrentUpdate();
    return { ...record, updatedAt, version: record.version + 1 };
  }

  async countPending(demandId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(documents)
      .where(and(eq(documents.demandId, demandId), inArray(documents.status, PENDING), isNull(documents.deletedAt)));
    return Number(row?.n ?? 0);
  }

  async referencedKeys(storageKeys: readonly string[]): Promise<Set<string>> {
    if (storageKeys.length === 0) return new Set();
    const rows = await this.db
      .select({ key: documents.storageKey })
      .from(documents)
      .where(inArray(documents.storageKey, [...storageKeys]));
    return new Set(rows.map((r) => r.key));
  }

  async findFilesToDelete(onDate: IsoDate, limit: number): Promise<DocumentRecord[]> {
    const rows = await this.db
      .select()
      .from(documents)
      .where(and(isNull(documents.fileDeletedAt), or(isNotNull(documents.deletedAt), lt(documents.deleteAfter, onDate))))
      .orderBy(asc(documents.id))
      .limit(limit);
    return rows.map(toRecord);
  }

  async findTaxNoticesBefore(taxYear: number, limit: number, after?: string): Promise<DocumentRecord[]> {
    const rows = await this.db
      .select()
      .from(documents)
      .where(
        and(
          eq(documents.type, 'tax_notice'),
          lt(documents.taxYear, taxYear),
          inArray(documents.status, LIVE),
          isNull(documents.deletedAt),
          ...(after ? [gt(documents.id, after)] : []),
        ),
      )
      .orderBy(asc(documents.id))
      .limit(limit);
    return rows.map(toRecord);
  }

  async markFileDeleted(id: string, at: Date): Promise<void> {
    await this.db
      .update(documents)
      .set({ fileDeletedAt: at })
      .where(and(eq(documents.id, id), isNull(documents.fileDeletedAt)));
  }

  async noteUnreferenced(storageKeys: readonly string[], now: Date): Promise<Map<string, Date>> {
    if (storageKeys.length === 0) return new Map();
    await this.db
      .insert(documentOrphanFiles)
      .values(storageKeys.map((storageKey) => ({ storageKey, firstSeenAt: now })))
      .onConflictDoNothing();
    const rows = await this.db
      .select()
      .from(documentOrphanFiles)
      .where(inArray(documentOrphanFiles.storageKey, [...storageKeys]));
    return new Map(rows.map((r) => [r.storageKey, r.firstSeenAt]));
  }

  async forgetUnreferenced(storageKeys: readonly string[]): Promise<void> {
    if (storageKeys.length === 0) return;
    await this.db.delete(documentOrphanFiles).where(inArray(documentOrphanFiles.storageKey, [...storageKeys]));
  }

  async pruneUnreferenced(before: Date): Promise<number> {
    const removed = await this.db.delete(documentOrphanFiles).where(lt(documentOrphanFiles.firstSeenAt, before)).returning({ key: documentOrphanFiles.storageKey });
    return removed.length;
  }
}
