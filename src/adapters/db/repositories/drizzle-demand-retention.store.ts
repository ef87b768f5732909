import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { FINAL_DEMAND_STATUSES, type AccountNotification, type AnonymisedDemand, type PurgeableDocument, type RetentionStore } from '../../../modules/demand/index';
import type { Database } from '../database';
import { demandHistory, demandNotifications, demands, documents } from '../schema/demand.schema';

/** the demand module's final states (its one list) */
const FINAL = [...FINAL_DEMAND_STATUSES];

const closedBeforeCondition = (closedBefore: Date) =>
  and(isNull(documents.purgedAt), inArray(demands.status, FINAL), isNotNull(demands.closedAt), lt(demands.closedAt, closedBefore));

const purgeable = {
  id: documents.id,
  demandId: documents.demandId,
  storageKey: documents.storageKey,
  fileDeletedAt: documents.fileDeletedAt,
};

const toPurgeable = (r: { id: string; demandId: string; storageKey: string; fileDeletedAt: Date | null }): PurgeableDocument => ({
  id: r.id,
  demandId: r.demandId,
  storageKey: r.storageKey,
  fileDeleted: r.fileDeletedAt !== null,
});

/** The retention and erasure scans and writes on the demand module's own tables, in the caller's transaction. */
export class DrizzleDemandRetentionStore implements RetentionStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  async countDocumentsToPurge(closedBefore: Date): Promise<{ documents: number; files: number }> {
    const [row] = await this.db
      .select({ documents: count(), files: sql<number>`count(*) filter (where ${documents.fileDeletedAt} is null)` })
      .from(documents)
      .innerJoin(demands, eq(demands.id, documents.demandId))
      .where(closedBeforeCondition(closedBefore));
    return { documents: Number(row?.documents ?? 0), files: Number(row?.files ?? 0) };
  }

  async documentsToPurge(closedBefore: Date, limit: number): Promise<PurgeableDocument[]> {
    const rows = await this.db
      .select(purgeable)
      .from(documents)
      .innerJoin(demands, eq(demands.id, documents.demandId))
      .where(closedBeforeCondition(closedBefore))
      .orderBy(asc(documents.id))
      .limit(limit);
    return rows.map(toPurgeable);
  }

  async documentsOfDemandToPurge(demandId: string): Promise<PurgeableDocument[]> {
    const rows = await this.db
      .select(purgeable)
      .from(documents)
      .where(and(eq(documents.demandId, demandId), isNull(documents.purgedAt)))
      .orderBy(asc(documents.id));
    return rows.map(toPurgeable);
  }

  async purgeDocument(id: string, at: Date): Promise<boolean> {
    const updated = await this.db
      .update(documents)
      .set({
        purgedAt: at,
        deletedAt: sql`coalesce(${documents.deletedAt}, ${at.toISOString()}::timestamptz)`,
        originalName: '',
        sha256: '',
        providerRef: null,
        rejectionReason: null,
        // the state history keeps its dates and states, not its free texts
        history: sql`(select coalesce(jsonb_agg(e.value - 'reason' order by e.ordinality), '[]'::jsonb) from jsonb_array_elements(${documents.history}) with ordinality as e)`,
        updatedAt: at,
        version: sql`${documents.version} + 1`,
      })
      .where(and(eq(documents.id, id), isNull(documents.purgedAt)))
      .returning({ id: documents.id });
    return updated.length > 0;
  }

  async purgedWithFile(limit: number, afterId?: string): Promise<PurgeableDocument[]> {
    const rows = await this.db
      .select(purgeable)
      .from(documents)
      .where(and(isNotNull(documents.purgedAt), isNull(documents.fileDeletedAt), afterId ? gt(documents.id, afterId) : undefined))
      .orderBy(asc(documents.id))
      .limit(limit);
    return rows.map(toPurgeable);
  }

  async countDemandsToAnonymise(closedBefore: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(demands)
      .where(and(isNull(demands.anonymisedAt), inArray(demands.status, FINAL), isNotNull(demands.closedAt), lt(demands.closedAt, closedBefore)));
    return Number(row?.n ?? 0);
  }

  async demandsToAnonymise(closedBefore: Date, limit: number, afterId?: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: demands.id })
      .from(demands)
      .where(
        and(
          isNull(demands.anonymisedAt),
          inArray(demands.status, FINAL),
          isNotNull(demands.closedAt),
          lt(demands.closedAt, closedBefore),
          afterId ? gt(demands.id, afterId) : undefined,
        ),
      )
      .orderBy(asc(demands.id))
      .limit(limit);
    return rows.map((r) => r.id);
  }

  async isAnonymised(demandId: string): Promise<boolean> {
    const [row] = await this.db.select({ at: demands.anonymisedAt }).from(demands).where(eq(demands.id, demandId)).limit(1);
    return !!row?.at;
  }

  async saveAnonymised(demandId: string, anonymised: AnonymisedDemand, at: Date): Promise<void> {
    await this.db
      .update(demands)
      .set({
        data: anonymised.data,
        documentsRequest: null,
        documentsRequestedAt: null,
        lastRejection: null,
        mobilityCheckedAt: null,
        mobilityCheckedBy: null,
        factChecks: null,
        anonymisedAt: at,
        updatedAt: at,
        version: sql`${demands.version} + 1`,
      })
      .where(eq(demands.id, demandId));
    await this.db.update(demandHistory).set({ reason: null }).where(eq(demandHistory.demandId, demandId));
  }

  async demandIdsOfOwner(ownerAccountId: string): Promise<string[]> {
    const rows = await this.db.select({ id: demands.id }).from(demands).where(eq(demands.ownerAccountId, ownerAccountId)).orderBy(asc(demands.createdAt), asc(demands.id));
    return rows.map((r) => r.id);
  }

  async notificationsOf(accountId: string): Promise<AccountNotification[]> {
    const rows = await this.db
      .select()
      .from(demandNotifications)
      .where(eq(demandNotifications.accountId, accountId))
      .orderBy(asc(demandNotifications.createdAt), asc(demandNotifications.id));
    return rows.map((r) => ({ kind: r.kind, payload: r.payload as Record<string, unknown>, createdAt: r.createdAt, sentAt: r.sentAt }));
  }

  async recentNotificationsOf(accountId: string, limit: number): Promise<AccountNotification[]> {
    const rows = await this.db
      .select()
      .from(demandNotifications)
      .where(eq(demandNotifications.accountId, accountId))
      .orderBy(desc(demandNotifications.createdAt), asc(demandNotifications.id))
      .limit(limit);
    return rows.map((r) => ({ kind: r.kind, payload: r.payload as Record<string, unknown>, createdAt: r.createdAt, sentAt: r.sentAt }));
  }

  async forgetNotifications(accountId: string): Promise<number> {
    const removed = await this.db.delete(demandNotifications).where(eq(demandNotifications.accountId, accountId)).returning({ id: demandNotifications.id });
    return removed.length;
  }
}
