import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALS_MAX } from './als-criteria';
import { BALANCING_MAX } from './balancing-criteria';
import type { BalancingBonus, CandidateFacts, CompanyFacts, GridCriterion, OfferFacts, TerritoryGrid } from './candidate-facts';
import { COMPANY_MAX } from './company-criteria';
import { plainCriterion } from './criterion';
import { rankCandidates, type RankedCandidate, type RankingOptions } from './engine';
import { applicableGrid, gridMaxPoints } from './territory-criteria';
import { AMINA, BRUNO, CHLOE, ETI_BONUS, VILLEURBANNE_T2 as WORKED_OFFER, WORKED_REFERENCE_DATE } from '../testing/test-fixtures';

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
  monthlyResources: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 50_000, max: 600_000 }).map((cents) => cents / 100),
  ),
  expectedHousingBenefit: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
  // a narrow window so that registration dates tie
  registrationDate: isoBetween('2019-01-01', '2019-01-20'),
  calRefusedBefore: fc.record({ refused: fc.boolean(), source: fc.constantFrom('history', 'declared') }),
  lastProposalDeclinedAfterCalOn: fc.option(isoBetween('2024-01-01', '2026-12-31'), { nil: undefined }),
  company: fc.option(companyArb, { nil: undefined }),
  facts: fc.record({ size: fc.integer({ min: 1, max: 8 }), homeless: fc.boolean(), priority: fc.constantFrom('DALO', 'PDALHPD', 'none') }, { requiredKeys: [] }),
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

const gridCriterionArb: fc.Arbitrary<GridCriterion> = fc
  .oneof(
    fc.record({ id: fc.constant('size'), fact: fc.constant('size'), operator: fc.constant('gte' as const), value: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ id: fc.constant('small'), fact: fc.constant('size'), operator: fc.constant('lte' as const), value: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ id: fc.constant('homeless'), fact: fc.constant('homeless'), operator: fc.constant('true' as const) }),
    fc.record({ id: fc.constant('dalo'), fact: fc.constant('priority'), operator: fc.constant('eq' as const), value: fc.constantFrom('DALO', 'none') }),
    fc.record({ id: fc.constant('prio'), fact: fc.constant('priority'), operator: fc.constant('in' as const), value: fc.subarray(['DALO', 'PDALHPD', 'none']) }),
  )
  .chain((c) => fc.integer({ min: 0, max: 100 }).map((points) => ({ ...c, points, label: { fr: c.id, en: c.id } }) as GridCriterion));

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
          fc.tuple(
            fc.constant(cs),
            candidateArb.filter((x) => !cs.some((c) => c.candidacyId === x.candidacyId)),
          ),
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

/**
 * A reference scorer written plainly from scoring.md (../shared/domain/scoring.md), sharing no code
 * with the engine: points only, component by component, then the ranking of §5.
 */
function referenceRanking(offerFacts: OfferFacts, candidates: readonly CandidateFacts[], options: RankingOptions) {
  const ref = options.referenceDate;
  const clampTo = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

  // §1 ALS
  const age = (birth: string) => {
    const years = Number(ref.slice(0, 4)) - Number(birth.slice(0, 4));
    return ref.slice(5) < birth.slice(5) ? years - 1 : years;
  };
  const effortPoints = (resources: number, benefit: number) => {
    if (resources <= 0) return 0;
    const rate = ((offerFacts.rent + offerFacts.charges - benefit) / resources) * 100;
    // a rate within 1e-9 of a band edge is on it (floating point: 33.000000000001 % is 33 %)
    const distance = rate < 26 ? 26 - rate : rate > 33 ? rate - 33 : 0;
    return distance <= 1e-9 ? 40 : Math.max(0, 40 - 5 * Math.ceil(distance - 1e-9));
  };
  // the last 12 months: from the same day a year earlier (28 February for a 29th) to the reference date
  const [y, m, d] = ref.split('-');
  const windowStart = `${Number(y) - 1}-${m}-${m === '02' && d === '29' ? '28' : d}`;
  const declinedPoints = (on: string | undefined) => (on !== undefined && windowStart <= on && on <= ref ? -40 : 0);
  const seniorityPoints = (c: CandidateFacts) => {
    const rank = 1 + candidates.filter((other) => other.registrationDate < c.registrationDate).length;
    return Math.max(0, 20 - (rank - 1));
  };

  // §2 Company
  const tranchePoints = { A: 166, B: 80, C: 34 } as const;
  const eligible = (company: CompanyFacts | undefined) => company !== undefined && company.validated && company.contribution !== 'none';

  // §3 Territory
  const grid = options.grid;
  const gridApplies = grid !== undefined && grid.active && offerFacts.epciCode !== undefined && grid.epciCode === offerFacts.epciCode;
  const met = (criterion: GridCriterion, facts: CandidateFacts['facts']) => {
    const value: unknown = Object.hasOwn(facts, criterion.fact) ? facts[criterion.fact] : undefined;
    switch (criterion.operator) {
      case 'eq':
        return value === criterion.value;
      case 'gte':
        return typeof value === 'number' && value >= criterion.value;
      case 'lte':
        return typeof value === 'number' && value <= criterion.value;
      case 'in':
        return (criterion.value as readonly unknown[]).includes(value) && value !== undefined;
      case 'true':
        return value === true;
    }
  };

  // §4 Balancing: active on the reference date, every target it sets matches, the highest (then the smaller id)
  const targets = (bonus: BalancingBonus, company: CompanyFacts | undefined) =>
    (bonus.sizeClass !== undefined || bonus.companyId !== undefined || bonus.epciCode !== undefined) &&
    (bonus.sizeClass === undefined || (company?.validated === true && company.sizeClass === bonus.sizeClass)) &&
    (bonus.companyId === undefined || (company?.validated === true && company.companyId === bonus.companyId)) &&
    (bonus.epciCode === undefined || offerFacts.epciCode === bonus.epciCode);
  const bonusFor = (company: CompanyFacts | undefined) =>
    options.bonuses
      .filter((b) => b.startDate <= ref && ref <= b.endDate && targets(b, company))
      .sort((a, b) => clampTo(b.points, 0, 240) - clampTo(a.points, 0, 240) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];

  const scored = candidates.map((c) => {
    const alsLines = [
      age(c.applicantBirthDate) < 30 ? 70 : 0,
      c.mobilityDeclaredAndChecked ? 70 : 0,
      effortPoints(c.monthlyResources, c.expectedHousingBenefit ?? 0),
      c.calRefusedBefore.refused ? 40 : 0,
      declinedPoints(c.lastProposalDeclinedAfterCalOn),
      seniorityPoints(c),
    ];
    const companyLines = [eligible(c.company) ? 240 : 0, ...(['A', 'B', 'C'] as const).map((t) => (eligible(c.company) && c.company?.tranches.includes(t) ? tranchePoints[t] : 0))];
    const territoryLines = gridApplies ? grid.criteria.map((gc) => (met(gc, c.facts) ? gc.points : 0)) : [0];
    const bonus = bonusFor(c.company);
    const balancing = bonus === undefined ? 0 : clampTo(bonus.points, 0, 240);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const als = clampTo(sum(alsLines), 0, 240);
    const company = clampTo(sum(companyLines), 0, 520);
    const territory = Math.max(0, sum(territoryLines));
    return {
      c,
      id: c.candidacyId,
      total: als + company + territory + balancing,
      components: { als, alsRaw: sum(alsLines), company, territory, established: gridApplies, balancing, bonusId: bonus?.id },
      lines: [...alsLines, ...companyLines, ...territoryLines, balancing],
    };
  });
  // §5: total descending, older registration, earlier submission, smaller candidacy id
  scored.sort(
    (a, b) =>
      b.total - a.total ||
      (a.c.registrationDate < b.c.registrationDate ? -1 : a.c.registrationDate > b.c.registrationDate ? 1 : 0) ||
      a.c.submittedAt.getTime() - b.c.submittedAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return scored.map((s, i) => ({ id: s.id, rank: i + 1, total: s.total, components: s.components, lines: s.lines }));
}

/** a candidate with declared facts nobody checked, too (they give 0 points) */
const candidateWithUncheckedArb: fc.Arbitrary<CandidateFacts> = fc
  .tuple(
    candidateArb,
    fc.record(
      {
        mobility: fc.constantFrom('to_check', 'not_retained'),
        calRefusal: fc.constantFrom('to_check', 'not_retained'),
        declinedAfterCal: fc.constantFrom('to_check', 'not_retained'),
        homeless: fc.constantFrom('to_check', 'not_retained'),
        priority: fc.constantFrom('to_check', 'not_retained'),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom<CandidateFacts['applicantCivility']>('1', '2', undefined),
  )
  .map(([c, uncheckedFacts, applicantCivility]) => ({ ...c, uncheckedFacts, applicantCivility }) as CandidateFacts);

const offerArb: fc.Arbitrary<OfferFacts> = fc
  .record({
    offerId: fc.constant('o'),
    rent: fc.integer({ min: 20_000, max: 150_000 }).map((cents) => cents / 100),
    charges: fc.integer({ min: 0, max: 30_000 }).map((cents) => cents / 100),
    communeCode: fc.constant('69266'),
    epciCode: fc.constantFrom(EPCI, '243100518', undefined),
  })
  .map((o) => (o.epciCode === undefined ? { offerId: o.offerId, rent: o.rent, charges: o.charges, communeCode: o.communeCode } : o));

describe('the engine equals a reference scorer written plainly from scoring.md', () => {
  it('on random offers, candidates, bonuses and grids: every line’s points, components, totals and ranks', () => {
    fc.assert(
      fc.property(
        offerArb,
        fc.uniqueArray(fc.oneof(candidateArb, candidateWithUncheckedArb), { selector: (c) => c.candidacyId, maxLength: 30 }),
        optionsArb,
        (offerFacts, candidates, options) => {
          const engine = rankCandidates(offerFacts, candidates, options).map((r) => ({
            id: r.candidacyId,
            rank: r.rank,
            total: r.total,
            components: {
              als: r.components.als.points,
              alsRaw: r.components.als.clampedFrom ?? r.components.als.points,
              company: r.components.company.points,
              territory: r.components.territory.points,
              established: r.components.territory.established,
              balancing: r.components.balancing.points,
              bonusId: r.components.balancing.bonusId,
            },
            lines: r.criteria.map((line) => line.points),
          }));
          expect(engine).toEqual(referenceRanking(offerFacts, candidates, options));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on the worked example of scoring.md §6', () => {
    const reference = referenceRanking(WORKED_OFFER, [AMINA, BRUNO, CHLOE], { referenceDate: WORKED_REFERENCE_DATE, bonuses: [ETI_BONUS], grid: undefined });
    expect(reference.map((r) => [r.id, r.rank, r.total])).toEqual([
      ['cand-bruno', 1, 530],
      ['cand-amina', 2, 519],
      ['cand-chloe', 3, 360],
    ]);
  });
});
