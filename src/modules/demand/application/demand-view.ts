import type { Principal } from '../../identity/index';
import type { IsoDate } from '../../../shared/dates';
import {
  allowedDemandActions,
  CHECKABLE_FACTS,
  DECLARED_FACT_STATE_LABELS,
  DEMAND_STATUS_LABELS,
  isRegistrationPending,
  isRenewalOpen,
  renewalWindowStart,
  type CheckableFact,
  type DeclaredFactState,
  type DemandAction,
  type DemandActions,
  type DemandData,
  type FactCheckSource,
  type DemandRejection,
  type DemandSource,
  type DemandStatus,
  type DocumentsRequest,
  type HouseholdCategoryRule,
} from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { isOwner } from './access';
import { factsOf } from './demand-facts';

/** Who acted in a history entry, as the applicant may see it. */
export type HistoryActor = 'applicant' | 'agent' | 'system';

export interface DemandHistoryView {
  action: DemandAction;
  from: DemandStatus;
  to: DemandStatus;
  at: Date;
  actor: HistoryActor;
  /** the account that acted: shown to the back office only */
  by?: string;
  reason?: string;
}

export interface DemandNotice {
  code: string;
  message: string;
}

/** A demand as the API shows it to its owner or to the back office. */
export interface DemandView {
  id: string;
  ownerAccountId: string;
  status: DemandStatus;
  statusLabel: string;
  /** what the back office may do in this state: pages show their buttons from it */
  actions: DemandActions;
  source: DemandSource;
  registry?: string;
  data: DemandData;
  registrationNumber?: string;
  registrationDate?: IsoDate;
  renewalDueDate?: IsoDate;
  /** validated, waiting for the registry's number */
  registrationPending: boolean;
  renewal: { open: boolean; opensOn?: IsoDate };
  documentsRequest?: DocumentsRequest;
  lastRejection?: DemandRejection;
  pendingDocuments: number;
  derived: {
    onDate: IsoDate;
    householdSize: number;
    householdCategory: number;
    householdCategoryRule: HouseholdCategoryRule;
    householdCategoryExplanation: string;
    extraPersonUnits: number;
    referenceIncome: { amount: number; year: number; basis: 'N-2' | 'N-1'; missing: string[] };
    monthlyResources: number;
    expectedHousingBenefit: number;
    mobilityChecked: boolean;
    /** the declared facts that give points (mobility, DALO, CAL history): where each stands and who stands behind it */
    declaredFacts: Record<CheckableFact, DeclaredFactView>;
  };
  history: DemandHistoryView[];
  notices: DemandNotice[];
  createdAt: Date;
  submittedAt?: Date;
  validatedAt?: Date;
  updatedAt: Date;
  version: number;
}

/** A declared fact that gives points, as shown: its state, and the check behind it (the agent's account for the back office only). */
export interface DeclaredFactView {
  state: DeclaredFactState;
  stateLabel: string;
  source?: FactCheckSource;
  at?: Date;
  by?: string;
  reason?: string;
  documentId?: string;
}

function declaredFactsView(record: DemandRecord, states: Record<CheckableFact, DeclaredFactState>, showActors: boolean): Record<CheckableFact, DeclaredFactView> {
  const view = {} as Record<CheckableFact, DeclaredFactView>;
  for (const fact of CHECKABLE_FACTS) {
    const state = states[fact];
    const check = state === 'checked' || state === 'not_retained' ? record.factChecks?.[fact] : undefined;
    view[fact] = {
      state,
      stateLabel: DECLARED_FACT_STATE_LABELS[state],
      ...(check ? { source: check.source, at: check.at } : {}),
      ...(check?.by && showActors ? { by: check.by } : {}),
      ...(check?.reason ? { reason: check.reason } : {}),
      ...(check?.documentId ? { documentId: check.documentId } : {}),
    };
  }
  return view;
}

/** The notice shown when the applicant names their employer. */
export const EMPLOYER_VISIBILITY_NOTICE = 'DEMAND.EMPLOYER_SEES_CANDIDACY_STATUS';

function actorOf(by: string | undefined, ownerAccountId: string): HistoryActor {
  if (by === undefined) return 'system';
  return by === ownerAccountId ? 'applicant' : 'agent';
}

/** Builds the view of a demand for `viewer` on `today`. Agents' account ids are shown to the back office only. */
export function demandView(record: DemandRecord, viewer: Principal, today: IsoDate): DemandView {
  const { demand } = record;
  const facts = factsOf(record, today);
  const showActors = !isOwner(viewer, record);
  const notices: DemandNotice[] = [];
  if (facts.employerSiret) {
    notices.push({
      code: EMPLOYER_VISIBILITY_NOTICE,
      message:
        `Vous avez indiqué votre employeur (SIRET ${facts.employerSiret}) : si votre entreprise dispose d’un espace entreprise, ` +
        'elle pourra voir le statut de vos candidatures, jamais vos pièces justificatives ni le détail de votre demande.',
    });
  }
  const opensOn = renewalWindowStart(demand);
  return {
    id: demand.id,
    ownerAccountId: demand.ownerAccountId,
    status: demand.status,
    statusLabel: DEMAND_STATUS_LABELS[demand.status],
    actions: allowedDemandActions(demand.status),
    source: demand.source,
    ...(demand.registry ? { registry: demand.registry } : {}),
    data: demand.data,
    ...(demand.registrationNumber ? { registrationNumber: demand.registrationNumber } : {}),
    ...(demand.registrationDate ? { registrationDate: demand.registrationDate } : {}),
    ...(demand.renewalDueDate ? { renewalDueDate: demand.renewalDueDate } : {}),
    registrationPending: isRegistrationPending(demand),
    renewal: { open: isRenewalOpen(demand, today), ...(demand.status === 'active' && opensOn ? { opensOn } : {}) },
    ...(demand.documentsRequest ? { documentsRequest: showActors ? demand.documentsRequest : withoutBy(demand.documentsRequest) } : {}),
    ...(demand.lastRejection ? { lastRejection: showActors ? demand.lastRejection : withoutBy(demand.lastRejection) } : {}),
    pendingDocuments: record.pendingDocuments,
    derived: {
      onDate: today,
      householdSize: facts.householdSize,
      householdCategory: facts.householdCategory,
      householdCategoryRule: facts.householdCategoryExplanation.decidedBy,
      householdCategoryExplanation: facts.householdCategoryExplanation.explanation,
      extraPersonUnits: facts.extraPersonUnits,
      referenceIncome: { amount: facts.referenceIncome, year: facts.referenceIncomeYear, basis: facts.referenceIncomeBasis, missing: facts.referenceIncomeMissing },
      monthlyResources: facts.monthlyResources,
      expectedHousingBenefit: facts.expectedHousingBenefit,
      mobilityChecked: facts.mobility.checked,
      declaredFacts: declaredFactsView(record, facts.declaredFacts, showActors),
    },
    history: demand.history.map((e) => ({
      action: e.action,
      from: e.from,
      to: e.to,
      at: e.at,
      actor: actorOf(e.by, demand.ownerAccountId),
      ...(showActors && e.by ? { by: e.by } : {}),
      ...(e.reason ? { reason: e.reason } : {}),
    })),
    notices,
    createdAt: demand.createdAt,
    ...(demand.submittedAt ? { submittedAt: demand.submittedAt } : {}),
    ...(demand.validatedAt ? { validatedAt: demand.validatedAt } : {}),
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

function withoutBy<T extends { by?: string }>(value: T): Omit<T, 'by'> {
  const { by: _by, ...rest } = value;
  return rest;
}
