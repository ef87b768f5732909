import { ageOn } from '../../../shared/dates';
import { DomainError, notFound, type FieldError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { GRID_FACTS, gridMaxPoints, type FactValue, type GridCriterion, type GridFactType, type GridOperator, type TerritoryGrid } from '../domain/index';
import type { StoredGrid } from '../ports';
import { auditActor, requireStaff } from './access';
import { typedEvents } from '../../../shared/events';
import { SCORING_EVENTS, type ScoringEventPayloads } from '../scoring.events';
import { SCORING_ERRORS, type ScoringDeps } from './scoring.deps';

/**
 * Intercommunal scoring grids (scoring.md §3): per EPCI, criteria on the demand's facts, each with
 * points. At most one active grid per EPCI. The facts a criterion may test are listed in the
 * domain (GRID_FACTS); the candidacy module gives every candidate these facts (see `gridFactsOf`).
 */

/** What `gridFactsOf` needs of a demand (the demand module's facts have all of it). */
export interface GridFactsInput {
  householdSize: number;
  dependants: number;
  householdCategory: number;
  monthlyResources: number;
  referenceIncome: number;
  applicantBirthDate: string;
  registrationDate: string | undefined;
  dalo: boolean;
  mobilityChecked: boolean;
}

/** The facts grid criteria test, for one demand on the reference date (keys of GRID_FACTS). */
export function gridFactsOf(input: GridFactsInput, referenceDate: string): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {
    householdSize: input.householdSize,
    dependants: input.dependants,
    householdCategory: input.householdCategory,
    monthlyResources: input.monthlyResources,
    referenceIncome: input.referenceIncome,
    applicantAge: ageOn(input.applicantBirthDate, referenceDate),
    dalo: input.dalo,
    mobility: input.mobilityChecked,
  };
  if (input.registrationDate) facts.monthsSinceRegistration = monthsBetween(input.registrationDate, referenceDate);
  return facts;
}

/** Whole months from one date to a later one (0 when not later). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return months > 0 ? months : 0;
}

const FACTS_BY_KEY = new Map(GRID_FACTS.map((f) => [f.key, f]));
export const GRID_OPERATORS: readonly GridOperator[] = ['eq', 'gte', 'lte', 'in', 'true'];
export const GRID_POINTS_LIMIT = 500;
export const GRID_CRITERIA_MAX = 50;
const EPCI = /^\d{9}$/;
const CRITERION_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export interface GridCriterionInput {
  id?: string | undefined;
  label: { fr: string; en?: string | undefined };
  fact: string;
  operator: GridOperator;
  value?: FactValue | FactValue[] | undefined;
  points: number;
}

export interface GridInput {
  epciCode: string;
  name: string;
  active: boolean;
  criteria: GridCriterionInput[];
}

export interface GridPatch {
  name?: string | undefined;
  active?: boolean | undefined;
  criteria?: GridCriterionInput[] | undefined;
}

export interface GridView {
  id: string;
  epciCode: string;
  name: string;
  active: boolean;
  /** the most points the grid gives (sum of its positive criteria) */
  maxPoints: number;
  criteria: GridCriterion[];
  createdAt: Date;
  updatedAt: Date;
}

export function gridView(g: StoredGrid): GridView {
  return {
    id: g.id, epciCode: g.epciCode, name: g.name, active: g.active,
    maxPoints: gridMaxPoints({ epciCode: g.epciCode, active: g.active, name: g.name, criteria: g.criteria }),
    criteria: g.criteria, createdAt: g.createdAt, updatedAt: g.updatedAt,
  };
}

const typeOf = (v: unknown): GridFactType | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? 'number' : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : undefined;

/** Checks and normalises the criteria; problems name their field (`criteria.2.value`). */
export function normaliseCriteria(inputs: readonly GridCriterionInput[]): { criteria: GridCriterion[]; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const criteria: GridCriterion[] = [];
  if (inputs.length > GRID_CRITERIA_MAX) problems.push({ field: 'criteria', message: `au plus ${GRID_CRITERIA_MAX} critères` });
  const ids = new Set<string>();
  inputs.forEach((input, i) => {
    const at = (f: string) => `criteria.${i}.${f}`;
    const id = input.id ?? `c${i + 1}`;
    if (!CRITERION_ID.test(id)) problems.push({ field: at('id'), message: 'lettres minuscules, chiffres, - et _ (40 au plus)' });
    else if (ids.has(id)) problems.push({ field: at('id'), message: 'identifiant déjà utilisé dans la grille' });
    ids.add(id);
    const fr = input.label.fr.trim();
    if (!fr || fr.length > 200) problems.push({ field: at('label.fr'), message: 'un libellé de 1 à 200 caractères' });
    const fact = FACTS_BY_KEY.get(input.fact);
    if (!fact) problems.push({ field: at('fact'), message: `fait inconnu ; faits possibles : ${GRID_FACTS.map((f) => f.key).join(', ')}` });
    if (!Number.isInteger(input.points) || Math.abs(input.points) > GRID_POINTS_LIMIT) {
      problems.push({ field: at('points'), message: `un nombre entier de −${GRID_POINTS_LIMIT} à ${GRID_POINTS_LIMIT}` });
    }
    if (!GRID_OPERATORS.includes(input.operator)) {
      problems.push({ field: at('operator'), message: GRID_OPERATORS.join(', ') });
      return;
    }
    if (!fact) return;
    const label = { fr, en: input.label.en?.trim() || fr };
    const base = { id, label, fact: fact.key, points: input.points };
    const v = input.value;
    switch (input.operator) {
      case 'true':
        if (fact.type !== 'boolean') problems.push({ field: at('operator'), message: '« true » ne s’applique qu’à un fait oui/non' });
        criteria.push({ ...base, operator: 'true' });
        return;
      case 'gte':
      case 'lte':
        if (fact.type !== 'number') problems.push({ field: at('operator'), message: 'comparaison réservée aux faits numériques' });
        if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ field: at('value'), message: 'un nombre' });
        criteria.push({ ...base, operator: input.operator, value: typeof v === 'number' ? v : 0 });
        return;
      case 'eq':
        if (Array.isArray(v) || typeOf(v) !== fact.type) problems.push({ field: at('value'), message: `une valeur de type ${fact.type}` });
        criteria.push({ ...base, operator: 'eq', value: (Array.isArray(v) ? '' : v) ?? '' });
        return;
      case 'in':
        if (!Array.isArray(v) || v.length === 0 || v.length > 50 || v.some((x) => typeOf(x) !== fact.type)) {
          problems.push({ field: at('value'), message: `une liste de 1 à 50 valeurs de type ${fact.type}` });
        }
        criteria.push({ ...base, operator: 'in', value: Array.isArray(v) ? [...v] : [] });
        return;
    }
  });
  return { criteria, problems };
}

function assertGrid(name: string, epciCode: string, criteriaInput: readonly GridCriterionInput[]): GridCriterion[] {
  const { criteria, problems } = normaliseCriteria(criteriaInput);
  if (!EPCI.test(epciCode)) problems.unshift({ field: 'epciCode', message: 'SIREN de l’EPCI : 9 chiffres' });
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 120) problems.unshift({ field: 'name', message: 'un nom de 1 à 120 caractères' });
  if (problems.length) throw new DomainError('invalid', SCORING_ERRORS.INVALID_GRID, 'Grille de cotation invalide.', { fields: problems });
  return criteria;
}

const gridNotFound = () => notFound(SCORING_ERRORS.GRID_NOT_FOUND, 'Grille de cotation introuvable.');

export async function createGrid(deps: ScoringDeps, p: Principal, input: GridInput): Promise<GridView> {
  requireStaff(p);
  const criteria = assertGrid(input.name, input.epciCode, input.criteria);
  const now = deps.clock.now();
  const grid: StoredGrid = {
    id: newId(), epciCode: input.epciCode, name: input.name.trim(), active: input.active, criteria,
    createdAt: now, updatedAt: now, createdBy: p.accountId, version: 1,
  };
  await deps.uow.run(async () => {
    await deps.grids.insert(grid);
    await deps.audit.record({
      ...auditActor(p), action: 'scoring.grid_created', objectType: 'territory_grid', objectId: grid.id,
      detail: { epciCode: grid.epciCode, active: grid.active, criteria: criteria.length },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'grid', id: grid.id }, now);
  });
  return gridView(grid);
}

export async function updateGrid(deps: ScoringDeps, p: Principal, id: string, patch: GridPatch): Promise<GridView> {
  requireStaff(p);
  const now = deps.clock.now();
  return deps.uow.run(async () => {
    const current = await deps.grids.findById(id);
    if (!current) throw gridNotFound();
    const name = patch.name ?? current.name;
    const criteria = patch.criteria ? assertGrid(name, current.epciCode, patch.criteria) : (assertGrid(name, current.epciCode, []), current.criteria);
    const next: StoredGrid = { ...current, name: name.trim(), active: patch.active ?? current.active, criteria, updatedAt: now, version: current.version + 1 };
    await deps.grids.update(next);
    await deps.audit.record({
      ...auditActor(p), action: 'scoring.grid_changed', objectType: 'territory_grid', objectId: id,
      detail: { epciCode: next.epciCode, active: next.active, criteria: criteria.length },
    });
    await typedEvents<ScoringEventPayloads>(deps.events).publish(SCORING_EVENTS.inputsChanged, { kind: 'grid', id }, now);
    return gridView(next);
  });
}

export async function getGrid(deps: ScoringDeps, p: Principal, id: string): Promise<GridView> {
  requireStaff(p);
  const grid = await deps.grids.findById(id);
  if (!grid) throw gridNotFound();
  return gridView(grid);
}

export async function listGrids(deps: ScoringDeps, p: Principal, filter: { epciCode?: string | undefined }, limit = 200): Promise<GridView[]> {
  requireStaff(p);
  return (await deps.grids.list(filter.epciCode ? { epciCode: filter.epciCode } : {}, limit)).map(gridView);
}

/** The active grid of an EPCI in the engine's form, if any. */
export async function activeGridFor(deps: ScoringDeps, epciCode: string | undefined): Promise<TerritoryGrid | undefined> {
  if (!epciCode) return undefined;
  const grid = await deps.grids.activeForEpci(epciCode);
  return grid ? { epciCode: grid.epciCode, active: true, name: grid.name, criteria: grid.criteria } : undefined;
}
