import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import { auditEntries } from '../schema/platform.schema';
import { accounts } from '../schema/identity.schema';
import { demands } from '../schema/demand.schema';

export interface AuditFilters {
  actorAccountId?: string | undefined;
  /**
   * A person, by the beginning of their name or e-mail (case ignored): entries where they acted,
   * and entries about their demand (the applicant's name, without accents, or e-mail).
   */
  person?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  /** an action (`demand.validated`) or a family of actions (`demand.`) */
  action?: string | undefined;
  /** inclusive lower bound (an instant: the caller turns a Paris day into its start) */
  from?: Date | undefined;
  /** exclusive upper bound */
  to?: Date | undefined;
}

/**
 * Need-to-know: what an agent may read. Entries about the object types they work on, and entries
 * where they acted themselves; admins read every entry (no scope).
 */
export interface AuditScope {
  accountId: string;
  objectTypes: readonly string[];
}

export interface AuditRow {
  id: number;
  at: Date;
  actorAccountId: string | null;
  actorRole: string | null;
  /** the actor's name and e-mail when the account still exists */
  actorName: string | null;
  actorEmail: string | null;
  actingForKind: string | null;
  actingForId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  detail: unknown;
  address: string | null;
}

/** Columns the search may be sorted by (whitelist). */
export const AUDIT_SORT_COLUMNS = ['at', 'actor', 'action', 'object'] as const;
export type AuditSortColumn = (typeof AUDIT_SORT_COLUMNS)[number];

const SORT_EXPRESSIONS = {
  at: [auditEntries.at],
  actor: [auditEntries.actorAccountId, auditEntries.at],
  action: [auditEntries.action, auditEntries.at],
  object: [auditEntries.objectType, auditEntries.objectId, auditEntries.at],
} as const;

/** At most this many people match a search by person (a prefix too short to tell them apart gives the first ones). */
const PEOPLE_CAP = 200;

const escapeLike = (value: string) => value.replace(/[%_\\]/g, '\\$&');

const COLUMNS = {
  id: auditEntries.id,
  at: auditEntries.at,
  actorAccountId: auditEntries.actorAccountId,
  actorRole: auditEntries.actorRole,
  actorName: accounts.displayName,
  actorEmail: accounts.email,
  actingForKind: auditEntries.actingForKind,
  actingForId: auditEntries.actingForId,
  action: auditEntries.action,
  objectType: auditEntries.objectType,
  objectId: auditEntries.objectId,
  detail: auditEntries.detail,
  address: auditEntries.address,
};

/** Read side of the audit trail: the back office's search and export (indexed by actor, object and time). */
export class AuditReadModel {
  constructor(private readonly database: Database) {}

  private async where(f: AuditFilters, scope: AuditScope | undefined): Promise<SQL | undefined> {
    const conditions: SQL[] = [];
    if (scope) {
      conditions.push(or(inArray(auditEntries.objectType, [...scope.objectTypes]), eq(auditEntries.actorAccountId, scope.accountId))!);
    }
    if (f.actorAccountId) conditions.push(eq(auditEntries.actorAccountId, f.actorAccountId));
    if (f.person) conditions.push(await this.personCondition(f.person));
    if (f.objectType) conditions.push(eq(auditEntries.objectType, f.objectType));
    if (f.objectId) conditions.push(eq(auditEntries.objectId, f.objectId));
    if (f.action) conditions.push(sql`${auditEntries.action} like ${escapeLike(f.action) + '%'}`);
    if (f.from) conditions.push(gte(auditEntries.at, f.from));
    if (f.to) conditions.push(lt(auditEntries.at, f.to));
    return conditions.length ? and(...conditions) : undefined;
  }

  /**
   * The people a text names: accounts by the beginning of their name or e-mail (indexes of
   * migration 0017), and demands by their applicant's name or e-mail (the demand search's columns).
   */
  private async personCondition(person: string): Promise<SQL> {
    const db = this.database.db;
    const text = person.trim().toLowerCase();
    const prefix = `${escapeLike(text)}%`;
    const people = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(or(sql`lower(${accounts.displayName}) like ${prefix}`, sql`lower(${accounts.email}) like ${prefix}`))
      .limit(PEOPLE_CAP);
    const normalised = (await db.execute(sql`select "demand"."search_text"(${person}) as t`)) as unknown as { rows: { t: string | null }[] };
    const namePrefix = `${escapeLike(normalised.rows[0]?.t ?? '')}%`;
    const files = await db
      .select({ id: demands.id })
      .from(demands)
      .where(or(sql`${demands.searchName} like ${namePrefix}`, sql`${demands.searchNameFirst} like ${namePrefix}`, sql`${demands.searchEmail} like ${prefix}`))
      .limit(PEOPLE_CAP);
    const any: SQL[] = [sql`false`];
    if (people.length)
      any.push(
        inArray(
          auditEntries.actorAccountId,
          people.map((p) => p.id),
        ),
      );
    if (files.length)
      any.push(
        and(
          eq(auditEntries.objectType, 'demand'),
          inArray(
            auditEntries.objectId,
            files.map((d) => d.id),
          ),
        )!,
      );
    return or(...any)!;
  }

  async search(
    f: AuditFilters,
    page: number,
    pageSize: number,
    sort: { column: AuditSortColumn; dir: 'asc' | 'desc' } = { column: 'at', dir: 'desc' },
    scope?: AuditScope,
  ): Promise<{ items: AuditRow[]; total: number }> {
    const where = await this.where(f, scope);
    const direction = sort.dir === 'asc' ? asc : desc;
    const order = [...SORT_EXPRESSIONS[sort.column].map((c) => direction(c)), direction(auditEntries.id)];
    const [items, [count]] = await Promise.all([
      this.database.db
        .select(COLUMNS)
        .from(auditEntries)
        .leftJoin(accounts, eq(accounts.id, auditEntries.actorAccountId))
        .where(where)
        .orderBy(...order)
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      this.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEntries)
        .where(where),
    ]);
    return { items: items as AuditRow[], total: Number(count?.n ?? 0) };
  }

  /** Every matching entry, oldest first, in batches (keyset on id) so that a large export does not load all rows at once. */
  async *scan(f: AuditFilters, scope?: AuditScope, batchSize = 1000): AsyncGenerator<AuditRow[]> {
    let after = 0;
    const where = await this.where(f, scope);
    for (;;) {
      const rows = (await this.database.db
        .select(COLUMNS)
        .from(auditEntries)
        .leftJoin(accounts, eq(accounts.id, auditEntries.actorAccountId))
        .where(where ? and(where, sql`${auditEntries.id} > ${after}`) : sql`${auditEntries.id} > ${after}`)
        .orderBy(auditEntries.id)
        .limit(batchSize)) as AuditRow[];
      if (!rows.length) return;
      yield rows;
      after = rows[rows.length - 1]!.id;
    }
  }
}
