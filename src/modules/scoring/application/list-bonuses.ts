import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { requireStaff } from './access';
import { bonusView, type BonusView } from './bonus-view';
import type { ScoringDeps } from './scoring.deps';

/** Every bonus (agents), newest first. */
export async function listBonuses(deps: ScoringDeps, p: Principal, limit = 200): Promise<BonusView[]> {
  requireStaff(p);
  const today = toIsoDate(deps.clock.now());
  return (await deps.bonuses.list(limit)).map((b) => bonusView(b, today));
}
