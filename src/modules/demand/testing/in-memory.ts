import { compareIsoDates, type IsoDate } from '../../../shared/dates';
import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import { departementOfDemand, isFinal, isRegistrationPending, type DemandHistoryEntry } from '../domain/index';
import type { DemandDueRef, DemandEmploymentRef, DemandListFilter, DemandListSort, DemandRecord, DemandRepository, DemandSummary } from '../ports/demands.port';
import type { DemandNotification, DemandNotificationOutbox } from '../ports/notifications.port';
import { demandError } from '../demand.errors';

/**
 * In-memory adapters of the demand ports, for unit tests (here and in the modules that call the
 * demand module). Same contracts as the database adapters: versions, one open demand per owner,
 * unique registration numbers.
 */
export class InMemoryDemandRepository implements DemandRepository {
  readonly records = new Map<string, DemandRecord>();
  constructor(private readonly now: () => Date = () => new Date()) {}

  private copy(record: DemandRecord): DemandRecord {
    return structuredClone(record);
  }

  private checkUnique(record: DemandRecord): void {
    for (const other of this.records.values()) {
      if (other.demand.id === record.demand.id) continue;
      if (other.demand.ownerAccountId === record.demand.ownerAccountId && !isFinal(other.demand.status) && !isFinal(record.demand.status)) {
        throw demandError.alreadyExists();
      }
      if (
        record.demand.registrationNumber &&
        other.demand.registrationNumber === record.demand.registrationNumber &&
        (other.demand.registry ?? 'sne') === (record.demand.registry ?? 'sne')
      ) {
        throw demandError.registrationNumberTaken();
      }
    }
  }

  async insert(record: DemandRecord): Promise<void> {
    this.checkUnique(record);
    this.records.set(record.demand.id, this.copy(record));
  }
  async findById(id: string): Promise<DemandRecord | null> {
    const r = this.records.get(id);
    return r ? this.copy(r) : null;
  }
  findByIdForUpdate(id: string): Promise<DemandRecord | null> {
    return this.findById(id);
  }
  async findManyByIds(ids: readonly string[]): Promise<DemandRecord[]> {
    return ids.flatMap((id) => (this.records.has(id) ? [this.copy(this.records.get(id)!)] : []));
  }
  async findEmployments(ids: readonly string[]): Promise<DemandEmploymentRef[]> {
    return [...new Set(ids)].flatMap((id) => {
      const r = this.records.get(id);
      return r ? [{ id, employment: r.demand.data.applicant.employment ? { ...r.demand.data.applicant.employment } : undefined }] : [];
    });
  }
  async findOpenByOwner(ownerAccountId: string): Promise<DemandRecord | null> {
    const r = [...this.records.values()].find((x) => x.demand.ownerAccountId === ownerAccountId && !isFinal(x.demand.status));
    return r ? this.copy(r) : null;
  }
  async save(record: DemandRecord, _appended: readonly DemandHistoryEntry[]): Promise<DemandRecord> {
    const stored = this.records.get(record.demand.id);
    if (!stored || stored.version !== record.version) throw demandError.concurrentUpdate();
    this.checkUnique(record);
    const saved = { ...this.copy(record), version: record.version + 1, updatedAt: this.now() };
    this.records.set(record.demand.id, saved);
    return this.copy(saved);
  }
  async findByRegistrationNumber(registrationNumber: string, registry: string): Promise<DemandRecord | null> {
    const r = [...this.records.values()].find((x) => x.demand.registrationNumber === registrationNumber && (x.demand.registry ?? 'sne') === registry);
    return r ? this.copy(r) : null;
  }
  async list(filter: DemandListFilter, page: PageRequest, sort: DemandListSort = 'created_desc'): Promise<Page<DemandSummary>> {
    const all = [...this.records.values()].filter((r) => matches(r, filter)).sort(comparator(sort));
    const items = all.slice(pageOffset(page), pageOffset(page) + page.pageSize).map(summaryOf);
    return { items, page: page.page, pageSize: page.pageSize, total: all.length };
  }
  async findExpirable(onDate: IsoDate, limit: number, afterId?: string): Promise<DemandDueRef[]> {
    return this.due((r) => compareIsoDates(r.demand.renewalDueDate!, onDate) < 0, limit, afterId);
  }
  async findReminderCandidates(from: IsoDate, to: IsoDate, limit: number, afterId?: string): Promise<DemandDueRef[]> {
    return this.due(
      (r) => compareIsoDates(r.demand.renewalDueDate!, from) >= 0 && compareIsoDates(r.demand.renewalDueDate!, to) <= 0 && r.lastReminderFor !== r.demand.renewalDueDate,
      limit,
      afterId,
    );
  }
  async setPendingDocuments(id: string, count: number): Promise<void> {
    const r = this.records.get(id);
    if (r) r.pendingDocuments = count;
  }

  private due(test: (r: DemandRecord) => boolean, limit: number, afterId?: string): DemandDueRef[] {
    return [...this.records.values()]
      .filter((r) => r.demand.status === 'active' && r.demand.renewalDueDate !== undefined && test(r))
      .filter((r) => afterId === undefined || r.demand.id > afterId)
      .sort((a, b) => (a.demand.id < b.demand.id ? -1 : 1))
      .slice(0, limit)
      .map((r) => ({ id: r.demand.id, renewalDueDate: r.demand.renewalDueDate! }));
  }
}

/** The order of a list: by the sort's key (demands without one last), ties broken by id. */
function comparator(sort: DemandListSort): (a: DemandRecord, b: DemandRecord) => number {
  const key = (r: DemandRecord): string | undefined => {
    if (sort === 'created_desc' || sort === 'created_asc') return r.demand.createdAt.toISOString();
    if (sort === 'submitted_asc' || sort === 'submitted_desc') return r.demand.submittedAt?.toISOString();
    return r.demand.registrationDate;
  };
  const descending = sort === 'created_desc' || sort === 'registration_desc' || sort === 'submitted_desc';
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === undefined) return 1;
      if (kb === undefined) return -1;
      return (ka < kb ? -1 : 1) * (descending ? -1 : 1);
    }
    return (a.demand.id < b.demand.id ? -1 : 1) * (descending ? -1 : 1);
  };
}

function departementOfRecord(r: DemandRecord): string | undefined {
  return departementOfDemand(r.demand.data);
}

function matches(r: DemandRecord, f: DemandListFilter): boolean {
  const d = r.demand;
  if (f.ownerAccountId && d.ownerAccountId !== f.ownerAccountId) return false;
  if (f.statuses?.length && !f.statuses.includes(d.status)) return false;
  if (f.departement && departementOfRecord(r) !== f.departement) return false;
  if (f.registeredFrom && (!d.registrationDate || d.registrationDate < f.registeredFrom)) return false;
  if (f.registeredTo && (!d.registrationDate || d.registrationDate > f.registeredTo)) return false;
  if (f.documentsPending !== undefined && f.documentsPending !== r.pendingDocuments > 0) return false;
  if (f.documentsRequested !== undefined && f.documentsRequested !== (d.documentsRequest !== undefined)) return false;
  if (f.registrationPending !== undefined && f.registrationPending !== isRegistrationPending(d)) return false;
  if (f.dalo !== undefined && f.dalo !== (d.data.dalo ?? false)) return false;
  if (f.search !== undefined && !matchesSearch(r, f.search)) return false;
  return true;
}

/** The search as PostgreSQL runs it (migration 0017), for tests: names and e-mail by prefix, number and phone exact. */
function matchesSearch(r: DemandRecord, search: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replaceAll('œ', 'oe')
      .replaceAll('æ', 'ae')
      .replace(/[-'’\s]+/gu, ' ')
      .trim();
  const digits = (s: string) => s.replace(/\D/gu, '').replace(/^(?:00)?33(?=\d{9}$)/u, '0');
  const a = r.demand.data.applicant;
  const q = norm(search);
  if (r.demand.registrationNumber && r.demand.registrationNumber === search.replace(/\s/gu, '').toUpperCase()) return true;
  if (a.email && a.email.toLowerCase().startsWith(search.trim().toLowerCase())) return true;
  if (a.phone && digits(search).length >= 8 && digits(a.phone) === digits(search)) return true;
  return q.length >= 2 && [`${a.lastName} ${a.firstName}`, `${a.firstName} ${a.lastName}`].some((n) => norm(n).startsWith(q));
}

function summaryOf(r: DemandRecord): DemandSummary {
  const d = r.demand;
  const departement = departementOfRecord(r);
  return {
    id: d.id,
    ownerAccountId: d.ownerAccountId,
    status: d.status,
    applicantName: `${d.data.applicant.firstName} ${d.data.applicant.lastName}`.trim(),
    ...(d.registrationNumber ? { registrationNumber: d.registrationNumber } : {}),
    ...(d.registrationDate ? { registrationDate: d.registrationDate } : {}),
    ...(d.renewalDueDate ? { renewalDueDate: d.renewalDueDate } : {}),
    registrationPending: isRegistrationPending(d),
    ...(departement ? { departement } : {}),
    dalo: d.data.dalo ?? false,
    documentsRequested: d.documentsRequest !== undefined,
    pendingDocuments: r.pendingDocuments,
    createdAt: d.createdAt,
    ...(d.submittedAt ? { submittedAt: d.submittedAt } : {}),
    updatedAt: r.updatedAt,
  };
}

export class InMemoryNotificationOutbox implements DemandNotificationOutbox {
  readonly sent: DemandNotification[] = [];
  async add(n: DemandNotification): Promise<void> {
    if (n.dedupeKey && this.sent.some((s) => s.dedupeKey === n.dedupeKey)) return;
    this.sent.push(n);
  }
}
