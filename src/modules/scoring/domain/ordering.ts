/**
 * The two sorts of a ranking, done on packed numeric keys so that the engine sorts typed arrays
 * natively (no comparator calls) in the common case, with an exact comparator fallback.
 *
 * Packing: a key `group * n + index` (integers, below 2^53) sorts by group, then by index, and
 * gives the index back as `key mod n`. Doubles represent such integers exactly.
 */

/** Keys at or above this are not exact in a double. */
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** Seniority of each candidate (by input index) and the sorted registration days. */
export interface SeniorityOrder {
  /** competition rank per input index, oldest first; equal days share a rank (1, 2, 2, 4) */
  ranks: Int32Array;
  /** dense rank per input index (1, 2, 2, 3): the position of the day among distinct days */
  denseRanks: Int32Array;
  /** how many distinct days */
  distinctDays: number;
  /** the days sorted ascending (for binary searches) */
  sortedDays: Int32Array;
}

/**
 * Ranks registration days (YYYYMMDD numbers), oldest first, with one native sort of packed keys.
 * Equal days share the competition rank of their first position.
 */
export function seniorityOrder(days: Int32Array): SeniorityOrder {
  const n = days.length;
  const ranks = new Int32Array(n);
  const denseRanks = new Int32Array(n);
  const sortedDays = new Int32Array(n);
  let distinct = 0;
  let minDay = 0;
  let maxDay = 0;
  for (let i = 0; i < n; i++) {
    const day = days[i] as number;
    if (day > maxDay) maxDay = day;
    if (day < minDay) minDay = day;
  }
  if (n > 0 && minDay >= 0 && (maxDay + 1) * n <= MAX_EXACT) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (days[i] as number) * n + i;
    keys.sort();
    let previous = -1;
    let rank = 0;
    for (let position = 0; position < n; position++) {
      const key = keys[position] as number;
      const day = Math.floor(key / n);
      const index = key - day * n;
      if (day !== previous) {
        rank = position + 1;
        distinct++;
        previous = day;
      }
      ranks[index] = rank;
      denseRanks[index] = distinct;
      sortedDays[position] = day;
    }
  } else {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (days[a] as number) - (days[b] as number) || a - b);
    let previous: number | undefined;
    let rank = 0;
    for (let position = 0; position < n; position++) {
      const index = order[position] as number;
      const day = days[index] as number;
      if (day !== previous) {
        rank = position + 1;
        distinct++;
        previous = day;
      }
      ranks[index] = rank;
      denseRanks[index] = distinct;
      sortedDays[position] = day;
    }
  }
  return { ranks, denseRanks, distinctDays: distinct, sortedDays };
}

/** What the final order compares, by input index. */
export interface RankingKeys {
  totals: Float64Array;
  /** dense registration-day ranks (older first), from seniorityOrder */
  denseDays: Int32Array;
  distinctDays: number;
  /** the last tie-breaks, read only for candidates tied on total and registration */
  tieBreaks: readonly { readonly submittedAt: Date; readonly candidacyId: string }[];
}

/** The full comparison: total descending, older registration, earlier submission, smaller id. */
function compareFully(keys: RankingKeys, a: number, b: number): number {
  const byTotal = (keys.totals[b] as number) - (keys.totals[a] as number);
  if (byTotal !== 0) return byTotal;
  const byDay = (keys.denseDays[a] as number) - (keys.denseDays[b] as number);
  if (byDay !== 0) return byDay;
  return compareLate(keys, a, b);
}

/** The last tie-breaks: earlier submission, then smaller candidacy id. */
function compareLate(keys: RankingKeys, a: number, b: number): number {
  const ta = keys.tieBreaks[a] as RankingKeys['tieBreaks'][number];
  const tb = keys.tieBreaks[b] as RankingKeys['tieBreaks'][number];
  const bySubmission = ta.submittedAt.getTime() - tb.submittedAt.getTime();
  if (bySubmission !== 0) return bySubmission;
  const ida = ta.candidacyId;
  const idb = tb.candidacyId;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}

/**
 * The input indices in ranking order. When totals are integers (the usual case), (total, day)
 * is packed into one key and sorted natively; only runs tied on both are then sorted by
 * submission and id. Otherwise every pair goes through the full comparison.
 */
export function rankingOrder(keys: RankingKeys): Int32Array {
  const n = keys.totals.length;
  const order = new Int32Array(n);
  if (n === 0) return order;
  let minTotal = Infinity;
  let maxTotal = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const t = keys.totals[i] as number;
    if (!Number.isInteger(t)) integral = false;
    if (t < minTotal) minTotal = t;
    if (t > maxTotal) maxTotal = t;
  }
  const span = maxTotal - minTotal + 1;
  const days = keys.distinctDays + 1;
  if (!integral || span * days * n > MAX_EXACT) {
    const all = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareFully(keys, a, b));
    for (let i = 0; i < n; i++) order[i] = all[i] as number;
    return order;
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    packed[i] = ((maxTotal - (keys.totals[i] as number)) * days + (keys.denseDays[i] as number)) * n + i;
  }
  packed.sort();
  let runStart = 0;
  let runGroup = -1;
  for (let position = 0; position <= n; position++) {
    let group = -2;
    if (position < n) {
      const key = packed[position] as number;
      group = Math.floor(key / n);
      order[position] = key - group * n;
    }
    if (group !== runGroup) {
      if (position - runStart > 1) {
        order.subarray(runStart, position).sort((a, b) => compareLate(keys, a, b));
      }
      runStart = position;
      runGroup = group;
    }
  }
  return order;
}
