import type { IsoDate } from '../../../shared/dates';

/**
 * A short-lived cache of computed rankings, per offer, so that an applicant's live rank does not
 * recompute the whole ranking on every read. An entry is used only while:
 * - the offer's candidacy version is the same (every change of the offer's candidacies bumps it,
 *   in the same transaction, in the database: correct across instances);
 * - the reference date is the same;
 * - it is younger than the TTL (changes made elsewhere — a demand edited, an employment validated,
 *   a bonus opened — show within the TTL; in this process they also clear the cache at once).
 * When only the version changed (a candidacy came, left or moved), the facts already gathered are
 * reused and only the new candidacies' facts are read (`reusable`), so an offer with many
 * candidates is re-ranked in milliseconds; the TTL still runs from when the facts were gathered.
 */
export class RankingCache<T = unknown> {
  private readonly entries = new Map<string, { version: number; referenceDate: IsoDate; storedAt: number; value: T }>();

  constructor(private readonly ttlMs: number, private readonly maxEntries = 500) {}

  get(offerId: string, version: number, referenceDate: IsoDate, now: number): T | undefined {
    const entry = this.fresh(offerId, referenceDate, now);
    return entry && entry.version === version ? entry.value : undefined;
  }

  /**
   * The last ranking of the offer on that reference date, still within the TTL, whatever its
   * version: the facts it gathered may be reused for the candidacies it already knew (only the
   * candidacies themselves are read again).
   */
  reusable(offerId: string, referenceDate: IsoDate, now: number): T | undefined {
    return this.fresh(offerId, referenceDate, now)?.value;
  }

  private fresh(offerId: string, referenceDate: IsoDate, now: number) {
    const entry = this.entries.get(offerId);
    if (!entry) return undefined;
    if (entry.referenceDate !== referenceDate || now - entry.storedAt > this.ttlMs || now < entry.storedAt) {
      this.entries.delete(offerId);
      return undefined;
    }
    return entry;
  }

  /** Stores a ranking; `factsAt` is when its facts were gathered (the TTL runs from then). */
  set(offerId: string, version: number, referenceDate: IsoDate, factsAt: number, value: T): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(offerId);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(offerId, { version, referenceDate, storedAt: factsAt, value });
  }

  invalidate(offerId: string): void {
    this.entries.delete(offerId);
  }

  /** Drops the rankings whose value matches (e.g. those with a candidate of some demand). */
  forgetWhere(predicate: (value: T) => boolean): void {
    for (const [offerId, entry] of this.entries) if (predicate(entry.value)) this.entries.delete(offerId);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
