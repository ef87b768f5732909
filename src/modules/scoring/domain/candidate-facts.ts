import type { IsoDate } from '../../../shared/dates';
import type { Euros } from '../../../shared/money';

/**
 * The inputs of the scoring engine (scoring.md). They are plain facts, already gathered by the
 * application layer from the demand, the candidacy history, the company space and the offer:
 * the engine reads nothing else, so that a score can be recomputed and explained from them alone.
 */

/** A text shown to people, in the platform's two languages. */
export interface LocalizedText {
  fr: string;
  en: string;
}

/** Company size classes: PME < 250 staff, ETI 250–4,999, GE 5,000+. */
export type CompanySizeClass = 'PME' | 'ETI' | 'GE';

/** Whether the employer pays the employers' housing contribution (PEEC), is compensated, or neither. */
export type CompanyContribution = 'contributing' | 'compensated' | 'none';

/** The three priority tranches a company can grant to its validated employees. */
export type Tranche = 'A' | 'B' | 'C';

/** What the candidate's employer says and is, as far as scoring is concerned. */
export interface CompanyFacts {
  companyId: string;
  /**
   * The employment is validated: by the company in its space, or automatically when the company
   * delegates its housing policy to ALS (then `delegatesToAls` is true as well).
   */
  validated: boolean;
  contribution: CompanyContribution;
  /** undefined when the company's size is not known */
  sizeClass: CompanySizeClass | undefined;
  /** tranches granted to this employee (each counts at most once) */
  tranches: readonly Tranche[];
  /** the company delegates its housing policy to ALS: its employees are validated automatically */
  delegatesToAls: boolean;
}

/**
 * Where the "CAL refusal" fact comes from: the platform's candidacy history, or declared on the
 * demand AND checked by an agent (`declared`; a declaration nobody checked gives no points, see
 * `uncheckedFacts`).
 */
export type CalRefusalSource = 'history' | 'declared';

/**
 * What became of a fact the applicant declared and nobody stands behind yet: `to_check` (no agent
 * has checked it), `not_retained` (an agent unchecked it, with a reason). Either way it gives 0
 * points and the breakdown says so.
 */
export type DeclaredFactCheck = 'to_check' | 'not_retained';

/**
 * Declared facts that do not count (yet), by key: `mobility`, `calRefusal`, `declinedAfterCal`,
 * `dalo` — the ALS criteria and the grid facts of the same key read them (docs/scoring-facts.md).
 */
export type UncheckedFacts = Readonly<Partial<Record<string, DeclaredFactCheck>>>;

/** SNE civility of the applicant (1 Mr, 2 Mrs), to word the facts ("né", "née"). */
export type ApplicantCivility = '1' | '2';

/** A fact of the demand that territory grid criteria can test. */
export type FactValue = string | number | boolean;

/** The facts of one candidacy (a demand applying to the offer being ranked). */
export interface CandidateFacts {
  candidacyId: string;
  demandId: string;
  /** when the candidacy was submitted (instant); breaks ties after the registration date */
  submittedAt: Date;
  applicantBirthDate: IsoDate;
  /** to word the facts ("née le …"); unknown: "né(e)" */
  applicantCivility?: ApplicantCivility | undefined;
  /** a geographic (professional) mobility declared on the demand and checked by an agent */
  mobilityDeclaredAndChecked: boolean;
  /** the household's monthly resources */
  monthlyResources: Euros;
  /** expected housing benefit (APL) per month; 0 when absent */
  expectedHousingBenefit?: Euros;
  /** registration date of the demand: the original SNE date for an imported demand */
  registrationDate: IsoDate;
  /** the applicant was presented to a CAL and refused, on any earlier offer */
  calRefusedBefore: { refused: boolean; source: CalRefusalSource };
  /** the last time the applicant declined a home after a CAL accepted them, if ever */
  lastProposalDeclinedAfterCalOn: IsoDate | undefined;
  /** the employer; undefined when the demand names none known to ALS */
  company: CompanyFacts | undefined;
  /** the demand's facts that territory grid criteria evaluate on (key → value): only facts someone stands behind */
  facts: Readonly<Record<string, FactValue>>;
  /** declared facts nobody checked (or an agent did not retain): 0 points, shown "déclaré, à vérifier" */
  uncheckedFacts?: UncheckedFacts | undefined;
}

/** The offer whose candidates are ranked. */
export interface OfferFacts {
  offerId: string;
  /** monthly rent */
  rent: Euros;
  /** monthly service charges */
  charges: Euros;
  /** INSEE code of the commune */
  communeCode: string;
  /** SIREN of the EPCI the commune belongs to, when known */
  epciCode?: string;
}

/**
 * A balancing bonus opened by an agent (scoring.md §4). It targets a size class, a company and/or
 * a territory (EPCI of the offer); when it sets several targets, all of them must match. A bonus
 * with no target at all targets nobody.
 */
export interface BalancingBonus {
  id: string;
  sizeClass?: CompanySizeClass;
  companyId?: string;
  epciCode?: string;
  /** 0..240 */
  points: number;
  /** first day it applies (inclusive) */
  startDate: IsoDate;
  /** last day it applies (inclusive) */
  endDate: IsoDate;
  /** public reason, shown for transparency */
  reason: string;
}

/** Comparison operators of a territory grid criterion. */
export type GridOperator = 'eq' | 'gte' | 'lte' | 'in' | 'true';

interface GridCriterionBase {
  id: string;
  label: LocalizedText;
  /** key in `CandidateFacts.facts` */
  fact: string;
  /** points given when met (normally positive) */
  points: number;
}

/** One criterion of an intercommunal scoring grid: `facts[fact] <operator> value`. */
export type GridCriterion = GridCriterionBase &
  ({ operator: 'eq'; value: FactValue } | { operator: 'gte' | 'lte'; value: number } | { operator: 'in'; value: readonly FactValue[] } | { operator: 'true'; value?: undefined });

/** The intercommunal scoring grid of an EPCI (scoring.md §3). */
export interface TerritoryGrid {
  epciCode: string;
  active: boolean;
  name: string;
  criteria: readonly GridCriterion[];
}
