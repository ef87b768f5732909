import type { FieldError } from '../../../shared/errors';
import { GRID_FACTS, type GridCriterion, type GridFactType, type GridOperator } from '../domain/index';
import { gridField, scoringError } from '../scoring.errors';
import type { GridCriterionInput } from './grid-view';

const FACTS_BY_KEY = new Map(GRID_FACTS.map((f) => [f.key, f]));
const GRID_OPERATORS: readonly GridOperator[] = ['eq', 'gte', 'lte', 'in', 'true'];
const GRID_POINTS_LIMIT = 500;
const GRID_CRITERIA_MAX = 50;
const EPCI = /^\d{9}$/;
const CRITERION_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const typeOf = (v: unknown): GridFactType | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? 'number' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : undefined;

/** Checks and normalises the criteria; problems name their field (`criteria.2.value`). */
function normaliseCriteria(inputs: readonly GridCriterionInput[]): { criteria: GridCriterion[]; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const criteria: GridCriterion[] = [];
  if (inputs.length > GRID_CRITERIA_MAX) problems.push(gridField.tooManyCriteria(GRID_CRITERIA_MAX));
  const ids = new Set<string>();
  inputs.forEach((input, i) => {
    const at = (f: string) => `criteria.${i}.${f}`;
    const id = input.id ?? `c${i + 1}`;
    if (!CRITERION_ID.test(id)) problems.push(gridField.criterionId(at('id')));
    else if (ids.has(id)) problems.push(gridField.criterionIdTaken(at('id')));
    ids.add(id);
    const fr = input.label.fr.trim();
    if (!fr || fr.length > 200) problems.push(gridField.label(at('label.fr')));
    const fact = FACTS_BY_KEY.get(input.fact);
    if (!fact)
      problems.push(
        gridField.unknownFact(
          at('fact'),
          GRID_FACTS.map((f) => f.key),
        ),
      );
    if (!Number.isInteger(input.points) || Math.abs(input.points) > GRID_POINTS_LIMIT) {
      problems.push(gridField.points(at('points'), GRID_POINTS_LIMIT));
    }
    if (!GRID_OPERATORS.includes(input.operator)) {
      problems.push(gridField.operator(at('operator'), GRID_OPERATORS));
      return;
    }
    if (!fact) return;
    const label = { fr, en: input.label.en?.trim() || fr };
    const base = { id, label, fact: fact.key, points: input.points };
    const v = input.value;
    switch (input.operator) {
      case 'true':
        if (fact.type !== 'boolean') problems.push(gridField.trueOnBoolean(at('operator')));
        criteria.push({ ...base, operator: 'true' });
        return;
      case 'gte':
      case 'lte':
        if (fact.type !== 'number') problems.push(gridField.comparisonOnNumber(at('operator')));
        if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(gridField.number(at('value')));
        criteria.push({ ...base, operator: input.operator, value: typeof v === 'number' ? v : 0 });
        return;
      case 'eq':
        if (Array.isArray(v) || typeOf(v) !== fact.type) problems.push(gridField.valueOfType(at('value'), fact.type));
        criteria.push({ ...base, operator: 'eq', value: (Array.isArray(v) ? '' : v) ?? '' });
        return;
      case 'in':
        if (!Array.isArray(v) || v.length === 0 || v.length > 50 || v.some((x) => typeOf(x) !== fact.type)) {
          problems.push(gridField.listOfType(at('value'), fact.type));
        }
        criteria.push({ ...base, operator: 'in', value: Array.isArray(v) ? [...v] : [] });
        return;
    }
  });
  return { criteria, problems };
}

/** The grid's criteria checked and normalised, or the invalid grid with every rule it breaks. */
export function assertGrid(name: string, epciCode: string, criteriaInput: readonly GridCriterionInput[]): GridCriterion[] {
  const { criteria, problems } = normaliseCriteria(criteriaInput);
  if (!EPCI.test(epciCode)) problems.unshift(gridField.epciCode());
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 120) problems.unshift(gridField.name());
  if (problems.length) throw scoringError.invalidGrid(problems);
  return criteria;
}
