import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import { auditEntries } from '../schema/platform.schema';

export interface AuditFilters {
  actorAccountId?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  action?: string | undefined;
  /** inclusive, ISO date */
  from?: string | undefined;
  /** inclusive, ISO date */
  to?: string | undefined;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorAccountId: string | null;
  actorRole: string | null;
  actingForKind: string | null;
  actingForId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  detail: unknown;
  address: string | null;
}

/** Columns the admins may sort the search by (whitelist). */
export const AUDIT_SORT_COLUMNS = ['at', 'actor', 'action', 'object'] as const;
export type AuditSortColumn = (typeof AUDIT_SORT_COLUMNS)[number];

const SORT_EXPRESSIONS = {
  at: [auditEntries.at],
  actor: [auditEntries.actorAccountId, auditEntries.at],
  action: [auditEntries.action, auditEntries.at],
  object: [auditEntries.objectType, auditEntries.objectId, auditEntries.at],
} as const;

/** Read side of the audit trail for the admins' search and export (indexed by actor, object and time). */
export class AuditReadModel {
  constructor(private readonly database: Database) {}

  private where(f: AuditFilters): SQL | undefined {
    const conditions: SQL[] = [];
    if (f.actorAccountId) conditions.push(eq(auditEntries.actorAccountId, f.actorAccountId));
    if (f.objectType) conditions.push(eq(auditEntries.objectType, f.objectType));
    if (f.objectId) conditions.push(eq(auditEntries.objectId, f.objectId));
    if (f.action) conditions.push(sql`${auditEntries.action} like ${f.action.replace(/[%_\\]/g, '\\$&') + '%'}`);
    if (f.from) conditions.push(gte(auditEntries.at, new Date(`${f.from}T00:00:00Z`)));
    if (f.to) conditions.push(lt(auditEntries.at, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
    return conditions.length ? and(...conditions) : undefined;
  }

  async search(
    f: AuditFilters, page: number, pageSize: number, sort: { column: AuditSortColumn; dir: 'asc' | 'desc' } = { column: 'at', dir: 'desc' },
  ): Promise<{ items: AuditRow[]; total: number }> {
    const where = this.where(f);
    const direction = sort.dir === 'asc' ? asc : desc;
    const order = [...SORT_EXPRESSIONS[sort.column].map((c) => direction(c)), direction(auditEntries.id)];
    const [items, [count]] = await Promise.all([
      this.database.db.select().from(auditEntries).where(where).orderBy(...order).limit(pageSize).offset((page - 1) * pageSize),
      this.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries).where(where),
    ]);
    return { items: items as AuditRow[], total: Number(count?.n ?? 0) };
  }

  /** Every matching entry, oldest first, in batches (keyset on id) so that a large export does not load all rows at once. */
  async *scan(f: AuditFilters, batchSize = 1000): AsyncGenerator<AuditRow[]> {
    let after = 0;
    for (;;) {
      const where = this.where(f);
      const rows = (await this.database.db
        .select()
        .from(auditEntries)
        .where(where ? and(where, sql`${auditEntries.id} > ${after}`) : sql`${auditEntries.id} > ${after}`)
        .orderBy(auditEntries.id)
        .limit(batchSize)) as AuditRow[];
      if (!rows.length) return;
      yield rows;
      after = rows[rows.length - 1]!.id;
    }
  }
}
