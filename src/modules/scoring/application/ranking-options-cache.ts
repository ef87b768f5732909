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
 */
export class RankingOptionsCache {
  private readonly entries = new Map<string, { until: number; value: Promise<RankingOptions> }>();
  private epoch = 0;

  constructor(
    private readonly ttlMs = RANKING_OPTIONS_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(input: { epciCode: string | undefined; referenceDate: IsoDate }, load: () => Promise<RankingOptions>): Promise<RankingOptions> {
    if (this.ttlMs <= 0) return load();
    const key = `${input.epciCode ?? ''}|${input.referenceDate}`;
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const epoch = this.epoch;
    const value = load();
    if (this.entries.size > 1000) this.entries.clear();
    this.entries.set(key, { until: now + this.ttlMs, value });
    value.then(
      () => {
        if (this.epoch !== epoch && this.entries.get(key)?.value === value) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key)?.value === value) this.entries.delete(key);
      },
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
    this.entries.clear();
  }
}
