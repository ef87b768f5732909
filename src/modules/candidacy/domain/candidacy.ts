import { candidacyErrors } from '../candidacy.errors';
import type { DomainError } from '../../../shared/errors';

/**
 * A candidacy: a demand applying to an offer (brief §3). Its lifecycle:
 *
 *   submitted → designated → transmitted → cal_accepted (CAL rank 1–3) | cal_refused (reason) | cal_postponed
 *   cal_postponed → cal_accepted | cal_refused | cal_postponed (the CAL decides later)
 *   cal_accepted → proposal_accepted → leased | proposal_declined
 *   submitted | designated → withdrawn (by the applicant, before transmission)
 *   any open state → not_retained (a lease was signed by another candidate of the offer)
 *
 * Every transition is dated and kept (the applicant's timeline). Rules are pure functions; the
 * application layer loads, locks and saves.
 */
export const CANDIDACY_STATUSES = [
  'submitted',
  'designated',
  'transmitted',
  'cal_accepted',
  'cal_refused',
  'cal_postponed',
  'proposal_accepted',
  'proposal_declined',
  'leased',
  'withdrawn',
  'not_retained',
] as const;
export type CandidacyStatus = (typeof CANDIDACY_STATUSES)[number];

/** Still running: they count against the cap of open candidacies per demand. */
export const OPEN_STATUSES: readonly CandidacyStatus[] = ['submitted', 'designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted'];
/** Ranked among the offer's candidates (and counted in its candidacy count): open ones, and the lease. */
export const COMPETING_STATUSES: readonly CandidacyStatus[] = [...OPEN_STATUSES, 'leased'];
/** A designated candidate who fell through: the offer may be published again when all did. */
export const FELL_THROUGH_STATUSES: readonly CandidacyStatus[] = ['withdrawn', 'cal_refused', 'proposal_declined', 'not_retained'];
/** The candidates an agent may designate: still in the running, not designated yet. */
export const DESIGNABLE_STATUSES: readonly CandidacyStatus[] = ['submitted'];
/** Whether the candidate may be designated (see `designate`). */
export function isDesignable(status: CandidacyStatus): boolean {
  return DESIGNABLE_STATUSES.includes(status);
}
/** The states the landlord's steps start from (the guards of the transitions below). */
const LANDLORD_STEPS_FROM = {
  recordCalDecision: ['transmitted', 'cal_postponed'],
  /** the candidate's answer to the home proposed after the CAL (accepted, or declined) */
  recordProposalOutcome: ['cal_accepted'],
  recordLease: ['proposal_accepted'],
} as const satisfies Record<string, readonly CandidacyStatus[]>;

/**
 * The landlord's next steps on a candidacy in this state (for the landlord, or an agent on its
 * behalf), as the views carry them so that pages show their forms without testing statuses again.
 */
export type CandidacyActions = Record<keyof typeof LANDLORD_STEPS_FROM, boolean>;

/** The landlord's steps the candidacy's state allows. */
export function allowedCandidacyActions(status: CandidacyStatus): CandidacyActions {
  const from = (allowed: readonly CandidacyStatus[]) => allowed.includes(status);
  return {
    recordCalDecision: from(LANDLORD_STEPS_FROM.recordCalDecision),
    recordProposalOutcome: from(LANDLORD_STEPS_FROM.recordProposalOutcome),
    recordLease: from(LANDLORD_STEPS_FROM.recordLease),
  };
}

/** What the landlord received: transmitted and every later state. */
export const TRANSMITTED_OR_LATER: readonly CandidacyStatus[] = ['transmitted', 'cal_accepted', 'cal_refused', 'cal_postponed', 'proposal_accepted', 'proposal_declined', 'leased'];
/** Whether the landlord received the candidacy (transmitted, or any later state). */
export function isTransmittedToLandlord(status: CandidacyStatus): boolean {
  return TRANSMITTED_OR_LATER.includes(status);
}

export const isOpen = (s: CandidacyStatus): boolean => OPEN_STATUSES.includes(s);
export const isCompeting = (s: CandidacyStatus): boolean => COMPETING_STATUSES.includes(s);

export const STATUS_LABELS: Readonly<Record<CandidacyStatus, string>> = {
  submitted: 'Positionnée',
  designated: 'Désignée',
  transmitted: 'Transmise au bailleur',
  cal_accepted: 'Acceptée en CAL',
  cal_refused: 'Refusée en CAL',
  cal_postponed: 'Ajournée en CAL',
  proposal_accepted: 'Proposition acceptée',
  proposal_declined: 'Proposition refusée',
  leased: 'Bail signé',
  withdrawn: 'Retirée',
  not_retained: 'Non retenue',
};

export type CandidacyAction =
  | 'submitted'
  | 'designated'
  | 'transmitted'
  | 'cal_accepted'
  | 'cal_refused'
  | 'cal_postponed'
  | 'proposal_accepted'
  | 'proposal_declined'
  | 'leased'
  | 'withdrawn'
  | 'not_retained';

/** One dated event of a candidacy's life. */
export interface TimelineEntry {
  action: CandidacyAction;
  from: CandidacyStatus | null;
  to: CandidacyStatus;
  at: Date;
  /** account that acted; undefined for the system */
  by?: string | undefined;
  /** a reason the applicant may read (CAL refusal, postponement, withdrawal) */
  reason?: string | undefined;
}

export interface Candidacy {
  id: string;
  demandId: string;
  offerId: string;
  /** the applicant's account (owner of the demand when applying) */
  applicantAccountId: string;
  status: CandidacyStatus;
  submittedAt: Date;
  statusChangedAt: Date;
  /** the designation round it was designated in (1 for the first designation of the offer) */
  designationRound: number | null;
  /** its rank among the offer's candidates when designated, and its total then */
  rankAtDesignation: number | null;
  totalAtDesignation: number | null;
  /** the CAL's rank (1–3) when accepted */
  calRank: number | null;
  /** the CAL's reason (refusal, postponement) */
  calReason: string | null;
}

export interface CandidacyTransition {
  candidacy: Candidacy;
  entry: TimelineEntry;
}

export interface TransitionContext {
  at: Date;
  by?: string | undefined;
}

export function invalidTransition(c: Pick<Candidacy, 'status'>, action: CandidacyAction): DomainError {
  return candidacyErrors.invalidTransition(c.status, STATUS_LABELS[c.status], action);
}

function assertStatus(c: Candidacy, allowed: readonly CandidacyStatus[], action: CandidacyAction): void {
  if (!allowed.includes(c.status)) throw invalidTransition(c, action);
}

function move(c: Candidacy, action: CandidacyAction, to: CandidacyStatus, ctx: TransitionContext, extra: Partial<Candidacy> = {}, reason?: string): CandidacyTransition {
  return {
    candidacy: { ...c, ...extra, status: to, statusChangedAt: ctx.at },
    entry: { action, from: c.status, to, at: ctx.at, ...(ctx.by ? { by: ctx.by } : {}), ...(reason ? { reason } : {}) },
  };
}

/** The reason of the CAL's refusal: required, 1,000 characters at most. */
const CAL_REASON_MAX = 1000;
function requireCalRefusalReason(reason: string | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed || trimmed.length > CAL_REASON_MAX) throw candidacyErrors.calRefusalReasonRequired({ tooLong: trimmed.length > CAL_REASON_MAX, max: CAL_REASON_MAX });
  return trimmed;
}

/** A new candidacy, positioned on the offer. */
export function newCandidacy(input: { id: string; demandId: string; offerId: string; applicantAccountId: string }, ctx: TransitionContext): CandidacyTransition {
  const candidacy: Candidacy = {
    ...input,
    status: 'submitted',
    submittedAt: ctx.at,
    statusChangedAt: ctx.at,
    designationRound: null,
    rankAtDesignation: null,
    totalAtDesignation: null,
    calRank: null,
    calReason: null,
  };
  return { candidacy, entry: { action: 'submitted', from: null, to: 'submitted', at: ctx.at, ...(ctx.by ? { by: ctx.by } : {}) } };
}

/** The agent designates the candidate to the landlord: submitted → designated. */
export function designate(c: Candidacy, ctx: TransitionContext & { round: number; rank: number; total: number }): CandidacyTransition {
  assertStatus(c, DESIGNABLE_STATUSES, 'designated');
  return move(c, 'designated', 'designated', ctx, { designationRound: ctx.round, rankAtDesignation: ctx.rank, totalAtDesignation: ctx.total });
}

/** The designated file is sent to the landlord: designated → transmitted. */
export function transmit(c: Candidacy, ctx: TransitionContext): CandidacyTransition {
  assertStatus(c, ['designated'], 'transmitted');
  return move(c, 'transmitted', 'transmitted', ctx);
}

export type CalDecision = 'accepted' | 'refused' | 'postponed';
export const MAX_CAL_RANK = 3;

/**
 * The landlord records the CAL's decision: transmitted | cal_postponed → cal_accepted (with a rank
 * 1–3) | cal_refused (with a reason) | cal_postponed (reason optional).
 */
export function recordCalDecision(
  c: Candidacy,
  ctx: TransitionContext & { decision: CalDecision; calRank?: number | undefined; reason?: string | undefined },
): CandidacyTransition {
  const action: CandidacyAction = ctx.decision === 'accepted' ? 'cal_accepted' : ctx.decision === 'refused' ? 'cal_refused' : 'cal_postponed';
  assertStatus(c, LANDLORD_STEPS_FROM.recordCalDecision, action);
  if (ctx.decision === 'accepted') {
    const rank = ctx.calRank;
    if (rank === undefined || !Number.isInteger(rank) || rank < 1 || rank > MAX_CAL_RANK) {
      throw candidacyErrors.calRankRequired(MAX_CAL_RANK);
    }
    return move(c, 'cal_accepted', 'cal_accepted', ctx, { calRank: rank, calReason: null });
  }
  if (ctx.decision === 'refused') {
    const reason = requireCalRefusalReason(ctx.reason);
    return move(c, 'cal_refused', 'cal_refused', ctx, { calRank: null, calReason: reason }, reason);
  }
  const reason = ctx.reason?.trim() || undefined;
  return move(c, 'cal_postponed', 'cal_postponed', ctx, { calRank: null, calReason: reason ?? null }, reason);
}

/** The applicant accepts the home proposed after the CAL: cal_accepted → proposal_accepted (see `assertProposalTurn`). */
export function acceptProposal(c: Candidacy, ctx: TransitionContext): CandidacyTransition {
  assertStatus(c, LANDLORD_STEPS_FROM.recordProposalOutcome, 'proposal_accepted');
  return move(c, 'proposal_accepted', 'proposal_accepted', ctx);
}

/** The applicant declines the home after the CAL accepted them: cal_accepted | proposal_accepted → proposal_declined (−40 for 12 months). */
export function declineProposal(c: Candidacy, ctx: TransitionContext & { reason?: string | undefined }): CandidacyTransition {
  assertStatus(c, ['cal_accepted', 'proposal_accepted'], 'proposal_declined');
  return move(c, 'proposal_declined', 'proposal_declined', ctx, {}, ctx.reason?.trim() || undefined);
}

/** The landlord records the signed lease: proposal_accepted → leased. */
export function recordLease(c: Candidacy, ctx: TransitionContext): CandidacyTransition {
  assertStatus(c, LANDLORD_STEPS_FROM.recordLease, 'leased');
  return move(c, 'leased', 'leased', ctx);
}

/**
 * The applicant withdraws, before transmission: submitted | designated → withdrawn. The system
 * also withdraws the other open candidacies of a demand that was just housed (`system: true`).
 */
export function withdraw(c: Candidacy, ctx: TransitionContext & { reason?: string | undefined; system?: boolean }): CandidacyTransition {
  assertStatus(c, ctx.system ? OPEN_STATUSES : ['submitted', 'designated'], 'withdrawn');
  return move(c, 'withdrawn', 'withdrawn', ctx, {}, ctx.reason?.trim() || undefined);
}

/** Another candidate of the offer signed the lease: any open state → not_retained. */
export function notRetain(c: Candidacy, ctx: TransitionContext): CandidacyTransition {
  assertStatus(c, OPEN_STATUSES, 'not_retained');
  return move(c, 'not_retained', 'not_retained', ctx);
}
