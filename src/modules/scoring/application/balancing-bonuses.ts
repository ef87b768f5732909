import { addDays, isIsoDate, toIsoDate, type IsoDate } from '../../../shared/dates';
import { DomainError, conflict, notFound, type FieldError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { BALANCING_MAX, isBonusActive, type BalancingBonus, type CompanySizeClass } from '../domain/index';
import type { StoredBonus } from '../ports';
import { auditActor, requireStaff } from './access';
import { typedEvents } from '../../../shared/events';
import { SCORING_EVENTS, type ScoringEventPayloads } from '../scoring.events';
import { SCORING_ERRORS, type ScoringDeps } from './scoring.deps';

/**
 * Balancing bonuses (scoring.md §4): an agent opens a bonus for a company size class, a company
 * and/or a territory (EPCI), with points (0..240), a start and end date and a public reason; the
 * agent may change it, and end it early. Active bonuses are public (transparency).
 */

export const SIZE_CLASSES: readonly CompanySizeClass[] = ['PME', 'ETI', 'GE'];
export const REASON_MAX = 500;
const EPCI = /^\d{9}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

export function bonusStatus(stored: StoredBonus, today: IsoDate): BonusStatus {
  if (stored.endedAt) return 'ended';
  if (today < stored.startDate) return 'scheduled';
  return today > stored.endDate ? 'expired' : 'active';
}

export function bonusView(stored: StoredBonus, today: IsoDate): BonusView {
  const effective = effectiveBonus(stored);
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
    status: bonusStatus(stored, today),
    createdAt: stored.createdAt,
    endedAt: stored.endedAt,
  };
}

export function publicBonusView(stored: StoredBonus, today: IsoDate): PublicBonusView {
  const { id, sizeClass, companyId, epciCode, points, startDate, endDate, reason } = bonusView(stored, today);
  return { id, sizeClass, companyId, epciCode, points, startDate, endDate, reason };
}

/** Every rule of a bonus at once, each naming its field. */
export function bonusProblems(input: BonusInput, today: IsoDate, options: { isNew: boolean }): FieldError[] {
  const problems: FieldError[] = [];
  if (input.sizeClass === undefined && input.companyId === undefined && input.epciCode === undefined) {
    problems.push({ field: 'sizeClass', message: 'une cible est nécessaire : une taille d’entreprise, une entreprise ou un EPCI' });
  }
  if (input.sizeClass !== undefined && !SIZE_CLASSES.includes(input.sizeClass)) problems.push({ field: 'sizeClass', message: 'PME, ETI ou GE' });
  if (input.companyId !== undefined && !UUID.test(input.companyId)) problems.push({ field: 'companyId', message: 'identifiant d’entreprise invalide' });
  if (input.epciCode !== undefined && !EPCI.test(input.epciCode)) problems.push({ field: 'epciCode', message: 'SIREN de l’EPCI : 9 chiffres' });
  if (!Number.isInteger(input.points) || input.points < 0 || input.points > BALANCING_MAX) {
    problems.push({ field: 'points', message: `un nombre entier de 0 à ${BALANCING_MAX}` });
  }
  const startOk = isIsoDate(input.startDate);
  const endOk = isIsoDate(input.endDate);
  if (!startOk) problems.push({ field: 'startDate', message: 'date AAAA-MM-JJ' });
  if (!endOk) problems.push({ field: 'endDate', message: 'date AAAA-MM-JJ' });
  if (startOk && endOk && input.endDate < input.startDate) problems.push({ field: 'endDate', message: 'la date de fin précède la date de début' });
  if (endOk && options.isNew && input.endDate < today) problems.push({ field: 'endDate', message: 'la date de fin est passée' });
  const reason = input.reason.trim();
  if (reason.length === 0) problems.push({ field: 'reason', message: 'un motif public est nécessaire' });
  if (reason.length > REASON_MAX) problems.push({ field: 'reason', message: `au plus ${REASON_MAX} caractères` });
  return problems;
}

function assertValid(input: BonusInput, today: IsoDate, options: { isNew: boolean }): void {
  const fields = bonusProblems(input, today, options);
  if (fields.length) throw new DomainError('invalid', SCORING_ERRORS.INVALID_BONUS, 'Bonus d’équilibrage invalide.', { fields });
}

const bonusNotFound = () => notFound(SCORING_ERRORS.BONUS_NOT_FOUND, 'Bonus d’équilibrage introuvable.');

export async function createBonus(deps: ScoringDeps, p: Principal, input: BonusInput): Promise<BonusView> {
  requireStaff(p);
  const now = deps.clock.now();
  const today = toIsoDate(now);
  const clean: BonusInput = { ...input, reason: input.reason.trim() };
  assertValid(clean, today, { isNew: true });
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
      ...auditActor(p), action: 'scoring.bonus_created', objectType: 'balancing_bonus', objectId: stored.id,
      detail: { points: stored.points, sizeClass: stored.sizeClass, companyId: stored.companyId, epciCode: stored.epciCode, startDate: stored.startDate, endDate: stored.endDate },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'bonus', id: stored.id }, now);
  });
  return bonusView(stored, today);
}

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
    if (!current) throw bonusNotFound();
    if (current.endedAt) throw conflict(SCORING_ERRORS.BONUS_ENDED, 'Ce bonus a été arrêté : il ne peut plus être modifié.');
    const started = current.startDate <= today;
    const targetChanged =
      (patch.sizeClass !== undefined && (patch.sizeClass ?? undefined) !== current.sizeClass) ||
      (patch.companyId !== undefined && (patch.companyId ?? undefined) !== current.companyId) ||
      (patch.epciCode !== undefined && (patch.epciCode ?? undefined) !== current.epciCode) ||
      (patch.startDate !== undefined && patch.startDate !== current.startDate);
    if (started && targetChanged) {
      throw conflict(SCORING_ERRORS.BONUS_STARTED, 'Le bonus a commencé : sa cible et sa date de début ne changent plus. Arrêtez-le et ouvrez-en un autre.');
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
    assertValid(merged, today, { isNew: false });
    if (changedDates && merged.endDate < today) {
      throw new DomainError('invalid', SCORING_ERRORS.INVALID_BONUS, 'Bonus d’équilibrage invalide.', {
        fields: [{ field: 'endDate', message: 'la date de fin est passée : arrêtez le bonus plutôt' }],
      });
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
      ...auditActor(p), action: ending ? 'scoring.bonus_ended' : 'scoring.bonus_changed', objectType: 'balancing_bonus', objectId: id,
      detail: { points: next.points, startDate: next.startDate, endDate: next.endDate, ...(ending ? { endedOn: today } : {}) },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'bonus', id }, now);
    return bonusView(next, today);
  });
}

export async function getBonus(deps: ScoringDeps, p: Principal, id: string): Promise<BonusView> {
  requireStaff(p);
  const stored = await deps.bonuses.findById(id);
  if (!stored) throw bonusNotFound();
  return bonusView(stored, toIsoDate(deps.clock.now()));
}

/** The bonuses active today, for everyone (transparency): highest points first. */
export async function activeBonuses(deps: ScoringDeps): Promise<PublicBonusView[]> {
  const today = toIsoDate(deps.clock.now());
  const covering = await deps.bonuses.coveringDate(today);
  return covering
    .filter((b) => isBonusActive(effectiveBonus(b), today))
    .sort((a, b) => b.points - a.points || a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
    .map((b) => publicBonusView(b, today));
}

/** Every bonus (agents), newest first. */
export async function listBonuses(deps: ScoringDeps, p: Principal, limit = 200): Promise<BonusView[]> {
  requireStaff(p);
  const today = toIsoDate(deps.clock.now());
  return (await deps.bonuses.list(limit)).map((b) => bonusView(b, today));
}

/** The bonuses a ranking on `referenceDate` uses (engine form, effective end dates), active that day. */
export async function bonusesOn(deps: ScoringDeps, referenceDate: IsoDate): Promise<BalancingBonus[]> {
  return (await deps.bonuses.coveringDate(referenceDate)).map(effectiveBonus).filter((b) => isBonusActive(b, referenceDate));
}
