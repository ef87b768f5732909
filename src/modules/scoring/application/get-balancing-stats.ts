import { addMonths, toIsoDate, type IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import type { CompanySizeClass } from '../domain/index';
import { requireStaff } from './access';
import { SIZE_CLASSES } from './bonus-checks';
import type { ScoringDeps } from './scoring.deps';

/**
 * The balancing statistics (scoring.md §4): allocations (leases signed) of the last 12 months by
 * the size class of the employer at lease time, so that agents see which class lags. The
 * candidacy module records each allocation when a lease is signed.
 */

export interface SizeClassFigure {
  sizeClass: CompanySizeClass | 'unknown';
  allocations: number;
  /** percent of the allocations with a known class, one decimal; null for `unknown` or without any */
  share: number | null;
}

export interface BalancingStats {
  /** first day counted (inclusive) */
  from: IsoDate;
  /** last day counted (inclusive): today */
  to: IsoDate;
  total: number;
  bySizeClass: SizeClassFigure[];
  /** the known class with the fewest allocations (ties: PME, ETI, GE order); null without any allocation */
  lagging: CompanySizeClass | null;
}

/** The last 12 months' allocations by size class (agents). */
export async function balancingStats(deps: ScoringDeps, p: Principal): Promise<BalancingStats> {
  requireStaff(p);
  const now = deps.clock.now();
  const to = toIsoDate(now);
  const from = addMonths(to, -12);
  const rows = await deps.allocations.countBySizeClass(new Date(`${from}T00:00:00.000Z`), now);
  const count = (c: CompanySizeClass | null) => rows.filter((r) => r.sizeClass === c).reduce((s, r) => s + r.count, 0);
  const known = SIZE_CLASSES.map((c) => ({ sizeClass: c, allocations: count(c) }));
  const knownTotal = known.reduce((s, k) => s + k.allocations, 0);
  const unknown = count(null);
  const bySizeClass: SizeClassFigure[] = [
    ...known.map((k) => ({ ...k, share: knownTotal ? Math.round((k.allocations * 1000) / knownTotal) / 10 : null })),
    { sizeClass: 'unknown' as const, allocations: unknown, share: null },
  ];
  const lagging = knownTotal === 0 ? null : known.reduce((min, k) => (k.allocations < min.allocations ? k : min)).sizeClass;
  return { from, to, total: knownTotal + unknown, bySizeClass, lagging };
}
