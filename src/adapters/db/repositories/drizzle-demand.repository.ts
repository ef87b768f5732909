import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../../../shared/clock';
import type { IsoDate } from '../../../shared/dates';
import { prepared } from '../prepared';
import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import {
  demandError,
  DEMAND_SEARCH_CAP,
  DEMAND_SEARCH_MAX,
  DEMAND_SEARCH_MIN,
  departementOfDemand,
  isFinal,
  OPEN_DEMAND_STATUSES,
  type Demand,
  type DemandData,
  type DemandDueRef,
  type DemandEmploymentRef,
  type DemandHistoryEntry,
  type DemandListFilter,
  type DemandListSort,
  type DemandNotification,
  type DemandNotificationOutbox,
  type DemandRecord,
  type DemandRejection,
  type DemandRepository,
  type DemandSource,
  type DemandStatus,
  type DemandSummary,
  type DocumentsRequest,
  type Employment,
  type FactCheck,
  type FactChecks,
} from '../../../modules/demand/index';
import type { Database } from '../database';
import { pgErrorCode } from '../database';
import { anyUuid } from '../sql-lists';
import { demandHistory, demandNotifications, demands } from '../schema/demand.schema';

type DemandRow = typeof demands.$inferSelect;
type HistoryRow = typeof demandHistory.$inferSelect;

/** jsonb shapes of the flags (instants as ISO strings). */
interface StoredDocumentsRequest {
  requestedAt: string;
  by?: string;
  message: string;
  documentTypes: DocumentsRequest['documentTypes'];
}
interface StoredRejection {
  at: string;
  by?: string;
  reason: string;
}

const opt = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } => (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function toEntry(row: HistoryRow): DemandHistoryEntry {
  return {
    action: row.action as DemandHistoryEntry['action'],
    from: row.fromStatus as DemandStatus,
    to: row.toStatus as DemandStatus,
    at: row.at,
    ...opt('by', row.by),
    ...opt('reason', row.reason),
  };
}

function toDocumentsRequest(value: unknown): DocumentsRequest | undefined {
  if (!value) return undefined;
  const v = value as StoredDocumentsRequest;
  return { requestedAt: new Date(v.requestedAt), ...opt('by', v.by), message: v.message, documentTypes: v.documentTypes ?? [] };
}

function toRejection(value: unknown): DemandRejection | undefined {
  if (!value) return undefined;
  const v = value as StoredRejection;
  return { at: new Date(v.at), ...opt('by', v.by), reason: v.reason };
}

/** jsonb shape of the checks of the declared facts (instants as ISO strings). */
type StoredFactChecks = Partial<Record<keyof FactChecks, Omit<FactCheck, 'at'> & { at: string }>>;

function toFactChecks(value: unknown): FactChecks | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const checks: FactChecks = {};
  for (const [fact, c] of Object.entries(value as StoredFactChecks)) {
    if (!c) continue;
    checks[fact as keyof FactChecks] = {
      status: c.status,
      source: c.source,
      at: new Date(c.at),
      ...opt('by', c.by),
      ...opt('reason', c.reason),
      ...opt('documentId', c.documentId),
    };
  }
  return Object.keys(checks).length ? checks : undefined;
}

function storedFactChecks(checks: FactChecks | undefined): StoredFactChecks | null {
  if (!checks) return null;
  const stored: StoredFactChecks = {};
  for (const [fact, c] of Object.entries(checks)) if (c) stored[fact as keyof FactChecks] = { ...c, at: c.at.toISOString() };
  return Object.keys(stored).length ? stored : null;
}

function toRecord(row: DemandRow, history: HistoryRow[]): DemandRecord {
  const demand: Demand = {
    id: row.id,
    ownerAccountId: row.ownerAccountId,
    status: row.status as DemandStatus,
    data: row.data as DemandData,
    source: row.source as DemandSource,
    ...opt('registry', row.registry),
    ...opt('registrationNumber', row.registrationNumber),
    ...opt('registrationDate', row.registrationDate),
    ...opt('renewalDueDate', row.renewalDueDate),
    createdAt: row.createdAt,
    ...opt('submittedAt', row.submittedAt),
    ...opt('validatedAt', row.validatedAt),
    ...opt('lastRenewedAt', row.lastRenewedAt),
    ...opt('closedAt', row.closedAt),
    ...opt('documentsRequest', toDocumentsRequest(row.documentsRequest)),
    ...opt('lastRejection', toRejection(row.lastRejection)),
    history: history.map(toEntry),
  };
  return {
    demand,
    version: row.version,
    updatedAt: row.updatedAt,
    ...opt('factChecks', toFactChecks(row.factChecks)),
    ...opt('lastReminderFor', row.lastReminderFor),
    pendingDocuments: row.pendingDocuments,
  };
}

/** The columns of a record (everything but id, created_at and version). */
function columnsOf(record: DemandRecord, updatedAt: Date) {
  const d = record.demand;
  const departement = departementOfDemand(d.data);
  const request: StoredDocumentsRequest | null = d.documentsRequest
    ? {
        requestedAt: d.documentsRequest.requestedAt.toISOString(),
        ...opt('by', d.documentsRequest.by),
        message: d.documentsRequest.message,
        documentTypes: d.documentsRequest.documentTypes,
      }
    : null;
  const rejection: StoredRejection | null = d.lastRejection ? { at: d.lastRejection.at.toISOString(), ...opt('by', d.lastRejection.by), reason: d.lastRejection.reason } : null;
  return {
    ownerAccountId: d.ownerAccountId,
    status: d.status,
    source: d.source,
    registry: d.registry ?? null,
    data: d.data,
    registrationNumber: d.registrationNumber ?? null,
    registrationDate: d.registrationDate ?? null,
    renewalDueDate: d.renewalDueDate ?? null,
    departement: departement ?? null,
    employerSiret: d.data.applicant.employment?.employerSiret ?? null,
    dalo: d.data.dalo ?? false,
    documentsRequest: request,
    documentsRequestedAt: d.documentsRequest?.requestedAt ?? null,
    pendingDocuments: record.pendingDocuments,
    lastRejection: rejection,
    factChecks: storedFactChecks(record.factChecks),
    lastReminderFor: record.lastReminderFor ?? null,
    submittedAt: d.submittedAt ?? null,
    validatedAt: d.validatedAt ?? null,
    lastRenewedAt: d.lastRenewedAt ?? null,
    closedAt: d.closedAt ?? null,
    updatedAt,
  };
}

/** Name of the violated constraint of a PostgreSQL error (drizzle wraps driver errors). */
function constraintOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const name = (e as { constraint?: unknown }).constraint;
    if (typeof name === 'string') return name;
    const message = (e as { message?: unknown }).message;
    const match = typeof message === 'string' ? /constraint "([^"]+)"/.exec(message) : null;
    if (match) return match[1];
  }
  return undefined;
}

function uniqueViolation(error: unknown): Error | undefined {
  if (pgErrorCode(error) !== '23505') return undefined;
  const constraint = constraintOf(error) ?? '';
  if (constraint.includes('one_open_per_owner')) {
    return demandError.alreadyExists();
  }
  if (constraint.includes('registration_number')) {
    return demandError.registrationNumberTaken();
  }
  return undefined;
}

export class DrizzleDemandRepository implements DemandRepository {
  // the hottest reads, prepared (see prepared.ts)
  private readonly byIds;
  private readonly openByOwner;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {
    this.byIds = prepared(database, 'demand_by_ids', (db) =>
      db
        .select()
        .from(demands)
        .where(sql`${demands.id} = any(${sql.placeholder('ids')}::uuid[])`),
    );
    this.openByOwner = prepared(database, 'demand_open_by_owner', (db) =>
      db
        .select()
        .from(demands)
        .where(and(eq(demands.ownerAccountId, sql.placeholder('owner')), inArray(demands.status, [...OPEN_DEMAND_STATUSES])))
        .limit(1),
    );
  }

  private get db() {
    return this.database.db;
  }

  private async withHistory(rows: DemandRow[]): Promise<DemandRecord[]> {
    if (rows.length === 0) return [];
    const history = await this.db
      .select()
      .from(demandHistory)
      .where(
        anyUuid(
          demandHistory.demandId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(demandHistory.demandId), asc(demandHistory.id));
    const byDemand = new Map<string, HistoryRow[]>();
    for (const h of history) byDemand.set(h.demandId, [...(byDemand.get(h.demandId) ?? []), h]);
    return rows.map((r) => toRecord(r, byDemand.get(r.id) ?? []));
  }

  private async appendHistory(demandId: string, entries: readonly DemandHistoryEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db
      .insert(demandHistory)
      .values(entries.map((e) => ({ demandId, action: e.action, fromStatus: e.from, toStatus: e.to, at: e.at, by: e.by ?? null, reason: e.reason ?? null })));
  }

  async insert(record: DemandRecord): Promise<void> {
    try {
      await this.database.transaction(async () => {
        await this.db.insert(demands).values({
          id: record.demand.id,
          createdAt: record.demand.createdAt,
          version: record.version,
          ...columnsOf(record, record.updatedAt),
        });
        await this.appendHistory(record.demand.id, record.demand.history);
      });
    } catch (error) {
      throw uniqueViolation(error) ?? error;
    }
  }

  async findById(id: string): Promise<DemandRecord | null> {
    const rows = await this.db.select().from(demands).where(eq(demands.id, id)).limit(1);
    return (await this.withHistory(rows))[0] ?? null;
  }

  async findByIdForUpdate(id: string): Promise<DemandRecord | null> {
    const rows = await this.db.select().from(demands).where(eq(demands.id, id)).for('update').limit(1);
    return (await this.withHistory(rows))[0] ?? null;
  }

  async findManyByIds(ids: readonly string[], options: { history?: boolean } = {}): Promise<DemandRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.byIds({ ids: [...new Set(ids)] });
    return options.history === false ? rows.map((r) => toRecord(r, [])) : this.withHistory(rows);
  }

  async findByRegistrationNumber(registrationNumber: string, registry: string): Promise<DemandRecord | null> {
    // the expression of the unique index demands_registry_registration_number_unique (migration 0018)
    const rows = await this.db
      .select()
      .from(demands)
      .where(and(eq(demands.registrationNumber, registrationNumber), eq(sql`coalesce(${demands.registry}, 'sne')`, registry)))
      .limit(1);
    return (await this.withHistory(rows))[0] ?? null;
  }

  async findOpenByOwner(ownerAccountId: string, options: { history?: boolean } = {}): Promise<DemandRecord | null> {
    const rows = await this.openByOwner({ owner: ownerAccountId });
    if (options.history === false) return rows[0] ? toRecord(rows[0], []) : null;
    return (await this.withHistory(rows))[0] ?? null;
  }

  async save(record: DemandRecord, appended: readonly DemandHistoryEntry[]): Promise<DemandRecord> {
    const updatedAt = this.clock.now();
    try {
      return await this.database.transaction(async () => {
        const updated = await this.db
          .update(demands)
          .set({ ...columnsOf(record, updatedAt), version: record.version + 1 })
          .where(and(eq(demands.id, record.demand.id), eq(demands.version, record.version)))
          .returning({ version: demands.version });
        if (updated.length === 0) {
          throw demandError.concurrentUpdate();
        }
        await this.appendHistory(record.demand.id, appended);
        return { ...record, version: record.version + 1, updatedAt };
      });
    } catch (error) {
      throw uniqueViolation(error) ?? error;
    }
  }

  async list(filter: DemandListFilter, page: PageRequest, sort: DemandListSort = 'created_desc'): Promise<Page<DemandSummary>> {
    const filters = and(...conditionsOf(filter));
    const where = filter.search === undefined ? filters : and(filters, await this.searchCondition(filter.search, filters));
    // the count and the page at the same time (two pooled connections; one after the other on PGlite or in a transaction)
    const counted = this.db.select({ n: count() }).from(demands).where(where);
    const paged = this.db
      .select({
        id: demands.id,
        ownerAccountId: demands.ownerAccountId,
        status: demands.status,
        lastName: sql<string | null>`${demands.data}->'applicant'->>'lastName'`,
        firstName: sql<string | null>`${demands.data}->'applicant'->>'firstName'`,
        registrationNumber: demands.registrationNumber,
        registrationDate: demands.registrationDate,
        renewalDueDate: demands.renewalDueDate,
        validatedAt: demands.validatedAt,
        departement: demands.departement,
        dalo: demands.dalo,
        documentsRequestedAt: demands.documentsRequestedAt,
        pendingDocuments: demands.pendingDocuments,
        createdAt: demands.createdAt,
        submittedAt: demands.submittedAt,
        updatedAt: demands.updatedAt,
      })
      .from(demands)
      .where(where)
      .orderBy(...orderOf(sort))
      .limit(page.pageSize)
      .offset(pageOffset(page));
    const [[total], rows] = await Promise.all([counted, paged]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        ownerAccountId: r.ownerAccountId,
        status: r.status as DemandStatus,
        applicantName: [r.firstName, r.lastName].filter(Boolean).join(' '),
        ...opt('registrationNumber', r.registrationNumber),
        ...opt('registrationDate', r.registrationDate),
        ...opt('renewalDueDate', r.renewalDueDate),
        registrationPending: r.registrationNumber === null && r.validatedAt !== null && !isFinal(r.status as DemandStatus),
        ...opt('departement', r.departement),
        dalo: r.dalo,
        documentsRequested: r.documentsRequestedAt !== null,
        pendingDocuments: r.pendingDocuments,
        createdAt: r.createdAt,
        ...opt('submittedAt', r.submittedAt),
        updatedAt: r.updatedAt,
      })),
      page: page.page,
      pageSize: page.pageSize,
      total: Number(total?.n ?? 0),
    };
  }

  /**
   * The agents' search (migration 0017): the input normalised by the database's own functions (the
   * ones its generated columns use); then one branch per criterion, each an index scan in the
   * index's order bounded to DEMAND_SEARCH_CAP + 1 rows (prefix LIKE on the btree
   * text_pattern_ops indexes of the names and the e-mail, equality on the number and the phone),
   * with the other filters inside. A broad prefix ("mar") thus reads a few hundred index entries,
   * never the thousands of rows it matches; a total above the cap tells the agent to refine.
   */
  private async searchCondition(search: string, filters: SQL | undefined): Promise<SQL> {
    const input = search.trim().slice(0, DEMAND_SEARCH_MAX);
    const result = await this.db.execute(sql`select "demand"."search_text"(${input}) as name, "demand"."search_phone"(${input}) as phone`);
    const norm = (result as unknown as { rows: { name: string | null; phone: string | null }[] }).rows[0];
    const branch = (condition: SQL, order: SQL) =>
      sql`(select ${demands.id} from ${demands} where ${filters ? and(filters, condition) : condition} order by ${order} limit ${DEMAND_SEARCH_CAP + 1})`;
    const branches: SQL[] = [branch(sql`${demands.registrationNumber} = ${input.replaceAll(' ', '').toUpperCase()}`, sql`${demands.id}`)];
    const name = norm?.name ?? '';
    if (name.length >= DEMAND_SEARCH_MIN) {
      const prefix = `${escapeLike(name)}%`;
      // `using ~<~`: the text_pattern_ops order, the index's own, so the scan stops at the cap
      branches.push(
        branch(sql`${demands.searchName} like ${prefix}`, sql`${demands.searchName} using ~<~`),
        branch(sql`${demands.searchNameFirst} like ${prefix}`, sql`${demands.searchNameFirst} using ~<~`),
      );
    }
    const email = input.toLowerCase();
    if (email.length >= DEMAND_SEARCH_MIN && !email.includes(' '))
      branches.push(branch(sql`${demands.searchEmail} like ${`${escapeLike(email)}%`}`, sql`${demands.searchEmail} using ~<~`));
    if (norm?.phone && norm.phone.length >= 8) branches.push(branch(sql`${demands.searchPhone} = ${norm.phone}`, sql`${demands.id}`));
    return sql`${demands.id} in (select id from (${sql.join(branches, sql` union `)}) as found)`;
  }

  async findExpirable(onDate: IsoDate, limit: number, afterId?: string): Promise<DemandDueRef[]> {
    const rows = await this.db
      .select({ id: demands.id, renewalDueDate: demands.renewalDueDate })
      .from(demands)
      .where(and(eq(demands.status, 'active'), lt(demands.renewalDueDate, onDate), afterId ? gt(demands.id, afterId) : undefined))
      .orderBy(asc(demands.id))
      .limit(limit);
    return rows.map((r) => ({ id: r.id, renewalDueDate: r.renewalDueDate! }));
  }

  async findReminderCandidates(from: IsoDate, to: IsoDate, limit: number, afterId?: string): Promise<DemandDueRef[]> {
    const rows = await this.db
      .select({ id: demands.id, renewalDueDate: demands.renewalDueDate })
      .from(demands)
      .where(
        and(
          eq(demands.status, 'active'),
          gte(demands.renewalDueDate, from),
          lte(demands.renewalDueDate, to),
          or(isNull(demands.lastReminderFor), ne(demands.lastReminderFor, demands.renewalDueDate)),
          afterId ? gt(demands.id, afterId) : undefined,
        ),
      )
      .orderBy(asc(demands.id))
      .limit(limit);
    return rows.map((r) => ({ id: r.id, renewalDueDate: r.renewalDueDate! }));
  }

  async setPendingDocuments(id: string, pending: number): Promise<void> {
    await this.db
      .update(demands)
      .set({ pendingDocuments: Math.max(0, Math.trunc(pending)) })
      .where(eq(demands.id, id));
  }

  async findEmployments(ids: readonly string[]): Promise<DemandEmploymentRef[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ id: demands.id, employment: sql<Employment | null>`${demands.data}->'applicant'->'employment'`.mapWith(demands.data) })
      .from(demands)
      .where(anyUuid(demands.id, [...new Set(ids)]));
    return rows.map((r) => ({ id: r.id, employment: (r.employment as Employment | null) ?? undefined }));
  }
}

/** The ORDER BY of a list: the sort's key (nulls last), then the id, in the same direction. */
function orderOf(sort: DemandListSort): SQL[] {
  switch (sort) {
    case 'created_asc':
      return [asc(demands.createdAt), asc(demands.id)];
    case 'registration_asc':
      return [sql`${demands.registrationDate} asc nulls last`, asc(demands.id)];
    case 'registration_desc':
      return [sql`${demands.registrationDate} desc nulls last`, desc(demands.id)];
    case 'submitted_asc':
      return [sql`${demands.submittedAt} asc nulls last`, asc(demands.id)];
    case 'submitted_desc':
      return [sql`${demands.submittedAt} desc nulls last`, desc(demands.id)];
    default:
      return [desc(demands.createdAt), desc(demands.id)];
  }
}

/** A LIKE pattern's literal part: `\\`, `%` and `_` escaped (LIKE's default escape is the backslash). */
function escapeLike(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
}

function conditionsOf(filter: DemandListFilter): (SQL | undefined)[] {
  const c: (SQL | undefined)[] = [];
  if (filter.ownerAccountId) c.push(eq(demands.ownerAccountId, filter.ownerAccountId));
  if (filter.statuses?.length) c.push(inArray(demands.status, filter.statuses));
  if (filter.departement) c.push(eq(demands.departement, filter.departement));
  if (filter.registeredFrom) c.push(gte(demands.registrationDate, filter.registeredFrom));
  if (filter.registeredTo) c.push(lte(demands.registrationDate, filter.registeredTo));
  if (filter.documentsPending !== undefined) c.push(filter.documentsPending ? gt(demands.pendingDocuments, 0) : eq(demands.pendingDocuments, 0));
  if (filter.documentsRequested !== undefined) c.push(filter.documentsRequested ? isNotNull(demands.documentsRequestedAt) : isNull(demands.documentsRequestedAt));
  if (filter.registrationPending !== undefined) {
    const pending = and(isNull(demands.registrationNumber), isNotNull(demands.validatedAt), inArray(demands.status, [...OPEN_DEMAND_STATUSES]));
    c.push(filter.registrationPending ? pending : sql`not (${pending})`);
  }
  if (filter.dalo !== undefined) c.push(eq(demands.dalo, filter.dalo));
  return c;
}

/** The notification outbox (`demand.notifications`), written in the caller's transaction. */
export class DrizzleDemandNotificationOutbox implements DemandNotificationOutbox {
  constructor(private readonly database: Database) {}
  async add(n: DemandNotification): Promise<void> {
    await this.database.db
      .insert(demandNotifications)
      .values({ id: randomUUID(), accountId: n.accountId, kind: n.kind, payload: n.payload, dedupeKey: n.dedupeKey ?? null })
      .onConflictDoNothing();
  }
}
