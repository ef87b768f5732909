import type { Euros } from './money';

/**
 * The effort rate (taux d'effort; eligibility.md §4, scoring.md §1): the share of the household's
 * monthly resources spent on housing, in percent. One figure for the whole platform: the offer
 * module's eligibility warning, the scoring's ALS criterion and the rate kept on a candidacy.
 * (Shared kernel: the offer, scoring and candidacy modules all read it and none depends on another.)
 */

/**
 * (rent + charges − expected housing benefit) ÷ monthly resources × 100, unrounded. null when the
 * monthly resources are 0 (or less, or not a number): there is no rate then.
 */
export function effortRatePercent(rent: Euros, charges: Euros, expectedHousingBenefit: Euros, monthlyResources: Euros): number | null {
  if (!(monthlyResources > 0)) return null;
  return ((rent + charges - expectedHousingBenefit) * 100) / monthlyResources;
}

/** Decimals of an effort rate as shown and kept (views, API answers, candidacies). */
export const EFFORT_RATE_DECIMALS = 1;

/** The effort rate as shown and kept: rounded to one decimal (31.25 → 31.3); null stays null. Points are computed on the unrounded rate. */
export function roundEffortRate(rate: number | null): number | null {
  if (rate === null) return null;
  const factor = 10 ** EFFORT_RATE_DECIMALS;
  return Math.round(rate * factor) / factor;
}
