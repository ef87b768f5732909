import { toIsoDate } from '../../../shared/dates';
import { typedEvents } from '../../../shared/events';
import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import type { StoredBonus } from '../ports';
import { SCORING_EVENTS, type ScoringEventPayloads } from '../scoring.events';
import { auditActor, requireStaff } from './access';
import { assertValidBonus } from './bonus-checks';
import { bonusView, type BonusInput, type BonusView } from './bonus-view';
import type { ScoringDeps } from './scoring.deps';

export async function createBonus(deps: ScoringDeps, p: Principal, input: BonusInput): Promise<BonusView> {
  requireStaff(p);
  const now = deps.clock.now();
  const today = toIsoDate(now);
  const clean: BonusInput = { ...input, reason: input.reason.trim() };
  assertValidBonus(clean, today, { isNew: true });
  const stored: StoredBonus = {
    id: newId(),
    ...(clean.sizeClass ? { sizeClass: clean.sizeClass } : {}),
    ...(clean.companyId ? { companyId: clean.companyId } : {}),
    ...(clean.epciCode ? { epciCode: clean.epciCode } : {}),
    points: clean.points,
    startDate: clean.startDate,
    endDate: clean.endDate,
    reason: clean.reason,
    createdAt: now,
    createdBy: p.accountId,
    updatedAt: now,
    endedAt: null,
    endedBy: null,
  };
  await deps.uow.run(async () => {
    await deps.bonuses.insert(stored);
    await deps.audit.record({
      ...auditActor(p),
      action: 'scoring.bonus_created',
      objectType: 'balancing_bonus',
      objectId: stored.id,
      detail: { points: stored.points, sizeClass: stored.sizeClass, companyId: stored.companyId, epciCode: stored.epciCode, startDate: stored.startDate, endDate: stored.endDate },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'bonus', id: stored.id }, now);
  });
  return bonusView(stored, today);
}
