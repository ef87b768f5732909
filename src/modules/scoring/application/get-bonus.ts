import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { scoringError } from '../scoring.errors';
import { requireStaff } from './access';
import { bonusView, type BonusView } from './bonus-view';
import type { ScoringDeps } from './scoring.deps';

export async function getBonus(deps: ScoringDeps, p: Principal, id: string): Promise<BonusView> {
  requireStaff(p);
  const stored = await deps.bonuses.findById(id);
  if (!stored) throw scoringError.bonusNotFound();
  return bonusView(stored, toIsoDate(deps.clock.now()));
}
