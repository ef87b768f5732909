import { compareIsoDates, type IsoDate } from '../../../shared/dates';
import type { DocumentRecord, DocumentRepository } from '../ports/documents.port';
import { demandError } from '../demand.errors';

/** In-memory document rows and orphan ledger, for unit tests: same contracts as the database adapter. */
export class InMemoryDocumentRepository implements DocumentRepository {
  readonly records = new Map<string, DocumentRecord>();
  readonly ledger = new Map<string, Date>();

  private copy(record: DocumentRecord): DocumentRecord {
    return structuredClone(record);
  }

  async insert(records: readonly DocumentRecord[]): Promise<void> {
    for (const r of records) this.records.set(r.document.id, this.copy(r));
  }
  async findById(id: string): Promise<DocumentRecord | null> {
    const r = this.records.get(id);
    return r ? this.copy(r) : null;
  }
  findByIdForUpdate(id: string): Promise<DocumentRecord | null> {
    return this.findById(id);
  }
  async findByProviderRef(providerRef: string): Promise<DocumentRecord | null> {
    const r = [...this.records.values()].find((x) => x.document.verificationRef === providerRef);
    return r ? this.copy(r) : null;
  }
  async listByDemand(demandId: string, options: { includeDeleted?: boolean } = {}): Promise<DocumentRecord[]> {
    return [...this.records.values()]
      .filter((r) => r.document.demandId === demandId && (options.includeDeleted || !r.deletedAt))
      .sort((a, b) => a.document.uploadedAt.getTime() - b.document.uploadedAt.getTime() || (a.document.id < b.document.id ? -1 : 1))
      .map((r) => this.copy(r));
  }
  async save(record: DocumentRecord): Promise<DocumentRecord> {
    const stored = this.records.get(record.document.id);
    if (!stored || stored.version !== record.version) throw demandError.documentConcurrentUpdate();
    const saved = { ...this.copy(record), version: record.version + 1 };
    this.records.set(record.document.id, saved);
    return this.copy(saved);
  }
  async countPending(demandId: string): Promise<number> {
    return [...this.records.values()].filter(
      (r) => r.document.demandId === demandId && !r.deletedAt && (r.document.status === 'uploaded' || r.document.status === 'verification_pending'),
    ).length;
  }
  async referencedKeys(storageKeys: readonly string[]): Promise<Set<string>> {
    const all = new Set([...this.records.values()].map((r) => r.document.storageKey));
    return new Set(storageKeys.filter((k) => all.has(k)));
  }
  async findFilesToDelete(onDate: IsoDate, limit: number): Promise<DocumentRecord[]> {
    return [...this.records.values()]
      .filter((r) => !r.fileDeletedAt && (r.deletedAt || (r.document.deleteAfter !== undefined && compareIsoDates(onDate, r.document.deleteAfter) > 0)))
      .slice(0, limit)
      .map((r) => this.copy(r));
  }
  async findTaxNoticesBefore(taxYear: number, limit: number, after?: string): Promise<DocumentRecord[]> {
    return [...this.records.values()]
      .filter((r) => r.document.type === 'tax_notice' && r.document.taxYear !== undefined && r.document.taxYear < taxYear && !r.deletedAt)
      .filter((r) => ['uploaded', 'verification_pending', 'verified'].includes(r.document.status) && (after === undefined || r.document.id > after))
      .sort((a, b) => (a.document.id < b.document.id ? -1 : 1))
      .slice(0, limit)
      .map((r) => this.copy(r));
  }
  async markFileDeleted(id: string, at: Date): Promise<void> {
    const r = this.records.get(id);
    if (r) r.fileDeletedAt = at;
  }
  async noteUnreferenced(storageKeys: readonly string[], now: Date): Promise<Map<string, Date>> {
    for (const k of storageKeys) if (!this.ledger.has(k)) this.ledger.set(k, now);
    return new Map(storageKeys.map((k) => [k, this.ledger.get(k)!]));
  }
  async forgetUnreferenced(storageKeys: readonly string[]): Promise<void> {
    for (const k of storageKeys) this.ledger.delete(k);
  }
  async pruneUnreferenced(before: Date): Promise<number> {
    let n = 0;
    for (const [k, at] of this.ledger) {
      if (at < before) {
        this.ledger.delete(k);
        n++;
      }
    }
    return n;
  }
}
