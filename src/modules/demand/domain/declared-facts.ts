import type { DemandData } from './demand-data';
import { demandError } from '../demand.errors';
import type { DocumentType } from './documents';

/**
 * Facts of a demand that give or take scoring points and that the applicant can only DECLARE:
 * a geographic (professional) mobility (+70), a DALO priority (a grid's DALO points), a CAL history
 * (a CAL refusal +40, a home declined after a CAL accepted them −40). A declared fact counts only
 * once someone stands behind it (docs/scoring-facts.md):
 *
 * - an agent checked it (with the supporting piece where one exists), audited; or
 * - the registry confirmed it (`registry`: the DALO flag the SNE gives with an imported demand;
 *   the registry's new-DALO feed will record its confirmations with the same source).
 *
 * Until then it is "déclaré, à vérifier" and gives 0 points. An agent may also uncheck a fact, with
 * a reason (the fact is then "non retenu"). A check holds for the value checked: when the applicant
 * changes the fact, its check is dropped (`checksAfterEdit`).
 */

/** The declared facts that need a check to count. */
export const CHECKABLE_FACTS = ['mobility', 'dalo', 'cal_history'] as const;
export type CheckableFact = (typeof CHECKABLE_FACTS)[number];

/** French names of the checkable facts. */
export const CHECKABLE_FACT_LABELS: Readonly<Record<CheckableFact, string>> = {
  mobility: 'Mobilité professionnelle',
  dalo: 'Priorité DALO',
  cal_history: 'Historique CAL déclaré',
};

/**
 * Who stands behind a check: `agent` (an agent's check in the back office or at validation),
 * `registry` (confirmed by the registry: the SNE's DALO flag at import, and later its new-DALO feed).
 */
export const FACT_CHECK_SOURCES = ['agent', 'registry'] as const;
export type FactCheckSource = (typeof FACT_CHECK_SOURCES)[number];

/** One check (or uncheck) of a declared fact. */
export interface FactCheck {
  /** `checked`: the fact counts; `unchecked`: an agent did not retain it (with a reason) */
  status: 'checked' | 'unchecked';
  source: FactCheckSource;
  at: Date;
  /** the agent's account; absent for the registry */
  by?: string;
  /** why an agent unchecked it (required then), or a note on a check */
  reason?: string;
  /** the verified supporting piece the check rests on */
  documentId?: string;
}

/** The checks of a demand's declared facts, by fact. */
export type FactChecks = Partial<Record<CheckableFact, FactCheck>>;

/**
 * Where a declared fact stands: `none` (not declared), `to_check` (declared, nobody checked it yet),
 * `checked` (it counts), `not_retained` (an agent unchecked it).
 */
export type DeclaredFactState = 'none' | 'to_check' | 'checked' | 'not_retained';

/** French words of the states, as the back office and the applicant read them. */
export const DECLARED_FACT_STATE_LABELS: Readonly<Record<DeclaredFactState, string>> = {
  none: 'Non déclaré',
  to_check: 'Déclaré, à vérifier',
  checked: 'Vérifié',
  not_retained: 'Non retenu',
};

/** The piece type a check of the fact rests on, where one exists. */
export const SUPPORTING_PIECE: Readonly<Record<CheckableFact, DocumentType | undefined>> = {
  mobility: 'employer_certificate',
  dalo: 'dalo_decision',
  cal_history: undefined,
};

/** An agent's check of these facts must name a verified supporting piece (the DALO decision always exists). */
export const SUPPORTING_PIECE_REQUIRED: Readonly<Record<CheckableFact, boolean>> = { mobility: false, dalo: true, cal_history: false };

/** Whether the applicant declared the fact. */
export function isDeclared(data: DemandData, fact: CheckableFact): boolean {
  switch (fact) {
    case 'mobility':
      return data.mobility !== undefined;
    case 'dalo':
      return data.dalo === true;
    case 'cal_history':
      return data.calHistory?.refusedByCal === true || data.calHistory?.declinedAfterCalOn !== undefined;
  }
}

/** Where a declared fact stands, given the demand's checks. */
export function declaredFactState(data: DemandData, checks: FactChecks | undefined, fact: CheckableFact): DeclaredFactState {
  if (!isDeclared(data, fact)) return 'none';
  const check = checks?.[fact];
  if (check === undefined) return 'to_check';
  return check.status === 'checked' ? 'checked' : 'not_retained';
}

/** The state of every checkable fact. */
export function declaredFactStates(data: DemandData, checks: FactChecks | undefined): Record<CheckableFact, DeclaredFactState> {
  return {
    mobility: declaredFactState(data, checks, 'mobility'),
    dalo: declaredFactState(data, checks, 'dalo'),
    cal_history: declaredFactState(data, checks, 'cal_history'),
  };
}

/** The checks that still hold after the applicant changed some facts: a changed fact loses its check. */
export function checksAfterEdit(checks: FactChecks | undefined, changed: readonly string[]): FactChecks | undefined {
  if (checks === undefined) return undefined;
  const kept: FactChecks = {};
  for (const fact of CHECKABLE_FACTS) {
    const check = checks[fact];
    if (check !== undefined && !changed.includes(fact)) kept[fact] = check;
  }
  return Object.keys(kept).length ? kept : undefined;
}

/** Throws conflict `DEMAND.FACT_NOT_DECLARED` when the applicant did not declare the fact. */
export function assertDeclared(data: DemandData, fact: CheckableFact): void {
  if (!isDeclared(data, fact)) {
    throw demandError.factNotDeclared(fact, CHECKABLE_FACT_LABELS[fact]);
  }
}

/** Largest reason an agent may give. */
export const FACT_CHECK_REASON_MAX = 1000;

/**
 * An agent checks (or unchecks, with a reason) a declared fact: the demand's new checks. Refused
 * when the fact is not declared (`DEMAND.FACT_NOT_DECLARED`, conflict) or an uncheck has no reason.
 */
export function recordFactCheck(
  data: DemandData,
  checks: FactChecks | undefined,
  input: { fact: CheckableFact; decision: 'check' | 'uncheck'; at: Date; by: string; reason?: string | undefined; documentId?: string | undefined },
): FactChecks {
  assertDeclared(data, input.fact);
  const reason = input.reason?.trim() || undefined;
  if (input.decision === 'uncheck' && reason === undefined) {
    throw demandError.factUncheckReasonRequired();
  }
  const check: FactCheck = {
    status: input.decision === 'check' ? 'checked' : 'unchecked',
    source: 'agent',
    at: input.at,
    by: input.by,
    ...(reason === undefined ? {} : { reason }),
    ...(input.decision === 'check' && input.documentId !== undefined ? { documentId: input.documentId } : {}),
  };
  return { ...checks, [input.fact]: check };
}

/** The check the registry gives a demand it holds: its DALO flag, confirmed by the registry. */
export function registryFactChecks(data: DemandData, at: Date): FactChecks | undefined {
  return data.dalo === true ? { dalo: { status: 'checked', source: 'registry', at } } : undefined;
}
