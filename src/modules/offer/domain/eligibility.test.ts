import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../shared/errors';
import {
  assertEligible,
  checkEffortRate,
  checkIncomeCeiling,
  checkOverOccupation,
  checkUnderOccupation,
  effortRate,
  evaluateEligibility,
  failedBlockingChecks,
  incomeCeilingFor,
  minimumSurface,
  warnings,
  type ApplicantFacts,
  type EligibilityCheck,
  type OfferFacts,
} from './eligibility';
import { parisCodes, table } from '../testing/test-data';

/** An applicant whose household and resources pass everything but what a test changes. */
function applicant(overrides: Partial<ApplicantFacts> = {}): ApplicantFacts {
  return {
    referenceIncome: 10_000,
    referenceIncomeBasis: 'N-2',
    householdCategory: 1,
    householdSize: 1,
    extraPersonUnits: 0,
    monthlyResources: 2_000,
    expectedHousingBenefit: 0,
    ...overrides,
  };
}

/** An offer sized for the household of a test (T-n with enough surface). */
function offer(overrides: Partial<OfferFacts> = {}): OfferFacts {
  return { communeCode: '69386', financing: 'PLUS', typology: 1, mainRooms: 1, surface: 30, rent: 400, charges: 50, ...overrides };
}

const options = (year: number) => ({ year, table, parisCodes });
const check = (checks: EligibilityCheck[], rule: EligibilityCheck['rule']) => checks.find((c) => c.rule === rule)!;

describe('eligibility.md §5 worked checks: income ceilings', () => {
  it('one person, PLUS in Lyon (69386), 2026, income 23,403 € → category 1, other regions, ceiling 23,403: fits (equal fits)', () => {
    const result = evaluateEligibility(applicant({ referenceIncome: 23_403, householdCategory: 1 }), offer(), options(2026));
    expect(result.zone).toBe('other_regions');
    expect(result.ceiling).toBe(23_403);
    expect(result.fits).toBe(true);
    const income = check(result.checks, 'income_ceiling');
    expect(income.passes).toBe(true);
    expect(income.message.en).toBe('your reference income 23,403 € is within the PLUS ceiling of 23,403 € for a category 1 household in this zone');
  });

  it('same, income 23,404 € → does not fit: above the PLUS ceiling 23,403, with the figures in the message', () => {
    const result = evaluateEligibility(applicant({ referenceIncome: 23_404 }), offer(), options(2026));
    expect(result.fits).toBe(false);
    const income = check(result.checks, 'income_ceiling');
    expect(income).toMatchObject({ passes: false, severity: 'blocking' });
    expect(income.figures).toMatchObject({ referenceIncome: 23_404, ceiling: 23_403, category: 1, financing: 'PLUS', zone: 'other_regions', year: 2026 });
    expect(income.message.en).toBe('your reference income 23,404 € is above the PLUS ceiling of 23,403 € for a category 1 household in this zone');
    expect(income.message.fr).toBe('votre revenu fiscal de référence de 23 404 € dépasse le plafond PLUS de 23 403 € pour un ménage de catégorie 1 dans cette zone');
    expect(failedBlockingChecks(result).map((c) => c.rule)).toEqual(['income_ceiling']);
  });

  it('young couple (25 and 28), PLAI in Montreuil (93048), 2025 → category 3, Paris and bordering, ceiling 31,369', () => {
    const result = evaluateEligibility(
      applicant({ householdCategory: 3, householdSize: 2 }),
      offer({ communeCode: '93048', financing: 'PLAI', typology: 2, mainRooms: 2, surface: 45 }),
      options(2025),
    );
    expect(result.zone).toBe('paris_and_bordering');
    expect(result.ceiling).toBe(31_369);
    expect(incomeCeilingFor(table, 2025, 'PLAI', 'paris_and_bordering', 3, 0)).toBe(31_369);
  });

  it('couple aged 30 and 31, same offer → category 2, ceiling 23,931', () => {
    const result = evaluateEligibility(
      applicant({ householdCategory: 2, householdSize: 2 }),
      offer({ communeCode: '93048', financing: 'PLAI', typology: 2, mainRooms: 2, surface: 45 }),
      options(2025),
    );
    expect(result.ceiling).toBe(23_931);
  });

  it('three persons with a disability, PLS in Versailles (78646), 2026 → category 4, Île-de-France other, ceiling 75,309', () => {
    const result = evaluateEligibility(
      applicant({ householdCategory: 4, householdSize: 3, monthlyResources: 4_000 }),
      offer({ communeCode: '78646', financing: 'PLS', typology: 3, mainRooms: 3, surface: 65, rent: 900 }),
      options(2026),
    );
    expect(result.zone).toBe('ile_de_france_other');
    expect(result.ceiling).toBe(75_309);
    expect(result.fits).toBe(true);
  });

  it('one parent with two children, PLUS in Lille (59350), 2026 → category 4, ceiling 45,374', () => {
    const result = evaluateEligibility(
      applicant({ householdCategory: 4, householdSize: 3 }),
      offer({ communeCode: '59350', typology: 3, mainRooms: 3, surface: 60 }),
      options(2026),
    );
    expect(result.zone).toBe('other_regions');
    expect(result.ceiling).toBe(45_374);
  });

  it('household of eight, PLUS in Marseille (13055), 2026 → category 6 + 2 × 6,710 = 73,576', () => {
    expect(incomeCeilingFor(table, 2026, 'PLUS', 'other_regions', 6, 2)).toBe(73_576);
    const result = evaluateEligibility(
      applicant({ householdCategory: 6, householdSize: 8, extraPersonUnits: 2, referenceIncome: 73_577, monthlyResources: 5_000 }),
      offer({ communeCode: '13055', typology: 6, mainRooms: 6, surface: 110, rent: 1_000 }),
      options(2026),
    );
    expect(result.ceiling).toBe(73_576);
    expect(result.fits).toBe(false);
    expect(check(result.checks, 'income_ceiling').message.en).toBe(
      'your reference income 73,577 € is above the PLUS ceiling of 73,576 € for a category 6 household with 2 additional persons in this zone',
    );
    expect(check(result.checks, 'income_ceiling').message.fr).toBe(
      'votre revenu fiscal de référence de 73 577 € dépasse le plafond PLUS de 73 576 € pour un ménage de catégorie 6 avec 2 personnes supplémentaires dans cette zone',
    );
  });

  it('the example of the brief: 41,200 € above the PLUS ceiling of 37,584 € for a category 3 household (2026, other regions)', () => {
    const c = checkIncomeCeiling(table, { year: 2026, financing: 'PLUS', zone: 'other_regions', category: 3, referenceIncome: 41_200 });
    expect(c.message.en).toBe('your reference income 41,200 € is above the PLUS ceiling of 37,584 € for a category 3 household in this zone');
    expect(c.message.fr).toBe('votre revenu fiscal de référence de 41 200 € dépasse le plafond PLUS de 37 584 € pour un ménage de catégorie 3 dans cette zone');
  });
});

describe('income ceiling: what is not decided', () => {
  it('PLI is out of scope: a failing financing_supported check says so, no ceiling is guessed', () => {
    expect(incomeCeilingFor(table, 2026, 'PLI', 'other_regions', 1)).toBeUndefined();
    const result = evaluateEligibility(applicant(), offer({ financing: 'PLI' }), options(2026));
    expect(result.fits).toBe(false);
    expect(result.ceiling).toBeNull();
    const c = check(result.checks, 'financing_supported');
    expect(c).toMatchObject({ passes: false, severity: 'blocking', figures: { financing: 'PLI' } });
    expect(c.message.en).toContain('PLI');
    expect(c.message.en).toContain('not covered');
    expect(c.message.fr).toContain('PLI');
    expect(result.checks.some((x) => x.rule === 'income_ceiling')).toBe(false);
  });

  it('a year the table does not hold: failing check with a null ceiling, saying it cannot be decided', () => {
    const result = evaluateEligibility(applicant(), offer(), options(2027));
    expect(result.fits).toBe(false);
    expect(result.ceiling).toBeNull();
    const c = check(result.checks, 'income_ceiling');
    expect(c.figures).toMatchObject({ ceiling: null, year: 2027 });
    expect(c.message.en).toBe('no PLUS ceiling is known for 2027 in this zone: eligibility cannot be decided');
  });

  it('refuses household facts out of range', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'no error';
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(() => incomeCeilingFor(table, 2026, 'PLUS', 'other_regions', 7 as never))).toBe('OFFER.INVALID_HOUSEHOLD_FACTS');
    expect(code(() => incomeCeilingFor(table, 2026, 'PLUS', 'other_regions', 5, 1))).toBe('OFFER.INVALID_HOUSEHOLD_FACTS');
    expect(code(() => incomeCeilingFor(table, 2026, 'PLUS', 'other_regions', 6, -1))).toBe('OFFER.INVALID_HOUSEHOLD_FACTS');
    expect(code(() => evaluateEligibility(applicant({ householdSize: 0 }), offer(), options(2026)))).toBe('OFFER.INVALID_HOUSEHOLD_FACTS');
    expect(code(() => evaluateEligibility(applicant(), offer({ communeCode: '99999' }), options(2026)))).toBe('OFFER.INVALID_COMMUNE_CODE');
  });
});

describe('eligibility.md §5 worked checks: occupancy', () => {
  it('two persons, T4 of 80 m² → under-occupied (4 rooms > 2 + 1): does not fit', () => {
    const result = evaluateEligibility(applicant({ householdCategory: 2, householdSize: 2 }), offer({ typology: 4, mainRooms: 4, surface: 80 }), options(2026));
    expect(result.fits).toBe(false);
    expect(failedBlockingChecks(result).map((c) => c.rule)).toEqual(['under_occupation']);
    const c = check(result.checks, 'under_occupation');
    expect(c.figures).toEqual({ mainRooms: 4, occupants: 2, tolerance: 1, maximumRooms: 3 });
    expect(c.message.en).toBe('the home has 4 main rooms for 2 occupants, more than the 3 allowed (under-occupation)');
    expect(c.message.fr).toBe('le logement compte 4 pièces principales pour 2 occupants, plus que les 3 admises (sous-occupation)');
  });

  it('four persons, T3 of 30 m² → over-occupied (30 < 16 + 9 + 9 = 34): does not fit', () => {
    const result = evaluateEligibility(applicant({ householdCategory: 4, householdSize: 4 }), offer({ typology: 3, mainRooms: 3, surface: 30 }), options(2026));
    expect(result.fits).toBe(false);
    expect(failedBlockingChecks(result).map((c) => c.rule)).toEqual(['over_occupation']);
    const c = check(result.checks, 'over_occupation');
    expect(c.figures).toEqual({ surface: 30, occupants: 4, minimumSurface: 34 });
    expect(c.message.en).toBe('the living surface of 30 m² is below the minimum of 34 m² for a household of 4 persons (over-occupation)');
    expect(c.message.fr).toBe('la surface habitable de 30 m² est inférieure au minimum de 34 m² pour un ménage de 4 personnes (suroccupation)');
  });

  it('a T3 for two persons is fine; the tolerance is a setting', () => {
    expect(checkUnderOccupation(3, 2).passes).toBe(true);
    expect(checkUnderOccupation(4, 2).passes).toBe(false);
    expect(checkUnderOccupation(4, 2, 2).passes).toBe(true);
    expect(checkUnderOccupation(3, 2, 0).passes).toBe(false);
    const result = evaluateEligibility(applicant({ householdCategory: 2, householdSize: 2 }), offer({ typology: 4, mainRooms: 4, surface: 80 }), {
      ...options(2026),
      underOccupationTolerance: 2,
    });
    expect(result.fits).toBe(true);
  });

  it('minimum surface: 9 m² for one, 16 for two, +9 per person, capped at 70 from eight persons', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 12].map(minimumSurface)).toEqual([9, 16, 25, 34, 43, 52, 61, 70, 70, 70]);
  });

  it('a surface equal to the minimum fits; a decimal surface is shown as such', () => {
    expect(checkOverOccupation(34, 4).passes).toBe(true);
    const c = checkOverOccupation(33.5, 4);
    expect(c.passes).toBe(false);
    expect(c.message.en).toContain('33.5 m²');
    expect(c.message.fr).toContain('33,5 m²');
    expect(checkOverOccupation(8, 1).message.en).toContain('a household of 1 person (over-occupation)');
  });
});

describe('effort rate', () => {
  it('computes (rent + charges − benefit) ÷ monthly resources × 100', () => {
    expect(effortRate(620, 80, 0, 2_240)).toBeCloseTo(31.25, 10);
    expect(effortRate(620, 80, 0, 2_000)).toBeCloseTo(35.0, 10);
    expect(effortRate(620, 80, 0, 3_100)).toBeCloseTo(22.58, 2);
    expect(effortRate(620, 80, 0, 2_300)).toBeCloseTo(30.43, 2);
    expect(effortRate(500, 115, 205, 1_000)).toBeCloseTo(41, 10);
  });

  it('is null when the monthly resources are 0', () => {
    expect(effortRate(620, 80, 0, 0)).toBeNull();
  });

  it('above the threshold (default 40 %) is a warning only: the offer still fits', () => {
    const result = evaluateEligibility(applicant({ monthlyResources: 1_000, expectedHousingBenefit: 205 }), offer({ rent: 500, charges: 115 }), options(2026));
    expect(result.fits).toBe(true);
    expect(result.effortRate).toBeCloseTo(41, 10);
    const c = check(result.checks, 'effort_rate');
    expect(c).toMatchObject({ passes: false, severity: 'warning' });
    expect(c.message.en).toBe(
      'your effort rate would be 41 % (rent and charges 615 € less housing benefit 205 €, for monthly resources of 1,000 €), above the 40 % warning threshold',
    );
    expect(c.message.fr).toBe(
      "votre taux d'effort serait de 41 % (loyer et charges 615 € moins aide au logement 205 €, pour des ressources mensuelles de 1 000 €), au-dessus du seuil d'alerte de 40 %",
    );
    expect(warnings(result).map((w) => w.rule)).toEqual(['effort_rate']);
  });

  it('exactly at the threshold is not above it; the threshold is a setting', () => {
    expect(checkEffortRate({ rent: 350, charges: 50, expectedHousingBenefit: 0, monthlyResources: 1_000 }).passes).toBe(true);
    expect(checkEffortRate({ rent: 350, charges: 50, expectedHousingBenefit: 0, monthlyResources: 1_000 }, 35).passes).toBe(false);
    const c = checkEffortRate({ rent: 620, charges: 80, expectedHousingBenefit: 0, monthlyResources: 3_100 });
    expect(c.passes).toBe(true);
    expect(c.message.en).toContain('22.58 %');
    expect(c.message.fr).toContain('22,58 %');
  });

  it('resources of 0: no rate, a warning that says it cannot be computed', () => {
    const result = evaluateEligibility(applicant({ monthlyResources: 0 }), offer(), options(2026));
    expect(result.effortRate).toBeNull();
    expect(result.fits).toBe(true);
    const c = check(result.checks, 'effort_rate');
    expect(c).toMatchObject({ passes: false, severity: 'warning' });
    expect(c.message.en).toBe('your effort rate cannot be computed: monthly resources of 0 €');
  });
});

describe('evaluateEligibility', () => {
  it('lists the checks in a stable order and fits when none blocks', () => {
    const result = evaluateEligibility(applicant(), offer(), options(2026));
    expect(result.checks.map((c) => c.rule)).toEqual(['income_ceiling', 'over_occupation', 'under_occupation', 'effort_rate']);
    expect(result.fits).toBe(true);
    expect(result.effortRate).toBeCloseTo(22.5, 10);
    expect(() => assertEligible(result)).not.toThrow();
  });

  it('reports every failing rule at once, and assertEligible refuses with OFFER.NOT_ELIGIBLE and the same explanation', () => {
    const result = evaluateEligibility(
      applicant({ householdCategory: 4, householdSize: 4, referenceIncome: 50_000 }),
      offer({ typology: 3, mainRooms: 3, surface: 30 }),
      options(2026),
    );
    expect(failedBlockingChecks(result).map((c) => c.rule)).toEqual(['income_ceiling', 'over_occupation']);
    let error: DomainError | undefined;
    try {
      assertEligible(result);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).toMatchObject({ code: 'OFFER.NOT_ELIGIBLE', kind: 'invalid' });
    expect(error!.message).toContain('dépasse le plafond PLUS de 45');
    expect(error!.message).toContain('inférieure au minimum de 34 m²');
    expect((error!.details as { failedChecks: unknown[] }).failedChecks).toHaveLength(2);
  });

  it('keeps the basis of the reference income in the figures', () => {
    const result = evaluateEligibility(applicant({ referenceIncomeBasis: 'N-1' }), offer(), options(2026));
    expect(check(result.checks, 'income_ceiling').figures).toMatchObject({ referenceIncomeBasis: 'N-1' });
  });
});
