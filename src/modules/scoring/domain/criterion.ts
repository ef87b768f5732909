import type { IsoDate } from '../../../shared/dates';
import type { BalancingBonus, CandidateFacts, DeclaredFactCheck, LocalizedText, OfferFacts } from './candidate-facts';

/** The four components of a score (scoring.md): total = ALS + Company + Territory + Balancing. */
export type ScoreComponent = 'als' | 'company' | 'territory' | 'balancing';

/**
 * How a criterion stands: `met` (all its points), `partly_met` (some of a graduated criterion's
 * points: an effort rate near the band, seniority below the top rank), `not_met` (0, or a fact an
 * agent did not retain), `to_check` (the applicant declared the fact and nobody has checked it yet:
 * 0 points until an agent does).
 */
export type CriterionStatus = 'met' | 'partly_met' | 'not_met' | 'to_check';

/** French words of the statuses, as breakdowns show them. */
export const CRITERION_STATUS_LABELS: Readonly<Record<CriterionStatus, string>> = Object.freeze({
  met: 'Atteint',
  partly_met: 'Partiellement atteint',
  not_met: 'Non atteint',
  to_check: 'Déclaré, à vérifier',
});

/** The status of a criterion from its points: met at its full points, partly met in between, not met at 0. */
export function statusOfPoints(points: number, fullPoints: number = points): CriterionStatus {
  if (points === 0) return 'not_met';
  return points === fullPoints ? 'met' : 'partly_met';
}

/**
 * One line of a score's breakdown: a criterion, whether it is met, the points it gives and the
 * fact it was computed from. `criterion` is a stable key (e.g. `als.under_30`, `territory.<id>`)
 * that clients may translate or group by; `label` is ready to show.
 *
 * Convention: `met` is true when the criterion gives points (positive or, for a malus, negative);
 * a criterion that gives 0 (e.g. an effort rate far from the band, seniority beyond rank 20) is
 * not met. `status` says more: a graduated criterion that gives only part of its points is
 * `partly_met`, and a declared fact nobody checked yet is `to_check` (0 points). Facts are worded
 * in French, with French number and date formats.
 *
 * Results are immutable. Constant ones (e.g. "no checked mobility") are shared frozen objects;
 * those whose fact depends on the candidate are `LazyFactResult`s, which word their fact only
 * when it is read (see there).
 */
export interface CriterionResult {
  readonly component: ScoreComponent;
  readonly criterion: string;
  readonly label: LocalizedText;
  readonly met: boolean;
  readonly status: CriterionStatus;
  readonly points: number;
  /** the value used, in French words, e.g. "née le 02/05/1998, 27 ans au 01/03/2026" */
  readonly fact: string;
}

/**
 * A criterion result whose fact is worded only when it is read. A ranking of 10,000
 * candidates builds tens of thousands of breakdown lines and most facts are never shown: wording
 * them eagerly would cost more than all the scoring. The fact is a getter of the class, so:
 * property access, `JSON.stringify` (through `toJSON`) and schema parsers see it; object spread,
 * `Object.keys` and `toEqual` do not — use `plainCriterion` to get a plain object.
 */
export abstract class LazyFactResult implements CriterionResult {
  // `declare`: set by the constructor only. Field declarations would each be defined on every new
  // line before the constructor runs, and a CPU profile of a ranking of 10,000 candidates showed
  // that definition as more than half of its time.
  declare readonly component: ScoreComponent;
  declare readonly criterion: string;
  declare readonly label: LocalizedText;
  declare readonly met: boolean;
  declare readonly status: CriterionStatus;
  declare readonly points: number;

  protected constructor(component: ScoreComponent, criterion: string, label: LocalizedText, points: number, met: boolean, status: CriterionStatus = met ? 'met' : 'not_met') {
    this.component = component;
    this.criterion = criterion;
    this.label = label;
    this.met = met;
    this.status = status;
    this.points = points;
  }

  /** the value used, in words (worded on each read: it is cheap, and most are never read) */
  get fact(): string {
    return this.describe();
  }

  /** Words the fact. */
  protected abstract describe(): string;

  /** The plain form, for JSON. */
  toJSON(): CriterionResult {
    return plainCriterion(this);
  }
}

/** A plain (own-properties) copy of a criterion result, with its fact worded. */
export function plainCriterion(result: CriterionResult): CriterionResult {
  return {
    component: result.component,
    criterion: result.criterion,
    label: result.label,
    met: result.met,
    status: result.status,
    points: result.points,
    fact: result.fact,
  };
}

/** Builds a criterion result. */
export function criterionResult(
  component: ScoreComponent,
  criterion: string,
  label: LocalizedText,
  points: number,
  fact: string,
  met: boolean = points !== 0,
  status: CriterionStatus = met ? 'met' : 'not_met',
): CriterionResult {
  return { component, criterion, label, met, status, points, fact };
}

/** A result shared by every candidate in the same situation, frozen so no caller can alter it. */
export function constantResult(component: ScoreComponent, criterion: string, label: LocalizedText, points: number, fact: string, status?: CriterionStatus): CriterionResult {
  return Object.freeze(criterionResult(component, criterion, label, points, fact, points !== 0, status));
}

/** What every candidate of one ranking shares, as criteria read it (computed once per ranking). */
export interface RankingFacts {
  readonly offer: Readonly<OfferFacts>;
  readonly referenceDate: IsoDate;
  /** the first day of the "last 12 months" before the reference date */
  readonly declinedWindowStart: IsoDate;
  readonly candidateCount: number;
  /** the candidates' registration days (YYYYMMDD numbers), sorted: a candidate's seniority rank is found in it */
  readonly sortedRegistrationDays: Int32Array;
  /** the bonuses active on the reference date */
  readonly activeBonuses: readonly BalancingBonus[];
}

/**
 * A criterion of a component: the line of a candidate's breakdown, from its facts and the
 * ranking's. Each component declares its criteria as a list of these (ALS_CRITERIA,
 * COMPANY_CRITERIA, territoryCriteria); the engine adds up their lines.
 */
export type Criterion = (candidate: CandidateFacts, ranking: RankingFacts) => CriterionResult;

/** A frozen label. */
export const label = (fr: string, en: string): LocalizedText => Object.freeze({ fr, en });

/** Clamps a number into [min, max]. */
export const clamp = (value: number, min: number, max: number): number => (value < min ? min : value > max ? max : value);

/** The words of a declared fact that gives no points: nobody checked it yet, or an agent did not retain it. */
export const DECLARED_FACT_WORDS: Readonly<Record<DeclaredFactCheck, string>> = Object.freeze({
  to_check: 'déclaré, à vérifier',
  not_retained: 'déclaré, non retenu après vérification par un agent',
});

/** A line of 0 points for a declared fact nobody stands behind (yet): "déclaré, à vérifier : …". */
export function uncheckedLine(component: 'als' | 'territory', criterion: string, lbl: LocalizedText, check: DeclaredFactCheck, what: string): CriterionResult {
  return constantResult(
    component,
    criterion,
    lbl,
    0,
    `${DECLARED_FACT_WORDS[check]} (${what}) : 0 point tant qu’un agent ne l’a pas vérifié`,
    check === 'to_check' ? 'to_check' : 'not_met',
  );
}
