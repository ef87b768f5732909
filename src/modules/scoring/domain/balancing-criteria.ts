import type { IsoDate } from '../../../shared/dates';
import type { BalancingBonus, CompanyFacts, OfferFacts } from './candidate-facts';
import { clamp, constantResult, label, LazyFactResult, type CriterionResult } from './criterion';
import { frDate } from './fr-format';

/**
 * Balancing component, out of 240 (scoring.md §4): bonuses an agent opens when a company size
 * class (or a company, or a territory) lags behind its objectives. Among the bonuses active on the
 * reference date that target the candidate, the highest applies.
 */

export const BALANCING_MAX = 240;

const BALANCING_LABEL = label("Bonus d'équilibrage", 'Balancing bonus');
const NO_BONUS = constantResult('balancing', 'balancing.bonus', BALANCING_LABEL, 0, 'aucun bonus d’équilibrage actif ne concerne cette candidature');

/** A bonus's points, within [0, 240] (a bonus set out of bounds cannot exceed the component). */
export const bonusPoints = (bonus: BalancingBonus): number => clamp(bonus.points, 0, BALANCING_MAX);

/** Whether a bonus is active on a date: start ≤ date ≤ end, both inclusive. */
export function isBonusActive(bonus: BalancingBonus, on: IsoDate): boolean {
  return bonus.startDate <= on && on <= bonus.endDate;
}

/** The bonuses active on a date (done once per ranking, not per candidate). */
export function activeBonuses(bonuses: readonly BalancingBonus[], on: IsoDate): BalancingBonus[] {
  return bonuses.filter((b) => isBonusActive(b, on));
}

/**
 * Whether a bonus targets a candidacy. Each target the bonus sets must match: a size class or a
 * company needs the candidate's employer to be validated and of that class / that company; an
 * EPCI needs the offer to be in that EPCI. A bonus that sets no target targets nobody.
 */
export function bonusTargets(bonus: BalancingBonus, offer: OfferFacts, company: CompanyFacts | undefined): boolean {
  const hasTarget = bonus.sizeClass !== undefined || bonus.companyId !== undefined || bonus.epciCode !== undefined;
  if (!hasTarget) return false;
  if (bonus.sizeClass !== undefined && !(company?.validated === true && company.sizeClass === bonus.sizeClass)) return false;
  if (bonus.companyId !== undefined && !(company?.validated === true && company.companyId === bonus.companyId)) return false;
  if (bonus.epciCode !== undefined && offer.epciCode !== bonus.epciCode) return false;
  return true;
}

/**
 * The bonus that applies among some bonuses (already filtered as active): the highest of those
 * targeting the candidacy; equal points are settled by the smaller bonus id, so the result is
 * deterministic.
 */
export function applicableBonus(active: readonly BalancingBonus[], offer: OfferFacts, company: CompanyFacts | undefined): BalancingBonus | undefined {
  let best: BalancingBonus | undefined;
  let bestPoints = -1;
  for (const bonus of active) {
    if (!bonusTargets(bonus, offer, company)) continue;
    const points = bonusPoints(bonus);
    if (points > bestPoints || (points === bestPoints && best !== undefined && bonus.id < best.id)) {
      best = bonus;
      bestPoints = points;
    }
  }
  return best;
}

/** Describes in French whom a bonus targets, e.g. "salariés des ETI, offres de l’EPCI 200046977". */
export function describeBonusTarget(bonus: BalancingBonus): string {
  const parts: string[] = [];
  if (bonus.sizeClass !== undefined) parts.push(`salariés des ${bonus.sizeClass}`);
  if (bonus.companyId !== undefined) parts.push(`salariés de l’entreprise ${bonus.companyId}`);
  if (bonus.epciCode !== undefined) parts.push(`offres de l’EPCI ${bonus.epciCode}`);
  return parts.join(', ');
}

/** The line of a bonus that applies; its fact reads e.g. "bonus pour les salariés des ETI, du 01/01/2026 au 30/06/2026 : …". */
class BalancingResult extends LazyFactResult {
  readonly #bonus: BalancingBonus;
  constructor(bonus: BalancingBonus) {
    const points = bonusPoints(bonus);
    super('balancing', 'balancing.bonus', BALANCING_LABEL, points, points !== 0);
    this.#bonus = bonus;
  }
  protected describe(): string {
    const bonus = this.#bonus;
    return `bonus pour les ${describeBonusTarget(bonus)}, du ${frDate(bonus.startDate)} au ${frDate(bonus.endDate)} : ${bonus.reason}`;
  }
}

/** The balancing line of a breakdown for the bonus that applies (from applicableBonus), or none. */
export function balancingCriterion(bonus: BalancingBonus | undefined): CriterionResult {
  return bonus === undefined ? NO_BONUS : new BalancingResult(bonus);
}
