import { asc, count, eq, gt } from 'drizzle-orm';
import type { AlertCriteria, AlertOutbox, AlertRepository, SavedSearch } from '../../../modules/alert/index';
import { newId } from '../../../shared/ids';
import type { Database } from '../database';
import { alertOutbox, savedSearches } from '../schema/alert.schema';

type Row = typeof savedSearches.$inferSelect;

const toSearch = (r: Row): SavedSearch => ({
  id: r.id,
  accountId: r.accountId,
  criteria: (typeof r.criteria === 'string' ? JSON.parse(r.criteria) : r.criteria) as AlertCriteria,
  createdAt: r.createdAt,
  checkedUntil: r.checkedUntil,
  lastMailedOn: r.lastMailedOn,
});

/** The applicants' saved searches (`alert.saved_searches`). */
export class DrizzleAlertRepository implements AlertRepository {
  constructor(private readonly database: Database) {}

  async create(s: SavedSearch): Promise<void> {
    await this.database.db.insert(savedSearches).values({
      id: s.id,
      accountId: s.accountId,
      criteria: s.criteria,
      createdAt: s.createdAt,
      checkedUntil: s.checkedUntil,
      lastMailedOn: s.lastMailedOn,
    });
  }

  async listByAccount(accountId: string): Promise<SavedSearch[]> {
    const rows = await this.database.db.select().from(savedSearches).where(eq(savedSearches.accountId, accountId)).orderBy(asc(savedSearches.createdAt), asc(savedSearches.id));
    return rows.map(toSearch);
  }

  async countByAccount(accountId: string): Promise<number> {
    const [row] = await this.database.db.select({ n: count() }).from(savedSearches).where(eq(savedSearches.accountId, accountId));
    return Number(row?.n ?? 0);
  }

  async find(id: string): Promise<SavedSearch | null> {
    const [row] = await this.database.db.select().from(savedSearches).where(eq(savedSearches.id, id)).limit(1);
    return row ? toSearch(row) : null;
  }

  async delete(id: string): Promise<boolean> {
    const rows = await this.database.db.delete(savedSearches).where(eq(savedSearches.id, id)).returning({ id: savedSearches.id });
    return rows.length > 0;
  }

  async listPage(afterId: string | null, limit: number): Promise<SavedSearch[]> {
    const query = this.database.db.select().from(savedSearches);
    const rows = await (afterId ? query.where(gt(savedSearches.id, afterId)) : query).orderBy(asc(savedSearches.id)).limit(limit);
    return rows.map(toSearch);
  }

  async deleteByAccount(accountId: string): Promise<number> {
    await this.database.db.delete(alertOutbox).where(eq(alertOutbox.accountId, accountId));
    const rows = await this.database.db.delete(savedSearches).where(eq(savedSearches.accountId, accountId)).returning({ id: savedSearches.id });
    return rows.length;
  }

  async markChecked(id: string, checkedUntil: Date, mailedOn: string | null): Promise<void> {
    await this.database.db.update(savedSearches).set({ checkedUntil, lastMailedOn: mailedOn }).where(eq(savedSearches.id, id));
  }
}

/** The alert module's mails (`alert.outbox`), read by the mail dispatcher through a DrizzleOutboxSource. */
export class DrizzleAlertOutbox implements AlertOutbox {
  constructor(private readonly database: Database) {}

  async add(m: { accountId: string; kind: string; payload: Record<string, unknown> }): Promise<void> {
    await this.database.db.insert(alertOutbox).values({ id: newId(), accountId: m.accountId, kind: m.kind, payload: m.payload });
  }
}
