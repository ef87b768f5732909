import { describe, expect, it } from 'vitest';
import type { GridCriterion, TerritoryGrid } from './candidate-facts';
import { plainCriterion, type CriterionResult } from './criterion';
import type { FactValue } from './candidate-facts';
import { rankCandidates, type RankedCandidate } from './engine';
import { applicableGrid, factValue, gridCriterionMet, gridMaxPoints, territoryNotEstablished } from './territory-criteria';
import { VILLEURBANNE_T2, WORKED_REFERENCE_DATE, aCandidate } from '../testing/test-fixtures';

const lbl = { fr: 'critère', en: 'criterion' };
const eq: GridCriterion = { id: 'eq', label: lbl, fact: 'priority', operator: 'eq', value: 'DALO', points: 30 };
const gte: GridCriterion = { id: 'gte', label: lbl, fact: 'size', operator: 'gte', value: 4, points: 20 };
const lte: GridCriterion = { id: 'lte', label: lbl, fact: 'income', operator: 'lte', value: 1_500, points: 25 };
const inList: GridCriterion = { id: 'in', label: lbl, fact: 'commune', operator: 'in', value: ['69266', '69123'], points: 15 };
const isTrue: GridCriterion = { id: 'true', label: lbl, fact: 'homeless', operator: 'true', points: 50 };
const grid: TerritoryGrid = { epciCode: '200046977', active: true, name: 'Lyon', criteria: [eq, gte, lte, inList, isTrue] };

/** a candidate with these facts, ranked with a grid of the offer's EPCI made of these criteria */
const rankedWith = (criteria: GridCriterion[], facts: Record<string, FactValue>): RankedCandidate =>
  rankCandidates(VILLEURBANNE_T2, [aCandidate({ facts })], { referenceDate: WORKED_REFERENCE_DATE, bonuses: [], grid: { ...grid, criteria } })[0] as RankedCandidate;
const territoryCriterion = (criterion: GridCriterion, facts: Record<string, FactValue>) =>
  rankedWith([criterion], facts).criteria.find((line) => line.component === 'territory') as CriterionResult;
const territoryComponentPoints = (criteria: GridCriterion[], facts: Record<string, FactValue>) => rankedWith(criteria, facts).components.territory.points;

describe('grid criteria', () => {
  it.each([
    [eq, 'DALO', true],
    [eq, 'dalo', false],
    [gte, 4, true],
    [gte, 3, false],
    [gte, '5', false],
    [lte, 1_500, true],
    [lte, 1_500.01, false],
    [inList, '69123', true],
    [inList, '75056', false],
    [isTrue, true, true],
    [isTrue, 'true', false],
    [isTrue, false, false],
  ] as const)('%o on %o → %s', (criterion, value, met) => {
    expect(gridCriterionMet(criterion, value)).toBe(met);
  });

  it('a missing fact is never met', () => {
    for (const c of grid.criteria) expect(gridCriterionMet(c, undefined)).toBe(false);
    expect(plainCriterion(territoryCriterion(gte, {}))).toEqual({
      component: 'territory',
      criterion: 'territory.gte',
      label: lbl,
      met: false,
      status: 'not_met',
      points: 0,
      fact: 'size : non renseigné',
    });
  });

  it('inherited keys are not facts', () => {
    expect(factValue({}, 'constructor')).toBeUndefined();
    expect(factValue({ toString: 'x' }, 'toString')).toBe('x');
  });

  it('a met criterion gives its points and states the value', () => {
    expect(plainCriterion(territoryCriterion(gte, { size: 5 }))).toMatchObject({ met: true, points: 20, fact: 'size : 5' });
  });

  it('the component is the sum of the criteria met, and at most the grid max', () => {
    const facts = { priority: 'DALO', size: 5, income: 1_200, commune: '69266', homeless: true };
    expect(territoryComponentPoints([...grid.criteria], facts)).toBe(140);
    expect(gridMaxPoints(grid)).toBe(140);
    expect(territoryComponentPoints([...grid.criteria], { size: 4 })).toBe(20);
  });
});

describe('which grid applies', () => {
  it('the active grid of the offer’s EPCI', () => {
    expect(applicableGrid(VILLEURBANNE_T2, grid)).toBe(grid);
    expect(applicableGrid(VILLEURBANNE_T2, { ...grid, active: false })).toBeUndefined();
    expect(applicableGrid(VILLEURBANNE_T2, { ...grid, epciCode: '243100518' })).toBeUndefined();
    expect(applicableGrid({ ...VILLEURBANNE_T2, epciCode: undefined }, grid)).toBeUndefined();
    expect(applicableGrid(VILLEURBANNE_T2, undefined)).toBeUndefined();
  });

  it('no grid: 0, "not established"', () => {
    expect(territoryNotEstablished(VILLEURBANNE_T2)).toMatchObject({
      criterion: 'territory.not_established',
      met: false,
      points: 0,
      label: { fr: 'Grille de cotation intercommunale non établie', en: 'Intercommunal scoring grid not established' },
      fact: 'aucune grille de cotation active pour l’EPCI 200046977',
    });
  });
});
