import { bench, describe } from 'vitest';
import type { TerritoryGrid } from '../domain/candidate-facts';
import { rankCandidates } from '../domain/engine';
import { ETI_BONUS, VILLEURBANNE_T2, WORKED_REFERENCE_DATE, generateCandidates } from './test-fixtures';

/**
 * Ranking 10,000 candidates of one offer must take well under 20 ms.
 * Run: npx vitest bench --run src/modules/scoring
 */

const candidates = generateCandidates(10_000);

const bonuses = [
  ETI_BONUS,
  { id: 'bonus-pme', sizeClass: 'PME' as const, points: 60, startDate: '2026-01-01', endDate: '2026-12-31', reason: 'PME lag' },
  { id: 'bonus-company', companyId: 'company-7', points: 200, startDate: '2026-02-01', endDate: '2026-04-30', reason: 'objectives' },
  { id: 'bonus-old', sizeClass: 'GE' as const, points: 240, startDate: '2025-01-01', endDate: '2025-12-31', reason: 'expired' },
];

const grid: TerritoryGrid = {
  epciCode: VILLEURBANNE_T2.epciCode as string,
  active: true,
  name: 'Grille Métropole de Lyon',
  criteria: [
    { id: 'homeless', label: { fr: 'Sans logement', en: 'Homeless' }, fact: 'homeless', operator: 'true', points: 50 },
    { id: 'large', label: { fr: 'Grande famille', en: 'Large household' }, fact: 'householdSize', operator: 'gte', value: 4, points: 20 },
    { id: 'priority', label: { fr: 'Public prioritaire', en: 'Priority public' }, fact: 'priorityPublic', operator: 'in', value: ['DALO', 'PDALHPD'], points: 40 },
    { id: 'waiting', label: { fr: 'Attente longue', en: 'Long wait' }, fact: 'monthsWaiting', operator: 'gte', value: 36, points: 10 },
  ],
};

/** enough samples for a stable mean, after the JIT has warmed up */
const options = { time: 2_000, warmupTime: 500 };

describe('rankCandidates, 10,000 candidates', () => {
  bench(
    'without a territory grid',
    () => {
      rankCandidates(VILLEURBANNE_T2, candidates, { referenceDate: WORKED_REFERENCE_DATE, bonuses, grid: undefined });
    },
    options,
  );
  bench(
    'with a 4-criterion territory grid',
    () => {
      rankCandidates(VILLEURBANNE_T2, candidates, { referenceDate: WORKED_REFERENCE_DATE, bonuses, grid });
    },
    options,
  );
});
