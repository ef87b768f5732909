import type { DeclaredFactCheck, FactValue, GridCriterion, OfferFacts, TerritoryGrid } from './candidate-facts';
import { constantResult, DECLARED_FACT_WORDS, label, LazyFactResult, type Criterion, type CriterionResult } from './criterion';
import { frNumber } from './fr-format';
import { gridFactLabelFr } from './grid-facts';

/**
 * Territory component (scoring.md §3): when the EPCI of the offer's commune has an active
 * intercommunal scoring grid, the sum of the points of the grid criteria the demand meets;
 * otherwise 0, shown as "not established".
 */

const NOT_ESTABLISHED_LABEL = label('Grille de cotation intercommunale non établie', 'Intercommunal scoring grid not established');

/** The grid that applies to the offer: an active grid of the offer's EPCI, or undefined. */
export function applicableGrid(offer: OfferFacts, grid: TerritoryGrid | undefined): TerritoryGrid | undefined {
  if (grid === undefined || !grid.active) return undefined;
  if (offer.epciCode === undefined || grid.epciCode !== offer.epciCode) return undefined;
  return grid;
}

/** The most points a grid can give: the sum of its positive criteria. */
export function gridMaxPoints(grid: TerritoryGrid | undefined): number {
  if (grid === undefined) return 0;
  let max = 0;
  for (const c of grid.criteria) if (c.points > 0) max += c.points;
  return max;
}

/**
 * Whether a demand's fact satisfies a grid criterion. A missing fact never satisfies it;
 * `gte`/`lte` need a number; `true` needs the boolean true; `eq` and `in` compare strictly.
 */
export function gridCriterionMet(criterion: GridCriterion, value: FactValue | undefined): boolean {
  if (value === undefined) return false;
  switch (criterion.operator) {
    case 'eq':
      return value === criterion.value;
    case 'gte':
      return typeof value === 'number' && value >= criterion.value;
    case 'lte':
      return typeof value === 'number' && value <= criterion.value;
    case 'in':
      return criterion.value.includes(value);
    case 'true':
      return value === true;
  }
}

/** Stable keys of grid criteria (`territory.<id>`), built once per criterion object. */
const criterionKeys = new WeakMap<GridCriterion, string>();
function criterionKey(criterion: GridCriterion): string {
  let key = criterionKeys.get(criterion);
  if (key === undefined) {
    key = `territory.${criterion.id}`;
    criterionKeys.set(criterion, key);
  }
  return key;
}

/** A fact's value in French words: numbers as `2 300`, booleans as oui / non. */
function frFactValue(value: FactValue): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return frNumber(value);
  return value;
}

/** A grid criterion's line; its fact reads e.g. "Nombre de personnes du ménage : 4" or "… : non renseigné". */
class TerritoryCriterionResult extends LazyFactResult {
  readonly #factKey: string;
  readonly #value: FactValue | undefined;
  constructor(criterion: GridCriterion, value: FactValue | undefined) {
    const met = gridCriterionMet(criterion, value);
    super('territory', criterionKey(criterion), criterion.label, met ? criterion.points : 0, met);
    this.#factKey = criterion.fact;
    this.#value = value;
  }
  protected describe(): string {
    return `${gridFactLabelFr(this.#factKey)} : ${this.#value === undefined ? 'non renseigné' : frFactValue(this.#value)}`;
  }
}

/**
 * The value of a demand's fact, or undefined when the demand does not give it. Only strings,
 * numbers and booleans are facts: what a key inherits from Object.prototype (`constructor`,
 * `toString`…) is a function or an object, hence not a fact.
 */
export function factValue(facts: Readonly<Record<string, FactValue>>, key: string): FactValue | undefined {
  const value: unknown = facts[key];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/**
 * A grid criterion's line when the applicant declared its fact and nobody checked it yet (or an
 * agent did not retain it): 0 points, "Reconnu prioritaire DALO : déclaré, à vérifier". Used only
 * when the checked value does not meet the criterion.
 */
export function territoryUncheckedCriterion(criterion: GridCriterion, check: DeclaredFactCheck): CriterionResult {
  return constantResult(
    'territory',
    criterionKey(criterion),
    criterion.label,
    0,
    `${gridFactLabelFr(criterion.fact)} : ${DECLARED_FACT_WORDS[check]}${check === 'to_check' ? ' (0 point tant qu’un agent ne l’a pas vérifié)' : ''}`,
    check === 'to_check' ? 'to_check' : 'not_met',
  );
}

/**
 * The territory component's criteria for an offer (scoring.md §3): one per criterion of the active
 * grid of its EPCI, on the demand's facts — a fact the applicant declared and nobody checked gives
 * 0, "déclaré, à vérifier" (unless the checked value meets the criterion anyway). No grid: one
 * line, "not established".
 */
export function territoryCriteria(offer: OfferFacts, grid: TerritoryGrid | undefined): Criterion[] {
  if (grid === undefined) {
    const notEstablished = territoryNotEstablished(offer);
    return [() => notEstablished];
  }
  return grid.criteria.map((criterion): Criterion => {
    // a line depends only on the fact's value: candidates with the same value share it (a line per
    // candidate and criterion kept the garbage collector busy for a third of a large ranking)
    const lineOfValue = new Map<FactValue | undefined, CriterionResult>();
    return (c) => {
      const value = factValue(c.facts, criterion.fact);
      let line = lineOfValue.get(value);
      if (line === undefined) {
        line = new TerritoryCriterionResult(criterion, value);
        lineOfValue.set(value, line);
      }
      const check = c.uncheckedFacts?.[criterion.fact];
      return check !== undefined && !line.met ? territoryUncheckedCriterion(criterion, check) : line;
    };
  });
}

const NOT_ESTABLISHED_NO_EPCI = constantResult('territory', 'territory.not_established', NOT_ESTABLISHED_LABEL, 0, 'la commune de l’offre n’a pas d’EPCI connu');

/** The single line shown when no active grid applies to the offer's EPCI: 0 points, "not established". */
export function territoryNotEstablished(offer: OfferFacts): CriterionResult {
  if (offer.epciCode === undefined) return NOT_ESTABLISHED_NO_EPCI;
  return constantResult('territory', 'territory.not_established', NOT_ESTABLISHED_LABEL, 0, `aucune grille de cotation active pour l’EPCI ${offer.epciCode}`);
}
