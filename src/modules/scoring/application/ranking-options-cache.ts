import { LRUCache } from 'lru-cache';
import type { IsoDate } from '../../../shared/dates';
import type { RankingOptions } from '../domain/index';

/** How long the bonuses and grid of a ranking may be reused for an applicant's live view. */
export const RANKING_OPTIONS_CACHE_MS = 5000;

/**
 * The bonuses and grid a ranking is computed with (two statements) kept a few seconds per EPCI and
 * reference date, for the applicants' live views (every application answers its new rank: the
 * ranking of an offer not cached yet reads them). Agents' rankings and designations ask for fresh
 * ones. A change of a bonus or a grid in this process drops them at once, and a read running
 * during the change is not kept (epoch); another instance sees the change within the time to live.
 * lru-cache keeps the time to live and the bound (1,000 EPCI and date pairs, least recently used out first).
 */
export class RankingOptionsCache {
  private readonly entries: LRUCache<string, Promise<RankingOptions>> | undefined;
  private epoch = 0;

  constructor(ttlMs = RANKING_OPTIONS_CACHE_MS, now: () => number = Date.now) {
    this.entries =
      ttlMs > 0
        ? new LRUCache({
            max: 1000,
            ttl: ttlMs,
            // lru-cache reads a start time of 0 as "no time to live": the offset keeps a clock that
            // starts at 0 (tests) meaningful; ttlResolution 0 reads the clock at every get
            perf: { now: () => now() + 1 },
            ttlResolution: 0,
          })
        : undefined;
  }

  get(input: { epciCode: string | undefined; referenceDate: IsoDate }, load: () => Promise<RankingOptions>): Promise<RankingOptions> {
    const entries = this.entries;
    if (entries === undefined) return load();
    const key = `${input.epciCode ?? ''}|${input.referenceDate}`;
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const epoch = this.epoch;
    const value = load();
    entries.set(key, value);
    // a read that fails, or that ran during a change of the inputs, is not kept
    const dropIf = (stale: boolean) => {
      if (stale && entries.peek(key) === value) entries.delete(key);
    };
    value.then(
      () => dropIf(this.epoch !== epoch),
      () => dropIf(true),
    );
    return value;
  }

  /** Around a change of the inputs: forgets before it and again once it is done (committed or not). */
  async changing<T>(change: () => Promise<T>): Promise<T> {
    this.forget();
    try {
      return await change();
    } finally {
      this.forget();
    }
  }

  forget(): void {
    this.epoch++;
    this.entries?.clear();
  }
}
