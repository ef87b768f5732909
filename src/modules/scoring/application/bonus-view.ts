import { addDays, toIsoDate, type IsoDate } from '../../../shared/dates';
import type { BalancingBonus, CompanySizeClass } from '../domain/index';
import type { StoredBonus } from '../ports';

/**
 * Balancing bonuses (scoring.md §4): an agent opens a bonus for a company size class, a company
 * and/or a territory (EPCI), with points (0..240), a start and end date and a public reason; the
 * agent may change it, and end it early. Active bonuses are public (transparency).
 */

export interface BonusInput {
  sizeClass?: CompanySizeClass | undefined;
  companyId?: string | undefined;
  epciCode?: string | undefined;
  points: number;
  startDate: IsoDate;
  endDate: IsoDate;
  reason: string;
}

/** A change: the fields given are replaced; `null` removes a target; `status: 'ended'` ends the bonus today. */
export interface BonusPatch {
  sizeClass?: CompanySizeClass | null | undefined;
  companyId?: string | null | undefined;
  epciCode?: string | null | undefined;
  points?: number | undefined;
  startDate?: IsoDate | undefined;
  endDate?: IsoDate | undefined;
  reason?: string | undefined;
  status?: 'ended' | undefined;
}

export type BonusStatus = 'scheduled' | 'active' | 'expired' | 'ended';

/** A bonus as agents see it; the public sees the same without who created it. */
export interface BonusView {
  id: string;
  sizeClass: CompanySizeClass | null;
  companyId: string | null;
  epciCode: string | null;
  points: number;
  startDate: IsoDate;
  /** the last day it applies: the day before it was ended, when ended early */
  endDate: IsoDate;
  plannedEndDate: IsoDate;
  reason: string;
  status: BonusStatus;
  /** an agent may end it now: it still applies, or will (see `isBonusEndable`) */
  endable: boolean;
  createdAt: Date;
  endedAt: Date | null;
}

export type PublicBonusView = Pick<BonusView, 'id' | 'sizeClass' | 'companyId' | 'epciCode' | 'points' | 'startDate' | 'endDate' | 'reason'>;

/** The bonus the engine uses: ended early, it applied until the day before it was ended. */
export function effectiveBonus(stored: StoredBonus): BalancingBonus {
  const endDate = stored.endedAt ? minDate(stored.endDate, addDays(toIsoDate(stored.endedAt), -1)) : stored.endDate;
  return {
    id: stored.id,
    ...(stored.sizeClass ? { sizeClass: stored.sizeClass } : {}),
    ...(stored.companyId ? { companyId: stored.companyId } : {}),
    ...(stored.epciCode ? { epciCode: stored.epciCode } : {}),
    points: stored.points,
    startDate: stored.startDate,
    endDate,
    reason: stored.reason,
  };
}

const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** Whether an agent may end the bonus now: it applies, or is to apply (neither ended nor past). */
export function isBonusEndable(status: BonusStatus): boolean {
  return status === 'active' || status === 'scheduled';
}

function bonusStatus(stored: StoredBonus, today: IsoDate): BonusStatus {
  if (stored.endedAt) return 'ended';
  if (today < stored.startDate) return 'scheduled';
  return today > stored.endDate ? 'expired' : 'active';
}

export function bonusView(stored: StoredBonus, today: IsoDate): BonusView {
  const effective = effectiveBonus(stored);
  const status = bonusStatus(stored, today);
  return {
    id: stored.id,
    sizeClass: stored.sizeClass ?? null,
    companyId: stored.companyId ?? null,
    epciCode: stored.epciCode ?? null,
    points: stored.points,
    startDate: stored.startDate,
    endDate: effective.endDate,
    plannedEndDate: stored.endDate,
    reason: stored.reason,
    status,
    endable: isBonusEndable(status),
    createdAt: stored.createdAt,
    endedAt: stored.endedAt,
  };
}

export function publicBonusView(stored: StoredBonus, today: IsoDate): PublicBonusView {
  const { id, sizeClass, companyId, epciCode, points, startDate, endDate, reason } = bonusView(stored, today);
  return { id, sizeClass, companyId, epciCode, points, startDate, endDate, reason };
}
