import type { BalancingBonus, CandidateFacts, CompanyFacts, OfferFacts } from '../domain/candidate-facts';

/**
 * Builders shared by the scoring tests and the benchmark (not part of the public API).
 * The worked example is the one of scoring.md §6.
 */

/** A candidate with neutral facts (no criterion met except what overrides say). */
export function aCandidate(overrides: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    candidacyId: 'cand-x',
    demandId: 'demand-x',
    submittedAt: new Date('2026-02-01T10:00:00Z'),
    applicantBirthDate: '1980-01-01',
    mobilityDeclaredAndChecked: false,
    monthlyResources: 2_000,
    expectedHousingBenefit: 0,
    registrationDate: '2020-01-01',
    calRefusedBefore: { refused: false, source: 'history' },
    lastProposalDeclinedAfterCalOn: undefined,
    company: undefined,
    facts: {},
    ...overrides,
  };
}

/** A validated employee's company facts. */
export function aCompany(overrides: Partial<CompanyFacts> = {}): CompanyFacts {
  return {
    companyId: 'company-x',
    validated: true,
    contribution: 'contributing',
    sizeClass: 'PME',
    tranches: [],
    delegatesToAls: false,
    ...overrides,
  };
}

/** The worked example's offer: a T2 in Villeurbanne (Métropole de Lyon), 620 € + 80 €. */
export const VILLEURBANNE_T2: OfferFacts = {
  offerId: 'offer-villeurbanne-t2',
  rent: 620,
  charges: 80,
  communeCode: '69266',
  epciCode: '200046977',
};

export const WORKED_REFERENCE_DATE = '2026-03-01';

/** The worked example's active bonus: ETI employees +120 until 2026-06-30. */
export const ETI_BONUS: BalancingBonus = {
  id: 'bonus-eti-2026',
  sizeClass: 'ETI',
  points: 120,
  startDate: '2026-01-01',
  endDate: '2026-06-30',
  reason: 'ETI employees lag behind over the last 12 months',
};

export const AMINA = aCandidate({
  candidacyId: 'cand-amina',
  demandId: 'demand-amina',
  submittedAt: new Date('2026-02-10T09:00:00Z'),
  applicantBirthDate: '1998-05-02',
  mobilityDeclaredAndChecked: true,
  monthlyResources: 2_300,
  registrationDate: '2021-06-10',
  company: aCompany({ companyId: 'company-ge', sizeClass: 'GE', contribution: 'contributing', tranches: ['B'] }),
});

export const BRUNO = aCandidate({
  candidacyId: 'cand-bruno',
  demandId: 'demand-bruno',
  submittedAt: new Date('2026-02-11T09:00:00Z'),
  applicantBirthDate: '1980-07-14',
  monthlyResources: 2_000,
  registrationDate: '2019-01-15',
  calRefusedBefore: { refused: true, source: 'history' },
  company: aCompany({ companyId: 'company-pme', sizeClass: 'PME', contribution: 'compensated', tranches: ['A', 'C'] }),
});

export const CHLOE = aCandidate({
  candidacyId: 'cand-chloe',
  demandId: 'demand-chloe',
  submittedAt: new Date('2026-02-12T09:00:00Z'),
  applicantBirthDate: '1992-11-20',
  monthlyResources: 3_100,
  registrationDate: '2022-09-01',
  lastProposalDeclinedAfterCalOn: '2025-08-20',
  company: aCompany({ companyId: 'company-eti', sizeClass: 'ETI', contribution: 'contributing', tranches: [] }),
});

/** A small deterministic pseudo-random generator (mulberry32), for generated data sets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY_MS = 86_400_000;
const isoFromDay = (epochDay: number): string => new Date(epochDay * DAY_MS).toISOString().slice(0, 10);

/**
 * `count` varied candidates (ages, resources, histories, employers, tranches, grid facts, many
 * equal registration dates), generated deterministically from a seed.
 */
export function generateCandidates(count: number, seed = 42): CandidateFacts[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const day2010 = Date.UTC(2010, 0, 1) / DAY_MS;
  const day2026 = Date.UTC(2026, 0, 1) / DAY_MS;
  const candidates: CandidateFacts[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const hasCompany = random() < 0.85;
    const tranches = (['A', 'B', 'C'] as const).filter(() => random() < 0.25);
    candidates[i] = {
      candidacyId: `cand-${i.toString().padStart(6, '0')}`,
      demandId: `demand-${i}`,
      submittedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 50 * DAY_MS)),
      applicantBirthDate: isoFromDay(Date.UTC(1960, 0, 1) / DAY_MS + Math.floor(random() * 45 * 365)),
      mobilityDeclaredAndChecked: random() < 0.2,
      monthlyResources: random() < 0.02 ? 0 : Math.round(900 + random() * 4_000),
      expectedHousingBenefit: random() < 0.3 ? Math.round(random() * 250) : 0,
      registrationDate: isoFromDay(day2010 + Math.floor(random() * (day2026 - day2010))),
      calRefusedBefore: { refused: random() < 0.1, source: random() < 0.5 ? 'history' : 'declared' },
      lastProposalDeclinedAfterCalOn: random() < 0.08 ? isoFromDay(day2026 - Math.floor(random() * 900)) : undefined,
      company: hasCompany
        ? {
            companyId: `company-${Math.floor(random() * 300)}`,
            validated: random() < 0.8,
            contribution: pick(['contributing', 'contributing', 'compensated', 'none'] as const),
            sizeClass: pick(['PME', 'ETI', 'GE', undefined] as const),
            tranches,
            delegatesToAls: random() < 0.1,
          }
        : undefined,
      facts: {
        householdSize: 1 + Math.floor(random() * 6),
        homeless: random() < 0.05,
        priorityPublic: pick(['DALO', 'PDALHPD', 'none'] as const),
        monthsWaiting: Math.floor(random() * 120),
      },
    };
  }
  return candidates;
}
