import type { LocalizedText } from './candidate-facts';

/** The four components of a score (scoring.md): total = ALS + Company + Territory + Balancing. */
export type ScoreComponent = 'als' | 'company' | 'territory' | 'balancing';

/**
 * One line of a score's breakdown: a criterion, whether it is met, the points it gives and the
 * fact it was computed from. `criterion` is a stable key (e.g. `als.under_30`, `territory.<id>`)
 * that clients may translate or group by; `label` is ready to show.
 *
 * Convention: `met` is true when the criterion gives points (positive or, for a malus, negative);
 * a criterion that gives 0 (e.g. an effort rate far from the band, seniority beyond rank 20) is
 * shown as not met.
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
  readonly points: number;
  /** the value used, in words, e.g. "born 1998-05-02, 27 on 2026-03-01" */
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
  readonly component: ScoreComponent;
  readonly criterion: string;
  readonly label: LocalizedText;
  readonly met: boolean;
  readonly points: number;

  protected constructor(component: ScoreComponent, criterion: string, label: LocalizedText, points: number, met: boolean) {
    this.component = component;
    this.criterion = criterion;
    this.label = label;
    this.met = met;
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
): CriterionResult {
  return { component, criterion, label, met, points, fact };
}

/** A result shared by every candidate in the same situation, frozen so no caller can alter it. */
export function constantResult(
  component: ScoreComponent,
  criterion: string,
  label: LocalizedText,
  points: number,
  fact: string,
): CriterionResult {
  return Object.freeze(criterionResult(component, criterion, label, points, fact));
}

/** A frozen label. */
export const label = (fr: string, en: string): LocalizedText => Object.freeze({ fr, en });

/** Sum of the points of some results. */
export function sumPoints(results: readonly CriterionResult[]): number {
  let sum = 0;
  for (const r of results) sum += r.points;
  return sum;
}

/** Clamps a number into [min, max]. */
export const clamp = (value: number, min: number, max: number): number => (value < min ? min : value > max ? max : value);
