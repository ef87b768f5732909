import { LRUCache } from 'lru-cache';
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
/** A stored ranking: of which candidacy version and reference date, and when its facts were gathered. */
interface Entry<T> {
  version: number;
  referenceDate: IsoDate;
  storedAt: number;
  /** its facts were all gathered together (not merged with an earlier ranking's) */
  whole: boolean;
  value: T;
}

export class RankingCache<T = unknown> {
  /**
   * The rankings by offer. lru-cache keeps the time to live (from when the facts were gathered), the
   * bounds and the weights; reads use `peek`, so the first stored is the first to go.
   */
  private readonly entries: LRUCache<string, Entry<T>>;
  /** computations running now, by offer, version, reference date and kind: concurrent requests share them */
  private readonly running = new Map<string, Promise<T>>();

  /** bumped by every forget: a computation started before it does not store its (maybe stale) result */
  private epoch = 0;

  /**
   * Bounded twice: at most `maxEntries` offers, and at most `maxWeight` in total as measured by
   * `weigh` (the candidates a ranking holds, with their facts), so that memory stays flat however
   * many offers are read; the least recently stored go first, and expired entries are dropped as
   * new ones come.
   */
  constructor(
    private readonly ttlMs: number,
    maxEntries = 500,
    weigh: (value: T) => number = () => 1,
    maxWeight = Number.POSITIVE_INFINITY,
  ) {
    this.entries = new LRUCache<string, Entry<T>>({
      max: maxEntries,
      // lru-cache's own time to live only bounds memory (an entry unused for that long in real time goes);
      // whether an entry is still fresh is decided on the platform's time (the Clock: `now`, `factsAt`) below
      ttl: Math.max(ttlMs, 1),
      ...(Number.isFinite(maxWeight) ? { maxSize: maxWeight, sizeCalculation: (entry) => Math.max(1, weigh(entry.value)) } : {}),
    });
  }

  /** The current epoch, to pass to `set` from a computation starting now. */
  get generation(): number {
    return this.epoch;
  }

  /**
   * The ranking of that version and reference date, if within the TTL. With `maxAgeMs`, only one
   * whose facts were all gathered together (`whole`, not merged from an earlier ranking) at most
   * that long ago: what an agent's "computed now" may reuse.
   */
  get(offerId: string, version: number, referenceDate: IsoDate, now: number, maxAgeMs?: number): T | undefined {
    const entry = this.fresh(offerId, referenceDate, now);
    if (!entry || entry.version !== version) return undefined;
    if (maxAgeMs !== undefined && (!entry.whole || now - entry.storedAt > maxAgeMs)) return undefined;
    return entry.value;
  }

  /**
   * The entry of that version within the TTL, whatever its reference date, without dropping one of
   * another reference date (`get` does): for a caller that checks the reference date itself.
   */
  peek(offerId: string, version: number, now: number): T | undefined {
    const entry = this.entries.peek(offerId);
    if (!entry || entry.version !== version || !this.withinTtl(entry, now)) return undefined;
    return entry.value;
  }

  /**
   * Single flight: the running computation of the same key if there is one, else `compute()`, shared
   * by every caller until it settles. 32 concurrent requests for the ranking of an offer with 1,000
   * candidates compute it once instead of 32 times (each holding its own 1,000 demand records).
   * Works also when the TTL is 0 (nothing is stored, but concurrent callers still share).
   */
  shared(key: string, compute: () => Promise<T>): Promise<T> {
    const running = this.running.get(key);
    if (running) return running;
    const promise = compute().finally(() => this.running.delete(key));
    this.running.set(key, promise);
    return promise;
  }

  /** The computation running under that key, if any. */
  inFlight(key: string): Promise<T> | undefined {
    return this.running.get(key);
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
    const entry = this.entries.peek(offerId);
    if (!entry || entry.referenceDate !== referenceDate || !this.withinTtl(entry, now)) {
      this.entries.delete(offerId);
      return undefined;
    }
    return entry;
  }

  /**
   * Stores a ranking; `factsAt` is when its facts were gathered (the TTL runs from then); `whole`
   * when they were all gathered then (false when merged with an earlier ranking's).
   */
  set(offerId: string, version: number, referenceDate: IsoDate, factsAt: number, value: T, whole = false, generation = this.epoch): void {
    if (this.ttlMs <= 0 || generation !== this.epoch) return;
    this.entries.delete(offerId);
    // expired entries first, on the platform's time (they would never be served again); the bounds then drop the oldest stored
    const expired: string[] = [];
    this.entries.forEach((entry, id) => {
      if (factsAt - entry.storedAt > this.ttlMs) expired.push(id);
    });
    for (const id of expired) this.entries.delete(id);
    this.entries.set(offerId, { version, referenceDate, storedAt: factsAt, whole, value });
  }

  /** gathered no later than `now` and at most the TTL before it, on the platform's clock */
  private withinTtl(entry: Entry<T>, now: number): boolean {
    return now >= entry.storedAt && now - entry.storedAt <= this.ttlMs;
  }

  invalidate(offerId: string): void {
    this.entries.delete(offerId);
    this.forgotten();
  }

  private forgotten(): void {
    this.epoch++;
    this.running.clear();
  }

  /** Drops the rankings whose value matches (e.g. those with a candidate of some demand). */
  forgetWhere(predicate: (value: T) => boolean): void {
    const matching: string[] = [];
    this.entries.forEach((entry, offerId) => {
      if (predicate(entry.value)) matching.push(offerId);
    });
    for (const offerId of matching) this.entries.delete(offerId);
    this.forgotten();
  }

  clear(): void {
    this.entries.clear();
    this.forgotten();
  }

  get size(): number {
    return this.entries.size;
  }

  /** the candidates held in total (the sum of the weights) */
  get heldWeight(): number {
    return this.entries.calculatedSize;
  }
}
