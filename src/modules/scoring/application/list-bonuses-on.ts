import type { IsoDate } from '../../../shared/dates';
import { isBonusActive, type BalancingBonus } from '../domain/index';
import { effectiveBonus } from './bonus-view';
import type { ScoringDeps } from './scoring.deps';

/** The bonuses a ranking on `referenceDate` uses (engine form, effective end dates), active that day. */
export async function bonusesOn(deps: ScoringDeps, referenceDate: IsoDate): Promise<BalancingBonus[]> {
  return (await deps.bonuses.coveringDate(referenceDate)).map(effectiveBonus).filter((b) => isBonusActive(b, referenceDate));
}
