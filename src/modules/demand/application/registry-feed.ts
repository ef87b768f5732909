import { addDays, toIsoDate, type IsoDate } from '../../../shared/dates';
import type { RegistryFeed } from '../ports/registry-sync.port';
import type { RegistrySyncDeps } from './registry-sync.deps';

/**
 * One read of a registry feed: from the day of the last successful read (inclusive; a first read
 * goes back `firstFeedDays`) to today. A success moves the feed's day to today; a failure is kept
 * with the feed (for agents) and thrown again, so that the durable job is retried with backoff and
 * the next success still covers the days missed.
 */
export async function readFeed<T>(deps: RegistrySyncDeps, registry: string, feed: RegistryFeed, read: (since: IsoDate) => Promise<T>): Promise<T> {
  const startedAt = deps.clock.now();
  const today = toIsoDate(startedAt);
  const state = await deps.feeds.get(registry, feed);
  const since = state?.lastSuccessOn ?? addDays(today, -deps.firstFeedDays);
  let result: T;
  try {
    result = await read(since);
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 1000) : String(error).slice(0, 1000);
    await deps.feeds.recordFailure(registry, feed, deps.clock.now(), message);
    deps.logger.warn({ registry, feed, since }, 'registry feed read failed: retried later, nothing skipped');
    throw error;
  }
  await deps.feeds.recordSuccess(registry, feed, today, deps.clock.now());
  return result;
}
