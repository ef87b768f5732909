import { addMonths, addYears, compareIsoDates, toIsoDate, type IsoDate } from '../../../shared/dates';
import type { DomainError } from '../../../shared/errors';
import type { DemandData } from './demand-data';
import { demandError } from '../demand.errors';
import type { DocumentType } from './documents';
import { monthlyResources } from './resources';
import { validateDemandForSubmission } from './validation';

/**
 * The demand lifecycle (brief §3):
 *
 *   draft → submitted → in_instruction → active → satisfied | cancelled | expired
 *
 * Two agent actions are not states of their own, to keep the brief's states:
 *
 * - **Documents requested**: the demand stays `in_instruction` with a `documentsRequest` flag
 *   (message and piece types). The agent is still instructing it; the flag tells the applicant
 *   what to bring and is cleared when they say it is done (`provideRequestedDocuments`) or when
 *   the agent decides (validation or rejection). One flag instead of an `incomplete` state keeps
 *   "where is my file" simple: it is with the agent until validated or rejected.
 * - **Rejection**: the demand goes back to `draft` with the agent's reason (kept in
 *   `lastRejection` and in the history). `cancelled` means "cancelled by the applicant" in the
 *   brief and stays so; a rejected demand has no registration number yet, and `draft` is the
 *   state where the applicant can correct the data and submit again. Nothing is lost.
 *
 * The agent's decisions (request documents, validate, reject) are accepted from `submitted` as
 * well as from `in_instruction`: opening the file (`startInstruction`) is a separate step for the
 * queue, but an agent who decides at once need not make it first.
 *
 * Every transition is a pure function returning the new demand (with its history entry appended)
 * and that entry; a transition not allowed in the current state throws a `conflict`
 * `DEMAND.INVALID_TRANSITION`. Calendar dates of instants are taken in UTC.
 */

export const DEMAND_STATUSES = ['draft', 'submitted', 'in_instruction', 'active', 'satisfied', 'cancelled', 'expired'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/** States a demand never leaves: the one list (repositories, SQL filters and the partial index derive from it). */
export const FINAL_DEMAND_STATUSES: readonly DemandStatus[] = ['satisfied', 'cancelled', 'expired'];

/** States that are not final: an applicant has at most one demand in one of them; it can still be cancelled. */
export const OPEN_DEMAND_STATUSES: readonly DemandStatus[] = DEMAND_STATUSES.filter((s) => !FINAL_DEMAND_STATUSES.includes(s));

/** States of a demand filed and still open (submitted, in instruction, active): its declared employer is asked to validate it. */
export const FILED_DEMAND_STATUSES: readonly DemandStatus[] = OPEN_DEMAND_STATUSES.filter((s) => s !== 'draft');

/** French labels of the demand states. */
export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = {
  draft: 'Brouillon',
  submitted: 'Déposée',
  in_instruction: 'En instruction',
  active: 'Active',
  satisfied: 'Satisfaite',
  cancelled: 'Annulée',
  expired: 'Expirée',
};

/** What happened to a demand, in its history. */
export type DemandAction =
  | 'submitted'
  | 'instruction_started'
  | 'documents_requested'
  | 'documents_provided'
  | 'validated'
  | 'rejected'
  | 'cancelled'
  | 'satisfied'
  | 'renewed'
  | 'expired'
  | 'edited'
  /** the registry delivered the number of a demand validated while its registration was pending */
  | 'registered'
  /** brought back, already registered, from a registry (SNE): active at once */
  | 'imported'
  /** the registry struck it off (housed, not renewed or renounced elsewhere): closed here too */
  | 'struck_off';

/** One dated event of a demand's life. */
export interface DemandHistoryEntry {
  action: DemandAction;
  from: DemandStatus;
  to: DemandStatus;
  at: Date;
  /** account id of who acted; absent for the system (expiry) */
  by?: string;
  reason?: string;
}

/** Where a demand comes from: typed on the platform, or brought back from a registry. */
export type DemandSource = 'platform' | 'registry';

/** The pieces an agent asked for, while the demand is in instruction. */
export interface DocumentsRequest {
  requestedAt: Date;
  by?: string;
  message: string;
  documentTypes: DocumentType[];
}

/** An agent's rejection, shown to the applicant on the returned draft. */
export interface DemandRejection {
  at: Date;
  by?: string;
  reason: string;
}

/** A social-housing demand. */
export interface Demand {
  id: string;
  ownerAccountId: string;
  status: DemandStatus;
  data: DemandData;
  /** NUR/NUD, 18 characters */
  registrationNumber?: string;
  /** the demand's seniority: set at validation for a new demand, the registry's for an imported one */
  registrationDate?: IsoDate;
  /** the demand must be renewed on or before this date */
  renewalDueDate?: IsoDate;
  source: DemandSource;
  /** the registry an imported demand comes from (e.g. `sne`) */
  registry?: string;
  createdAt: Date;
  submittedAt?: Date;
  validatedAt?: Date;
  lastRenewedAt?: Date;
  /** when it became satisfied, cancelled or expired */
  closedAt?: Date;
  documentsRequest?: DocumentsRequest;
  lastRejection?: DemandRejection;
  history: DemandHistoryEntry[];
}

/** Who and when of a transition. */
export interface TransitionContext {
  at: Date;
  by?: string;
}

/** The outcome of a transition: the new demand and the entry appended to its history. */
export interface DemandTransition {
  demand: Demand;
  entry: DemandHistoryEntry;
}

/** Months before the renewal due date from which renewal is allowed. */
export const RENEWAL_WINDOW_MONTHS = 3;
/** Months before the renewal due date when the reminder is due. */
export const REMINDER_MONTHS_BEFORE = 1;

const REGISTRATION_NUMBER = /^[0-9A-Z]{18}$/;

/** Whether a string has the shape of a registration number (NUR/NUD): 18 digits or capital letters. */
export function isRegistrationNumber(value: string): boolean {
  return REGISTRATION_NUMBER.test(value);
}

/** Whether a demand is in a final state. */
export function isFinal(status: DemandStatus): boolean {
  return FINAL_DEMAND_STATUSES.includes(status);
}

/** The states each of the back office's actions on a demand starts from (the guards of the transitions below). */
const DEMAND_ACTIONS_FROM = {
  startInstruction: ['submitted'],
  /** validate, reject, request documents */
  decide: ['submitted', 'in_instruction'],
  /** an agent checks or unchecks a declared fact (mobility, DALO, CAL history) */
  checkFacts: ['submitted', 'in_instruction', 'active'],
} as const satisfies Record<string, readonly DemandStatus[]>;

/**
 * What the back office may do with a demand in this state, as the views carry it
 * (`DemandView.actions`) so that pages show their buttons without testing statuses again.
 */
export type DemandActions = Record<keyof typeof DEMAND_ACTIONS_FROM, boolean>;

/** The back office's actions the demand's state allows. */
export function allowedDemandActions(status: DemandStatus): DemandActions {
  const from = (allowed: readonly DemandStatus[]) => allowed.includes(status);
  return {
    startInstruction: from(DEMAND_ACTIONS_FROM.startInstruction),
    decide: from(DEMAND_ACTIONS_FROM.decide),
    checkFacts: from(DEMAND_ACTIONS_FROM.checkFacts),
  };
}

/** The conflict thrown when an action is not allowed in the demand's state. */
function invalidTransition(demand: Demand, action: DemandAction): DomainError {
  return demandError.invalidTransition(demand.status, DEMAND_STATUS_LABELS[demand.status], action);
}

/** Throws the invalid-transition conflict unless the demand is in one of the allowed states. */
function assertStatus(demand: Demand, allowed: readonly DemandStatus[], action: DemandAction): void {
  if (!allowed.includes(demand.status)) throw invalidTransition(demand, action);
}

/** Throws when a required reason is blank. */
function assertReason(reason: string | undefined, which: 'documents_request' | 'rejection'): string {
  if (reason === undefined || reason.trim() === '') throw demandError.reasonRequired(which);
  return reason.trim();
}

/** Builds the new demand with its history entry appended. */
function transition(demand: Demand, action: DemandAction, to: DemandStatus, ctx: TransitionContext & { reason?: string }, changes: Partial<Demand> = {}): DemandTransition {
  const entry: DemandHistoryEntry = {
    action,
    from: demand.status,
    to,
    at: ctx.at,
    ...(ctx.by === undefined ? {} : { by: ctx.by }),
    ...(ctx.reason === undefined ? {} : { reason: ctx.reason }),
  };
  return { demand: { ...demand, ...changes, status: to, history: [...demand.history, entry] }, entry };
}

/** Removes keys from a demand (optional fields that a transition clears). */
function without(demand: Demand, ...keys: Array<keyof Demand>): Demand {
  const copy = { ...demand };
  for (const key of keys) delete copy[key];
  return copy;
}

/** A new draft demand typed on the platform. */
export function createDraftDemand(input: { id: string; ownerAccountId: string; data: DemandData; at: Date }): Demand {
  return { id: input.id, ownerAccountId: input.ownerAccountId, status: 'draft', data: input.data, source: 'platform', createdAt: input.at, history: [] };
}

/**
 * A draft demand brought back from a registry by its registration number: it keeps the number,
 * the registry's registration date (its seniority) and, when given, the registry's renewal due date.
 */
export function createImportedDemand(input: {
  id: string;
  ownerAccountId: string;
  data: DemandData;
  at: Date;
  registry: string;
  registrationNumber: string;
  registrationDate: IsoDate;
  renewalDueDate?: IsoDate;
}): Demand {
  if (!isRegistrationNumber(input.registrationNumber)) {
    throw demandError.registrationNumberInvalid();
  }
  return {
    id: input.id,
    ownerAccountId: input.ownerAccountId,
    status: 'draft',
    data: input.data,
    source: 'registry',
    registry: input.registry,
    registrationNumber: input.registrationNumber,
    registrationDate: input.registrationDate,
    ...(input.renewalDueDate === undefined ? {} : { renewalDueDate: input.renewalDueDate }),
    createdAt: input.at,
    history: [],
  };
}

/**
 * A demand the registry already holds (it has its number: a registration counter validated it),
 * brought back by its owner: it is `active` at once. It keeps the registry's number and
 * registration date (its seniority); it must be renewed on the registry's due date when given and
 * still ahead, else on the next anniversary of its registration date. Its history starts with one
 * `imported` entry (draft → active: the demand did not exist on the platform before).
 */
export function importRegisteredDemand(input: {
  id: string;
  ownerAccountId: string;
  data: DemandData;
  at: Date;
  registry: string;
  registrationNumber: string;
  registrationDate: IsoDate;
  renewalDueDate?: IsoDate;
}): DemandTransition {
  const imported = createImportedDemand(input);
  const today = toIsoDate(input.at);
  const dueDate =
    input.renewalDueDate !== undefined && compareIsoDates(input.renewalDueDate, today) >= 0 ? input.renewalDueDate : nextAnniversaryAfter(input.registrationDate, today);
  return transition(imported, 'imported', 'active', { at: input.at, by: input.ownerAccountId }, { renewalDueDate: dueDate, validatedAt: input.at });
}

/**
 * Submits a draft: draft → submitted. The data must pass `validateDemandForSubmission` on the day
 * of submission, otherwise an `invalid` `DEMAND.INCOMPLETE` lists the fields at fault.
 */
export function submit(demand: Demand, ctx: TransitionContext): DemandTransition {
  assertStatus(demand, ['draft'], 'submitted');
  const fields = validateDemandForSubmission(demand.data, toIsoDate(ctx.at));
  if (fields.length > 0) {
    throw demandError.incomplete(fields);
  }
  return transition(demand, 'submitted', 'submitted', ctx, { submittedAt: ctx.at });
}

/** An agent opens the file: submitted → in_instruction. */
export function startInstruction(demand: Demand, ctx: TransitionContext): DemandTransition {
  assertStatus(demand, DEMAND_ACTIONS_FROM.startInstruction, 'instruction_started');
  return transition(demand, 'instruction_started', 'in_instruction', ctx);
}

/**
 * An agent asks the applicant for pieces: the demand is (or goes) `in_instruction` with a
 * `documentsRequest` flag holding the message and the piece types.
 */
export function requestDocuments(demand: Demand, ctx: TransitionContext & { message: string; documentTypes?: DocumentType[] }): DemandTransition {
  assertStatus(demand, DEMAND_ACTIONS_FROM.decide, 'documents_requested');
  const message = assertReason(ctx.message, 'documents_request');
  const request: DocumentsRequest = {
    requestedAt: ctx.at,
    ...(ctx.by === undefined ? {} : { by: ctx.by }),
    message,
    documentTypes: ctx.documentTypes ?? [],
  };
  return transition(demand, 'documents_requested', 'in_instruction', { at: ctx.at, by: ctx.by, reason: message }, { documentsRequest: request });
}

/** The applicant says the requested pieces are there: clears the flag, the demand stays in instruction. */
export function provideRequestedDocuments(demand: Demand, ctx: TransitionContext): DemandTransition {
  assertStatus(demand, ['in_instruction'], 'documents_provided');
  if (!demand.documentsRequest) {
    throw demandError.noDocumentsRequested();
  }
  return transition(without(demand, 'documentsRequest'), 'documents_provided', 'in_instruction', ctx);
}

/**
 * The first anniversary of `registrationDate` strictly after `onDate`: the renewal due date of a
 * demand validated on `onDate` that has no due date of its own.
 */
export function nextAnniversaryAfter(registrationDate: IsoDate, onDate: IsoDate): IsoDate {
  let years = 1;
  let candidate = addYears(registrationDate, years);
  while (compareIsoDates(candidate, onDate) <= 0) {
    years += 1;
    candidate = addYears(registrationDate, years);
  }
  return candidate;
}

/**
 * An agent validates the demand: submitted | in_instruction → active. It then has a registration
 * number (given here for a new demand, already there for an imported one) and a registration date:
 * the day of validation for a new demand, the registry's date kept for an imported one. The
 * renewal due date is one year after registration for a new demand; an imported demand keeps the
 * registry's due date if it is still ahead, else the next anniversary of its registration date.
 * With `registrationPending`, a new demand is validated before the registry delivers its number
 * (the number is asked for by a durable job and set later by `recordRegistration`).
 */
export function validate(demand: Demand, ctx: TransitionContext & { registrationNumber?: string; registrationPending?: boolean }): DemandTransition {
  assertStatus(demand, DEMAND_ACTIONS_FROM.decide, 'validated');
  const registrationNumber = demand.registrationNumber ?? ctx.registrationNumber;
  if (registrationNumber === undefined && ctx.registrationPending !== true) {
    throw demandError.registrationNumberRequired();
  }
  if (registrationNumber !== undefined && !isRegistrationNumber(registrationNumber)) {
    throw demandError.registrationNumberInvalid();
  }
  const today = toIsoDate(ctx.at);
  let registrationDate: IsoDate;
  let dueDate: IsoDate;
  if (demand.source === 'registry') {
    if (!demand.registrationDate) {
      throw demandError.registrationDateMissing();
    }
    registrationDate = demand.registrationDate;
    dueDate = demand.renewalDueDate && compareIsoDates(demand.renewalDueDate, today) >= 0 ? demand.renewalDueDate : nextAnniversaryAfter(registrationDate, today);
  } else {
    registrationDate = today;
    dueDate = addYears(today, 1);
  }
  return transition(without(demand, 'documentsRequest'), 'validated', 'active', ctx, {
    ...(registrationNumber === undefined ? {} : { registrationNumber }),
    registrationDate,
    renewalDueDate: dueDate,
    validatedAt: ctx.at,
  });
}

/** Whether a validated demand still waits for the registry's number (validated with `registrationPending`). */
export function isRegistrationPending(demand: Demand): boolean {
  return demand.registrationNumber === undefined && demand.validatedAt !== undefined && !isFinal(demand.status);
}

/**
 * The registry delivered the number of a demand validated while its registration was pending.
 * The registry's registration date is the demand's seniority; the renewal due date follows it
 * (one year later) unless the demand was already renewed. The state does not change.
 */
export function recordRegistration(demand: Demand, ctx: TransitionContext & { registrationNumber: string; registrationDate: IsoDate }): DemandTransition {
  if (demand.registrationNumber !== undefined || demand.validatedAt === undefined || isFinal(demand.status)) {
    throw invalidTransition(demand, 'registered');
  }
  if (!isRegistrationNumber(ctx.registrationNumber)) {
    throw demandError.registrationNumberInvalid();
  }
  const renewal = demand.lastRenewedAt === undefined ? { renewalDueDate: addYears(ctx.registrationDate, 1) } : {};
  return transition(demand, 'registered', demand.status, ctx, {
    registrationNumber: ctx.registrationNumber,
    registrationDate: ctx.registrationDate,
    ...renewal,
  });
}

/** An agent rejects the demand with a reason: submitted | in_instruction → draft (see the module comment). */
export function reject(demand: Demand, ctx: TransitionContext & { reason: string }): DemandTransition {
  assertStatus(demand, DEMAND_ACTIONS_FROM.decide, 'rejected');
  const reason = assertReason(ctx.reason, 'rejection');
  const rejection: DemandRejection = { at: ctx.at, ...(ctx.by === undefined ? {} : { by: ctx.by }), reason };
  return transition(without(demand, 'documentsRequest'), 'rejected', 'draft', { ...ctx, reason }, { lastRejection: rejection });
}

/** The applicant cancels the demand, from any non-final state → cancelled. */
export function cancel(demand: Demand, ctx: TransitionContext & { reason?: string }): DemandTransition {
  assertStatus(demand, OPEN_DEMAND_STATUSES, 'cancelled');
  return transition(without(demand, 'documentsRequest'), 'cancelled', 'cancelled', ctx, { closedAt: ctx.at });
}

/** The applicant is housed (a lease was signed): active → satisfied. */
export function markSatisfied(demand: Demand, ctx: TransitionContext & { reason?: string }): DemandTransition {
  assertStatus(demand, ['active'], 'satisfied');
  return transition(demand, 'satisfied', 'satisfied', ctx, { closedAt: ctx.at });
}

/** Why a registry struck a demand off: housed (`attribution`), not renewed, at the applicant's request, or another reason. */
export type RegistryRadiationReason = 'attribution' | 'not_renewed' | 'renounced' | 'other';

/** The final state a demand struck off by the registry takes here, by the registry's reason. */
export const REGISTRY_RADIATION_OUTCOME: Readonly<Record<RegistryRadiationReason, DemandStatus>> = {
  attribution: 'satisfied',
  not_renewed: 'expired',
  renounced: 'cancelled',
  other: 'cancelled',
};

/** The reason written in the history and told to the applicant (French). */
export const REGISTRY_RADIATION_LABELS: Readonly<Record<RegistryRadiationReason, string>> = {
  attribution: 'Radiée par le registre national : logement attribué (radiation pour attribution)',
  not_renewed: 'Radiée par le registre national : demande non renouvelée',
  renounced: 'Radiée par le registre national : renonciation du demandeur',
  other: 'Radiée par le registre national',
};

/**
 * The registry struck the demand off: any open demand is closed here too, in the final state of the
 * registry's reason (housed → satisfied, not renewed → expired, otherwise cancelled), by the system.
 */
export function strikeOffByRegistry(demand: Demand, ctx: TransitionContext & { reason: RegistryRadiationReason }): DemandTransition {
  assertStatus(demand, OPEN_DEMAND_STATUSES, 'struck_off');
  const { reason, ...rest } = ctx;
  return transition(
    without(demand, 'documentsRequest'),
    'struck_off',
    REGISTRY_RADIATION_OUTCOME[reason],
    { ...rest, reason: REGISTRY_RADIATION_LABELS[reason] },
    { closedAt: ctx.at },
  );
}

/** The date on or before which the demand must be renewed; undefined before validation. */
export function renewalDueDate(demand: Demand): IsoDate | undefined {
  if (demand.renewalDueDate) return demand.renewalDueDate;
  return demand.registrationDate ? addYears(demand.registrationDate, 1) : undefined;
}

/** The date the renewal reminder is due: one month before the renewal due date. */
export function reminderDueDate(demand: Demand): IsoDate | undefined {
  const due = renewalDueDate(demand);
  return due === undefined ? undefined : addMonths(due, -REMINDER_MONTHS_BEFORE);
}

/** The first day renewal is allowed: three months before the renewal due date. */
export function renewalWindowStart(demand: Demand): IsoDate | undefined {
  const due = renewalDueDate(demand);
  return due === undefined ? undefined : addMonths(due, -RENEWAL_WINDOW_MONTHS);
}

/**
 * Whether the demand has expired on `onDate`: it is `expired`, or it is active and `onDate` is
 * after its renewal due date (the due date itself is the last day to renew).
 */
export function isExpired(demand: Demand, onDate: IsoDate): boolean {
  if (demand.status === 'expired') return true;
  if (demand.status !== 'active') return false;
  const due = renewalDueDate(demand);
  return due !== undefined && compareIsoDates(onDate, due) > 0;
}

/** Whether an active demand can be renewed on `onDate`: from three months before its due date up to the due date. */
export function isRenewalOpen(demand: Demand, onDate: IsoDate): boolean {
  const due = renewalDueDate(demand);
  const start = renewalWindowStart(demand);
  if (demand.status !== 'active' || due === undefined || start === undefined) return false;
  return compareIsoDates(onDate, start) >= 0 && compareIsoDates(onDate, due) <= 0;
}

/**
 * Whether the renewal reminder must be sent on `onDate`: the demand is active, the reminder date
 * (due date minus one month) has come, the due date has not passed, and no reminder was sent yet
 * for this due date (`lastReminderSentFor` is the due date of the last reminder sent).
 */
export function needsReminder(demand: Demand, onDate: IsoDate, lastReminderSentFor?: IsoDate): boolean {
  const due = renewalDueDate(demand);
  const reminder = reminderDueDate(demand);
  if (demand.status !== 'active' || due === undefined || reminder === undefined) return false;
  if (lastReminderSentFor === due) return false;
  return compareIsoDates(onDate, reminder) >= 0 && compareIsoDates(onDate, due) <= 0;
}

/**
 * The applicant renews an active demand, from three months before its due date up to the due date:
 * the registration date (seniority) is kept and the due date moves one year later.
 */
export function renew(demand: Demand, ctx: TransitionContext): DemandTransition {
  assertStatus(demand, ['active'], 'renewed');
  const today = toIsoDate(ctx.at);
  const due = renewalDueDate(demand)!;
  if (!isRenewalOpen(demand, today)) {
    if (compareIsoDates(today, due) > 0) {
      throw demandError.renewalTooLate(due);
    }
    throw demandError.renewalNotOpen(due, renewalWindowStart(demand));
  }
  return transition(demand, 'renewed', 'active', ctx, { renewalDueDate: addYears(due, 1), lastRenewedAt: ctx.at });
}

/** The system strikes off a demand not renewed in time: active → expired, only once its due date has passed. */
export function expire(demand: Demand, ctx: TransitionContext): DemandTransition {
  assertStatus(demand, ['active'], 'expired');
  if (!isExpired(demand, toIsoDate(ctx.at))) {
    throw demandError.notExpired(renewalDueDate(demand));
  }
  return transition(demand, 'expired', 'expired', { ...ctx, reason: 'Non renouvelée' }, { closedAt: ctx.at });
}

/** Facts of a demand that change its eligibility or its score, re-checked when they are edited. */
export type SensitiveFact = 'household' | 'resources' | 'reference_income' | 'applicant_birth_date' | 'employer' | 'mobility' | 'cal_history' | 'housing_benefit' | 'dalo';

/** Stable text of a value, for comparing facts. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Household facts: who lives there, ages, links, dependants, disabilities, expected births. */
function householdFacts(data: DemandData): unknown {
  return {
    applicantDisability: data.applicant.disabilityCard ?? false,
    coApplicant: data.coApplicant && { link: data.coApplicant.link, birthDate: data.coApplicant.birthDate, disability: data.coApplicant.disabilityCard ?? false },
    occupants: data.otherOccupants.map((o) => [o.birthDate, o.kinship, o.dependant, o.sharedCustody ?? false, o.disabilityCard ?? false]),
    births: data.expectedBirths,
  };
}

/** Tax incomes of everyone who has one, for the reference income (occupants without one do not count). */
function taxFacts(data: DemandData): unknown {
  return [data.applicant.taxIncome, data.coApplicant?.taxIncome, ...data.otherOccupants.map((o) => o.taxIncome)].filter((t) => t !== undefined);
}

/** The facts that differ between two versions of the demand data and must be re-checked. */
export function changedSensitiveFacts(before: DemandData, after: DemandData): SensitiveFact[] {
  const changed: SensitiveFact[] = [];
  if (!same(householdFacts(before), householdFacts(after))) changed.push('household');
  if (monthlyResources(before) !== monthlyResources(after)) changed.push('resources');
  if (!same(taxFacts(before), taxFacts(after))) changed.push('reference_income');
  if (before.applicant.birthDate !== after.applicant.birthDate) changed.push('applicant_birth_date');
  if (!same(before.applicant.employment?.employerSiret, after.applicant.employment?.employerSiret)) changed.push('employer');
  if (!same(before.mobility, after.mobility)) changed.push('mobility');
  if (!same(before.calHistory, after.calHistory)) changed.push('cal_history');
  if ((before.expectedHousingBenefit ?? 0) !== (after.expectedHousingBenefit ?? 0)) changed.push('housing_benefit');
  if ((before.dalo ?? false) !== (after.dalo ?? false)) changed.push('dalo');
  return changed;
}

/** Whether the demand data may be edited: in draft, when active, or in instruction while pieces are requested. */
export function isEditable(demand: Demand): boolean {
  return demand.status === 'draft' || demand.status === 'active' || (demand.status === 'in_instruction' && demand.documentsRequest !== undefined);
}

/**
 * Edits the demand data. The state does not change (an active demand stays active); the facts that
 * change eligibility or the score are listed in `recheck` for the caller to re-check. Edits after
 * submission are written to the history.
 */
export function editDemandData(demand: Demand, data: DemandData, ctx: TransitionContext): { demand: Demand; entry?: DemandHistoryEntry; recheck: SensitiveFact[] } {
  if (!isEditable(demand)) {
    throw demandError.notEditable(demand.status, DEMAND_STATUS_LABELS[demand.status]);
  }
  const recheck = changedSensitiveFacts(demand.data, data);
  if (demand.status === 'draft') return { demand: { ...demand, data }, recheck };
  const { demand: edited, entry } = transition(demand, 'edited', demand.status, ctx, { data });
  return { demand: edited, entry, recheck };
}
