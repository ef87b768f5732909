import { toIsoDate } from '../../../shared/dates';
import { typedEvents } from '../../../shared/events';
import type { Principal } from '../../identity/index';
import type { CompanySizeClass } from '../domain/index';
import type { StoredBonus } from '../ports';
import { bonusField, scoringError } from '../scoring.errors';
import { SCORING_EVENTS, type ScoringEventPayloads } from '../scoring.events';
import { auditActor, requireStaff } from './access';
import { assertValidBonus } from './bonus-checks';
import { bonusView, type BonusInput, type BonusPatch, type BonusView } from './bonus-view';
import type { ScoringDeps } from './scoring.deps';

/**
 * Changes a bonus, or ends it (`status: 'ended'`: it applies no more from today). An ended bonus
 * cannot change; once a bonus has started its targets and start date are kept (rankings were
 * computed with them), its points, end date and reason may change.
 */
export async function updateBonus(deps: ScoringDeps, p: Principal, id: string, patch: BonusPatch): Promise<BonusView> {
  requireStaff(p);
  const now = deps.clock.now();
  const today = toIsoDate(now);
  return deps.uow.run(async () => {
    const current = await deps.bonuses.findById(id);
    if (!current) throw scoringError.bonusNotFound();
    if (current.endedAt) throw scoringError.bonusEnded();
    const started = current.startDate <= today;
    const targetChanged =
      (patch.sizeClass !== undefined && (patch.sizeClass ?? undefined) !== current.sizeClass) ||
      (patch.companyId !== undefined && (patch.companyId ?? undefined) !== current.companyId) ||
      (patch.epciCode !== undefined && (patch.epciCode ?? undefined) !== current.epciCode) ||
      (patch.startDate !== undefined && patch.startDate !== current.startDate);
    if (started && targetChanged) {
      throw scoringError.bonusStarted();
    }
    const pick = <K extends 'sizeClass' | 'companyId' | 'epciCode'>(k: K) => (patch[k] === undefined ? current[k] : (patch[k] ?? undefined));
    const merged: BonusInput = {
      sizeClass: pick('sizeClass') as CompanySizeClass | undefined,
      companyId: pick('companyId') as string | undefined,
      epciCode: pick('epciCode') as string | undefined,
      points: patch.points ?? current.points,
      startDate: patch.startDate ?? current.startDate,
      endDate: patch.endDate ?? current.endDate,
      reason: (patch.reason ?? current.reason).trim(),
    };
    const changedDates = patch.endDate !== undefined && patch.endDate !== current.endDate;
    assertValidBonus(merged, today, { isNew: false });
    if (changedDates && merged.endDate < today) {
      throw scoringError.invalidBonus([bonusField.endPassedStopInstead()]);
    }
    const ending = patch.status === 'ended';
    const next: StoredBonus = {
      id: current.id,
      ...(merged.sizeClass ? { sizeClass: merged.sizeClass } : {}),
      ...(merged.companyId ? { companyId: merged.companyId } : {}),
      ...(merged.epciCode ? { epciCode: merged.epciCode } : {}),
      points: merged.points,
      startDate: merged.startDate,
      endDate: merged.endDate,
      reason: merged.reason,
      createdAt: current.createdAt,
      createdBy: current.createdBy,
      updatedAt: now,
      endedAt: ending ? now : null,
      endedBy: ending ? p.accountId : null,
    };
    await deps.bonuses.update(next);
    await deps.audit.record({
      ...auditActor(p),
      action: ending ? 'scoring.bonus_ended' : 'scoring.bonus_changed',
      objectType: 'balancing_bonus',
      objectId: id,
      detail: { points: next.points, startDate: next.startDate, endDate: next.endDate, ...(ending ? { endedOn: today } : {}) },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'bonus', id }, now);
    return bonusView(next, today);
  });
}
