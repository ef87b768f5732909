import { compareIsoDates, isIsoDate, toIsoDate, type IsoDate } from '../../../shared/dates';
import { OFFER_ERRORS, offerError, type OfferStatusErrorCode } from '../offer.errors';

/**
 * The offer lifecycle (brief §3):
 *
 *   draft → submitted → in_instruction → published → closed → designated → transmitted → allocated
 *
 * - `publish` is accepted from `submitted` as well as `in_instruction` (an agent who decides at
 *   once need not open the file first), and needs a closing date that is not past.
 * - `sendBack`: an agent returns a submitted or in-instruction offer to `draft` with a message.
 * - `republish`: from `designated` or `transmitted` back to `published` when every designated
 *   candidate fell through, with a new closing date (the old one is past).
 * - `withdraw`: landlord or agent, with a reason, from any state before allocation.
 * - `allocated` and `withdrawn` are final.
 *
 * Who may act (landlord, agent, system) is checked by the application layer; here every
 * transition is a pure guarded function returning the new status and a dated history entry,
 * and throwing a DomainError with its own code when the current state forbids it.
 * Calendar dates of instants are taken in UTC (shared/dates).
 */

export const OFFER_STATUSES = ['draft', 'submitted', 'in_instruction', 'published', 'closed', 'designated', 'transmitted', 'allocated', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** States an offer never leaves. */
export const FINAL_OFFER_STATUSES: readonly OfferStatus[] = ['allocated', 'withdrawn'];

/** French labels of the offer states. */
export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  draft: 'Brouillon',
  submitted: 'Soumise',
  in_instruction: 'En instruction',
  published: 'Publiée',
  closed: 'Clôturée',
  designated: 'Candidats désignés',
  transmitted: 'Transmise au bailleur',
  allocated: 'Attribuée',
  withdrawn: 'Retirée',
};

/** Most candidates an agent designates for one offer (brief §4). */
export const MAX_DESIGNATED_CANDIDATES = 3;

/** The states each transition starts from (the guards of the functions above). */
const TRANSITION_FROM = {
  edit: ['draft'],
  submit: ['draft'],
  startInstruction: ['submitted'],
  publish: ['submitted', 'in_instruction'],
  sendBack: ['submitted', 'in_instruction'],
  close: ['published'],
  designate: ['closed'],
  transmit: ['designated'],
  allocate: ['transmitted'],
  republish: ['designated', 'transmitted'],
} as const satisfies Record<Exclude<keyof OfferActions, 'withdraw' | 'withdrawByAgent'>, readonly OfferStatus[]>;

export type OfferAction = 'submitted' | 'instruction_started' | 'sent_back' | 'published' | 'closed' | 'designated' | 'transmitted' | 'allocated' | 'republished' | 'withdrawn';

/** One dated event of an offer's life. */
export interface OfferHistoryEntry {
  action: OfferAction;
  from: OfferStatus;
  to: OfferStatus;
  at: Date;
  /** account id of who acted; absent for the system (automatic closing) */
  by?: string;
  /** withdrawal reason, send-back message, republication reason */
  reason?: string;
  /** an agent (`by`) acted for this landlord, on its behalf (back office) */
  onBehalfOf?: string;
}

/** What the lifecycle needs of an offer. */
export interface OfferLifecycleState {
  status: OfferStatus;
  /** last day (inclusive) of candidacies */
  closingDate?: IsoDate | null;
}

/** Who and when of a transition. */
export interface OfferTransitionContext {
  at: Date;
  by?: string;
}

/** The outcome of a transition: the new status (and closing date when it changes) and the history entry. */
export interface OfferTransition {
  status: OfferStatus;
  /** set by `publish` and `republish` */
  closingDate?: IsoDate;
  entry: OfferHistoryEntry;
}

/** Whether the status is final (allocated or withdrawn). */
export function isFinalOfferStatus(status: OfferStatus): boolean {
  return FINAL_OFFER_STATUSES.includes(status);
}

/** Throws `OFFER.NOT_DRAFT` unless the offer is a draft: only drafts are edited by the landlord. */
export function assertEditable(offer: OfferLifecycleState): void {
  requireStatus(offer, TRANSITION_FROM.edit, OFFER_ERRORS.NOT_DRAFT);
}

/** Landlord submits its draft to ALS: draft → submitted. */
export function submit(offer: OfferLifecycleState, ctx: OfferTransitionContext): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.submit, OFFER_ERRORS.NOT_DRAFT);
  return transition(offer, 'submitted', 'submitted', ctx);
}

/** An agent opens the submitted offer: submitted → in_instruction. */
export function startInstruction(offer: OfferLifecycleState, ctx: OfferTransitionContext): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.startInstruction, OFFER_ERRORS.NOT_SUBMITTED);
  return transition(offer, 'in_instruction', 'instruction_started', ctx);
}

/** An agent sends the offer back to the landlord with a message: submitted | in_instruction → draft. */
export function sendBack(offer: OfferLifecycleState, ctx: OfferTransitionContext & { message: string }): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.sendBack, OFFER_ERRORS.NOT_UNDER_REVIEW);
  const message = requireReason(ctx.message, 'message');
  return transition(offer, 'draft', 'sent_back', ctx, message);
}

/**
 * An agent publishes the offer: submitted | in_instruction → published, open to candidacies
 * until its closing date (inclusive). The closing date (the offer's, or `closingDate` given here)
 * is required and must not be before the day of publication.
 */
export function publish(offer: OfferLifecycleState, ctx: OfferTransitionContext & { closingDate?: IsoDate }): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.publish, OFFER_ERRORS.NOT_UNDER_REVIEW);
  const closingDate = requireOpenClosingDate(ctx.closingDate ?? offer.closingDate ?? undefined, ctx.at);
  return { ...transition(offer, 'published', 'published', ctx), closingDate };
}

/** Candidacies stop (automatically at the closing date, or early by an agent): published → closed. */
export function close(offer: OfferLifecycleState, ctx: OfferTransitionContext): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.close, OFFER_ERRORS.NOT_PUBLISHED);
  return transition(offer, 'closed', 'closed', ctx);
}

/** An agent designates 1 to 3 candidates: closed → designated. */
export function designate(offer: OfferLifecycleState, ctx: OfferTransitionContext & { candidateCount: number }): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.designate, OFFER_ERRORS.NOT_CLOSED);
  const n = ctx.candidateCount;
  if (!Number.isInteger(n) || n < 1 || n > MAX_DESIGNATED_CANDIDATES) {
    throw offerError.designationCount(MAX_DESIGNATED_CANDIDATES, n);
  }
  return transition(offer, 'designated', 'designated', ctx);
}

/** The designated candidates' files are sent to the landlord: designated → transmitted. */
export function transmit(offer: OfferLifecycleState, ctx: OfferTransitionContext): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.transmit, OFFER_ERRORS.NOT_DESIGNATED);
  return transition(offer, 'transmitted', 'transmitted', ctx);
}

/** A candidate signed: transmitted → allocated (final). */
export function allocate(offer: OfferLifecycleState, ctx: OfferTransitionContext): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.allocate, OFFER_ERRORS.NOT_TRANSMITTED);
  return transition(offer, 'allocated', 'allocated', ctx);
}

/**
 * Every designated candidate fell through: designated | transmitted → published again, with a
 * new closing date not before today.
 */
export function republish(offer: OfferLifecycleState, ctx: OfferTransitionContext & { closingDate: IsoDate; reason?: string }): OfferTransition {
  requireStatus(offer, TRANSITION_FROM.republish, OFFER_ERRORS.NOT_DESIGNATED);
  const closingDate = requireOpenClosingDate(ctx.closingDate, ctx.at);
  const reason = ctx.reason?.trim();
  return { ...transition(offer, 'published', 'republished', ctx, reason ? reason : undefined), closingDate };
}

/** The landlord or an agent withdraws the offer, with a reason, at any point before allocation. */
export function withdraw(offer: OfferLifecycleState, ctx: OfferTransitionContext & { reason: string }): OfferTransition {
  guardFinal(offer);
  const reason = requireReason(ctx.reason, 'reason');
  return transition(offer, 'withdrawn', 'withdrawn', ctx, reason);
}

/**
 * The transitions the offer's state allows, as the views carry them (`OfferView.actions`) so that
 * pages show their buttons without testing statuses again. Who may act is the application layer's.
 */
export interface OfferActions {
  /** the landlord edits and submits its draft */
  edit: boolean;
  submit: boolean;
  /** an agent takes the submitted offer in instruction */
  startInstruction: boolean;
  /** an agent publishes the offer under review or sends it back to the landlord */
  publish: boolean;
  sendBack: boolean;
  /** candidacies stop early (an agent) */
  close: boolean;
  designate: boolean;
  transmit: boolean;
  allocate: boolean;
  republish: boolean;
  /** the landlord or an agent withdraws the offer: any state before allocation */
  withdraw: boolean;
  /** the back office offers the withdrawal once the offer left the landlord's hands (a draft is still the landlord's) */
  withdrawByAgent: boolean;
}

/** What the offer's state allows now (`status` being the one callers see: see `effectiveStatus`). */
export function allowedOfferActions(status: OfferStatus): OfferActions {
  const from = (allowed: readonly OfferStatus[]) => allowed.includes(status);
  const withdraw = !isFinalOfferStatus(status);
  return {
    edit: from(TRANSITION_FROM.edit),
    submit: from(TRANSITION_FROM.submit),
    startInstruction: from(TRANSITION_FROM.startInstruction),
    publish: from(TRANSITION_FROM.publish),
    sendBack: from(TRANSITION_FROM.sendBack),
    close: from(TRANSITION_FROM.close),
    designate: from(TRANSITION_FROM.designate),
    transmit: from(TRANSITION_FROM.transmit),
    allocate: from(TRANSITION_FROM.allocate),
    republish: from(TRANSITION_FROM.republish),
    withdraw,
    withdrawByAgent: withdraw && !from(TRANSITION_FROM.submit),
  };
}

/** The one state in which an offer accepts candidacies (until its closing date, inclusive). */
export const OPEN_FOR_CANDIDACIES_STATUS = 'published' satisfies OfferStatus;

/**
 * Whether the offer accepts candidacies at `now`: published and its closing date (inclusive, UTC)
 * not passed. The one rule; searches derive their filter from it (`openForCandidaciesFilter`).
 */
export function isOpenForCandidacies(offer: OfferLifecycleState, now: Date): boolean {
  return offer.status === OPEN_FOR_CANDIDACIES_STATUS && !closingDatePassed(offer, now);
}

/**
 * The same rule as search criteria, for the offers open for candidacies on `now`'s day: the open
 * state, and a closing date on that day or after (`openOn`, inclusive like `isOpenForCandidacies`).
 */
export function openForCandidaciesFilter(now: Date): { statuses: OfferStatus[]; openOn: IsoDate } {
  return { statuses: [OPEN_FOR_CANDIDACIES_STATUS], openOn: toIsoDate(now) };
}

/** Whether the system should close the offer at `now`: published and its closing date passed. */
export function shouldCloseAutomatically(offer: OfferLifecycleState, now: Date): boolean {
  return offer.status === 'published' && closingDatePassed(offer, now);
}

// ——— helpers ———

/** A published offer without a closing date never closes by itself (publish requires one). */
function closingDatePassed(offer: OfferLifecycleState, now: Date): boolean {
  return offer.closingDate != null && compareIsoDates(offer.closingDate, toIsoDate(now)) < 0;
}

function guardFinal(offer: OfferLifecycleState): void {
  if (offer.status === 'allocated') {
    throw offerError.alreadyAllocated(offer.status);
  }
  if (offer.status === 'withdrawn') {
    throw offerError.alreadyWithdrawn(offer.status);
  }
}

/** Final states answer with their own code first, whatever the transition asked. */
function requireStatus(offer: OfferLifecycleState, allowed: readonly OfferStatus[], code: OfferStatusErrorCode): void {
  if (allowed.includes(offer.status)) return;
  guardFinal(offer);
  throw offerError.wrongStatus(code, offer.status, allowed);
}

function requireReason(value: string | undefined, field: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') throw offerError.reasonRequired(field);
  return trimmed;
}

function requireOpenClosingDate(closingDate: IsoDate | undefined, at: Date): IsoDate {
  if (closingDate === undefined || !isIsoDate(closingDate)) {
    throw offerError.closingDateRequired();
  }
  const today = toIsoDate(at);
  if (compareIsoDates(closingDate, today) < 0) throw offerError.closingDatePassed(closingDate, today);
  return closingDate;
}

function transition(offer: OfferLifecycleState, to: OfferStatus, action: OfferAction, ctx: OfferTransitionContext, reason?: string): OfferTransition {
  const entry: OfferHistoryEntry = { action, from: offer.status, to, at: new Date(ctx.at) };
  if (ctx.by !== undefined) entry.by = ctx.by;
  if (reason !== undefined) entry.reason = reason;
  return { status: to, entry };
}
