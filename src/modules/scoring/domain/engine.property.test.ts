import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALS_MAX } from './als-criteria';
import { BALANCING_MAX } from './balancing-criteria';
import type { BalancingBonus, CandidateFacts, CompanyFacts, GridCriterion, OfferFacts, TerritoryGrid } from './candidate-facts';
import { COMPANY_MAX } from './company-criteria';
import { plainCriterion } from './criterion';
import { rankCandidates, type RankedCandidate, type RankingOptions } from './engine';
import { applicableGrid, gridMaxPoints } from './territory-criteria';

const DAY_MS = 86_400_000;
const isoFromDay = (epochDay: number): string => new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** an ISO date between two others */
const isoBetween = (from: string, to: string) => fc.integer({ min: dayOf(from), max: dayOf(to) }).map(isoFromDay);

const EPCI = '200046977';
const offer: OfferFacts = { offerId: 'o', rent: 620, charges: 80, communeCode: '69266', epciCode: EPCI };

const companyArb: fc.Arbitrary<CompanyFacts> = fc.record({
  companyId: fc.constantFrom('acme', 'globex', 'initech'),
  validated: fc.boolean(),
  contribution: fc.constantFrom('contributing', 'compensated', 'none'),
  sizeClass: fc.constantFrom('PME', 'ETI', 'GE', undefined),
  tranches: fc.array(fc.constantFrom('A', 'B', 'C'), { maxLength: 4 }),
  delegatesToAls: fc.boolean(),
});

const candidateArb: fc.Arbitrary<CandidateFacts> = fc.record({
  candidacyId: fc.string({ minLength: 1, maxLength: 6 }),
  demandId: fc.constant('d'),
  // a narrow window so that submissions tie
  submittedAt: fc.integer({ min: 0, max: 5 }).map((h) => new Date(Date.UTC(2026, 0, 10, h))),
  applicantBirthDate: isoBetween('1955-01-01', '2007-12-31'),
  mobilityDeclaredAndChecked: fc.boolean(),
  monthlyResources: fc.oneof(fc.constant(0), fc.integer({ min: 50_000, max: 600_000 }).map((cents) => cents / 100)),
  expectedHousingBenefit: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
  // a narrow window so that registration dates tie
  registrationDate: isoBetween('2019-01-01', '2019-01-20'),
  calRefusedBefore: fc.record({ refused: fc.boolean(), source: fc.constantFrom('history', 'declared') }),
  lastProposalDeclinedAfterCalOn: fc.option(isoBetween('2024-01-01', '2026-12-31'), { nil: undefined }),
  company: fc.option(companyArb, { nil: undefined }),
  facts: fc.record(
    { size: fc.integer({ min: 1, max: 8 }), homeless: fc.boolean(), priority: fc.constantFrom('DALO', 'PDALHPD', 'none') },
    { requiredKeys: [] },
  ),
});

const bonusArb: fc.Arbitrary<BalancingBonus> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 4 }),
    sizeClass: fc.constantFrom('PME', 'ETI', 'GE'),
    companyId: fc.constantFrom('acme', 'globex'),
    epciCode: fc.constantFrom(EPCI, '243100518'),
    // out-of-bounds points too: the component must still stay within 0..240
    points: fc.integer({ min: -20, max: 300 }),
    startDate: isoBetween('2025-06-01', '2026-06-01'),
    endDate: isoBetween('2025-06-01', '2026-12-31'),
    reason: fc.constant('lagging'),
  },
  { requiredKeys: ['id', 'points', 'startDate', 'endDate', 'reason'] },
);

const gridCriterionArb: fc.Arbitrary<GridCriterion> = fc.oneof(
  fc.record({ id: fc.constant('size'), fact: fc.constant('size'), operator: fc.constant('gte' as const), value: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ id: fc.constant('small'), fact: fc.constant('size'), operator: fc.constant('lte' as const), value: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ id: fc.constant('homeless'), fact: fc.constant('homeless'), operator: fc.constant('true' as const) }),
  fc.record({ id: fc.constant('dalo'), fact: fc.constant('priority'), operator: fc.constant('eq' as const), value: fc.constantFrom('DALO', 'none') }),
  fc.record({ id: fc.constant('prio'), fact: fc.constant('priority'), operator: fc.constant('in' as const), value: fc.subarray(['DALO', 'PDALHPD', 'none']) }),
).chain((c) => fc.integer({ min: 0, max: 100 }).map((points) => ({ ...c, points, label: { fr: c.id, en: c.id } }) as GridCriterion));

const gridArb: fc.Arbitrary<TerritoryGrid | undefined> = fc.option(
  fc.record({
    epciCode: fc.constantFrom(EPCI, EPCI, '243100518'),
    active: fc.boolean(),
    name: fc.constant('grid'),
    criteria: fc.array(gridCriterionArb, { maxLength: 5 }),
  }),
  { nil: undefined },
);

const optionsArb: fc.Arbitrary<RankingOptions> = fc.record({
  referenceDate: isoBetween('2025-06-01', '2026-12-31'),
  bonuses: fc.array(bonusArb, { maxLength: 4 }),
  grid: gridArb,
});

const candidatesArb = (maxLength: number) => fc.uniqueArray(candidateArb, { selector: (c) => c.candidacyId, maxLength });

/** the ranking as comparable data: ids, ranks, totals, components and worded breakdowns */
const snapshot = (ranking: RankedCandidate[]) =>
  ranking.map((r) => ({ id: r.candidacyId, rank: r.rank, total: r.total, components: r.components, criteria: r.criteria.map(plainCriterion) }));

const seniorityPoints = (r: RankedCandidate): number => r.criteria.find((c) => c.criterion === 'als.seniority')?.points ?? NaN;
const alsRaw = (r: RankedCandidate): number => r.components.als.clampedFrom ?? r.components.als.points;

describe('ranking properties', () => {
  it('is deterministic: the same candidates in any order give the same ranking', () => {
    fc.assert(
      fc.property(
        candidatesArb(30).chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        optionsArb,
        ([candidates, shuffled], options) => {
          expect(snapshot(rankCandidates(offer, shuffled, options))).toEqual(snapshot(rankCandidates(offer, candidates, options)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is a total order: ranks 1..n without duplicates, sorted by total, registration, submission, id', () => {
    fc.assert(
      fc.property(candidatesArb(40), optionsArb, (candidates, options) => {
        const ranking = rankCandidates(offer, candidates, options);
        expect(ranking.map((r) => r.rank)).toEqual(candidates.map((_, i) => i + 1));
        expect(new Set(ranking.map((r) => r.candidacyId))).toEqual(new Set(candidates.map((c) => c.candidacyId)));
        const byId = new Map(candidates.map((c) => [c.candidacyId, c]));
        for (let i = 1; i < ranking.length; i++) {
          const a = ranking[i - 1] as RankedCandidate;
          const b = ranking[i] as RankedCandidate;
          const ca = byId.get(a.candidacyId) as CandidateFacts;
          const cb = byId.get(b.candidacyId) as CandidateFacts;
          const key = (r: RankedCandidate, c: CandidateFacts) => [-r.total, c.registrationDate, c.submittedAt.getTime(), c.candidacyId] as const;
          const [ka, kb] = [key(a, ca), key(b, cb)];
          const cmp = ka[0] - kb[0] || (ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0) || ka[2] - kb[2] || (ka[3] < kb[3] ? -1 : 1);
          expect(cmp).toBeLessThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('adding a candidate changes another candidate’s score only through its seniority points', () => {
    fc.assert(
      fc.property(
        candidatesArb(25).chain((cs) =>
          fc.tuple(fc.constant(cs), candidateArb.filter((x) => !cs.some((c) => c.candidacyId === x.candidacyId))),
        ),
        optionsArb,
        ([candidates, newcomer], options) => {
          const before = new Map(rankCandidates(offer, candidates, options).map((r) => [r.candidacyId, r]));
          const after = rankCandidates(offer, [...candidates, newcomer], options);
          for (const now of after) {
            if (now.candidacyId === newcomer.candidacyId) continue;
            const was = before.get(now.candidacyId) as RankedCandidate;
            const others = (r: RankedCandidate) => r.criteria.filter((c) => c.criterion !== 'als.seniority').map(plainCriterion);
            expect(others(now)).toEqual(others(was));
            expect(now.components.company).toEqual(was.components.company);
            expect(now.components.territory).toEqual(was.components.territory);
            expect(now.components.balancing).toEqual(was.components.balancing);
            // seniority can only lose a point (when the newcomer is strictly older)
            const drop = seniorityPoints(was) - seniorityPoints(now);
            expect(drop === 0 || drop === 1).toBe(true);
            if (drop === 1) expect(newcomer.registrationDate < (candidates.find((c) => c.candidacyId === now.candidacyId) as CandidateFacts).registrationDate).toBe(true);
            expect(alsRaw(now) - seniorityPoints(now)).toBe(alsRaw(was) - seniorityPoints(was));
            if (drop === 0) expect(now.total).toBe(was.total);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps every component within its bounds, and the total is their sum', () => {
    fc.assert(
      fc.property(candidatesArb(30), optionsArb, (candidates, options) => {
        const territoryMax = gridMaxPoints(applicableGrid(offer, options.grid));
        for (const r of rankCandidates(offer, candidates, options)) {
          const { als, company, territory, balancing } = r.components;
          expect(als.points).toBeGreaterThanOrEqual(0);
          expect(als.points).toBeLessThanOrEqual(ALS_MAX);
          expect(company.points).toBeGreaterThanOrEqual(0);
          expect(company.points).toBeLessThanOrEqual(COMPANY_MAX);
          expect(territory.points).toBeGreaterThanOrEqual(0);
          expect(territory.points).toBeLessThanOrEqual(territoryMax);
          expect(balancing.points).toBeGreaterThanOrEqual(0);
          expect(balancing.points).toBeLessThanOrEqual(BALANCING_MAX);
          expect(r.total).toBe(als.points + company.points + territory.points + balancing.points);
          // each component is the sum of its lines (ALS before clamping)
          const sum = (component: string) => r.criteria.filter((c) => c.component === component).reduce((s, c) => s + c.points, 0);
          expect(sum('als')).toBe(als.clampedFrom ?? als.points);
          expect(sum('company')).toBe(company.points);
          expect(sum('territory')).toBe(territory.points);
          expect(sum('balancing')).toBe(balancing.points);
        }
      }),
      { numRuns: 300 },
    );
  });
});
