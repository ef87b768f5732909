import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RegistryFeed, RegistryFeedState, RegistryFeedStore, RegistryPendingJob, RegistryPendingWork } from '../../../modules/demand/index';
import type { Database } from '../database';
import { registryFeeds } from '../schema/demand.schema';
import { jobs } from '../schema/platform.schema';

/** The registry feeds' last reads (`demand.registry_feeds`). */
export class DrizzleRegistryFeedStore implements RegistryFeedStore {
  constructor(private readonly database: Database) {}

  async get(registry: string, feed: RegistryFeed): Promise<RegistryFeedState | null> {
    const [row] = await this.database.db
      .select()
      .from(registryFeeds)
      .where(and(eq(registryFeeds.registry, registry), eq(registryFeeds.feed, feed)));
    return row ? toState(row) : null;
  }

  async list(): Promise<RegistryFeedState[]> {
    const rows = await this.database.db.select().from(registryFeeds).orderBy(asc(registryFeeds.registry), asc(registryFeeds.feed));
    return rows.map(toState);
  }

  async recordSuccess(registry: string, feed: RegistryFeed, on: string, at: Date): Promise<void> {
    await this.database.db
      .insert(registryFeeds)
      .values({ registry, feed, lastSuccessOn: on, lastRunAt: at, lastError: null })
      .onConflictDoUpdate({ target: [registryFeeds.registry, registryFeeds.feed], set: { lastSuccessOn: on, lastRunAt: at, lastError: null } });
  }

  async recordFailure(registry: string, feed: RegistryFeed, at: Date, error: string): Promise<void> {
    await this.database.db
      .insert(registryFeeds)
      .values({ registry, feed, lastRunAt: at, lastError: error })
      .onConflictDoUpdate({ target: [registryFeeds.registry, registryFeeds.feed], set: { lastRunAt: at, lastError: error } });
  }
}

function toState(row: typeof registryFeeds.$inferSelect): RegistryFeedState {
  return {
    registry: row.registry,
    feed: row.feed as RegistryFeed,
    ...(row.lastSuccessOn ? { lastSuccessOn: row.lastSuccessOn } : {}),
    ...(row.lastRunAt ? { lastRunAt: row.lastRunAt } : {}),
    ...(row.lastError ? { lastError: row.lastError } : {}),
  };
}

/** The registry jobs of the durable queue (`platform.jobs`) not done yet, for agents. */
export class DrizzleRegistryPendingWork implements RegistryPendingWork {
  constructor(private readonly database: Database) {}

  async list(kinds: readonly string[], limit: number): Promise<RegistryPendingJob[]> {
    if (!kinds.length) return [];
    const rows = await this.database.db
      .select()
      .from(jobs)
      .where(and(inArray(jobs.kind, [...kinds]), sql`${jobs.status} in ('pending', 'failed')`))
      .orderBy(asc(jobs.createdAt), asc(jobs.id))
      .limit(limit);
    return rows.map((r) => {
      const demandId = (r.payload as Record<string, unknown> | null)?.demandId;
      return {
        id: r.id,
        kind: r.kind,
        status: r.status === 'failed' ? 'failed' : 'pending',
        ...(typeof demandId === 'string' ? { demandId } : {}),
        attempts: r.attempts,
        maxAttempts: r.maxAttempts,
        nextAttemptAt: r.runAt,
        ...(r.lastError ? { lastError: r.lastError } : {}),
        createdAt: r.createdAt,
      };
    });
  }
}
