import { toIsoDate } from '../../../shared/dates';
import { isBonusActive } from '../domain/index';
import { effectiveBonus, publicBonusView, type PublicBonusView } from './bonus-view';
import type { ScoringDeps } from './scoring.deps';

/** The bonuses active today, for everyone (transparency): highest points first. */
export async function activeBonuses(deps: ScoringDeps): Promise<PublicBonusView[]> {
  const today = toIsoDate(deps.clock.now());
  const covering = await deps.bonuses.coveringDate(today);
  return covering
    .filter((b) => isBonusActive(effectiveBonus(b), today))
    .sort((a, b) => b.points - a.points || a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
    .map((b) => publicBonusView(b, today));
}
