import { gridMaxPoints, type FactValue, type GridCriterion, type GridOperator } from '../domain/index';
import type { StoredGrid } from '../ports';

/**
 * Intercommunal scoring grids (scoring.md §3): per EPCI, criteria on the demand's facts, each with
 * points. At most one active grid per EPCI. The facts a criterion may test are listed in the
 * domain (GRID_FACTS); the candidacy module gives every candidate these facts (see `gridFactsOf`).
 */

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
    id: g.id,
    epciCode: g.epciCode,
    name: g.name,
    active: g.active,
    maxPoints: gridMaxPoints({ epciCode: g.epciCode, active: g.active, name: g.name, criteria: g.criteria }),
    criteria: g.criteria,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  };
}
