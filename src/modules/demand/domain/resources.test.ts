import { describe, expect, it } from 'vitest';
import { isAtLeastTenPercentLower, monthlyResources, referenceIncome, taxHouseholdMembers, taxIncomeOfYear } from './resources';
import { aChild, aCoApplicant, aDemandData, anAdult, birthDateForAge, CHECK_YEAR } from '../testing/test-builders';

/** One person alone with the given N−2 (2024) and N−1 (2025) incomes. */
function alone(minus2: number, minus1?: number) {
  return aDemandData({
    applicant: anAdult({
      taxIncome: minus1 === undefined ? { yearMinus2: 2024, amountMinus2: minus2 } : { yearMinus1: 2025, amountMinus1: minus1, yearMinus2: 2024, amountMinus2: minus2 },
    }),
  });
}

describe('monthlyResources', () => {
  it('adds every adult and occupant resource and subtracts alimony paid', () => {
    const data = aDemandData({
      applicant: anAdult({
        resources: [
          { code: 'SAL', monthlyAmount: 1800.5 },
          { code: 'AF', monthlyAmount: 140 },
        ],
        alimonyPaid: 200,
      }),
      coApplicant: aCoApplicant({ resources: [{ code: 'CHO', monthlyAmount: 900 }], alimonyPaid: 50 }),
      otherOccupants: [aChild({ resources: [{ code: 'BE', monthlyAmount: 300 }] })],
    });
    expect(monthlyResources(data)).toBe(2890.5);
  });

  it('never goes below 0', () => {
    const data = aDemandData({ applicant: anAdult({ resources: [{ code: 'RSA', monthlyAmount: 100 }], alimonyPaid: 400 }) });
    expect(monthlyResources(data)).toBe(0);
  });

  it('is 0 with no resources', () => {
    expect(monthlyResources(aDemandData({ applicant: anAdult({ resources: [] }) }))).toBe(0);
  });
});

describe('referenceIncome', () => {
  it('uses the N−2 income of a person alone', () => {
    expect(referenceIncome(alone(23403, 24000), CHECK_YEAR)).toEqual({
      amount: 23403,
      yearUsed: 2024,
      basis: 'N-2',
      missing: [],
      issues: [],
      totalMinus2: 23403,
      totalMinus1: 24000,
    });
  });

  it('adds the applicant, the co-applicant and an adult occupant with their own tax notice', () => {
    const data = aDemandData({
      coApplicant: aCoApplicant({ taxIncome: { yearMinus2: 2024, amountMinus2: 15000 } }),
      otherOccupants: [aChild(), aChild({ kinship: 'E', dependant: false, birthDate: birthDateForAge(22), taxIncome: { yearMinus2: 2024, amountMinus2: 9000 } })],
    });
    const result = referenceIncome(data, CHECK_YEAR);
    expect(result.amount).toBe(23000 + 15000 + 9000);
    expect(result.basis).toBe('N-2');
    expect(result.missing).toEqual([]);
  });

  it('uses N−1 when it is exactly 10 % lower', () => {
    const result = referenceIncome(alone(30000, 27000), CHECK_YEAR);
    expect(result).toMatchObject({ amount: 27000, yearUsed: 2025, basis: 'N-1', totalMinus2: 30000 });
  });

  it('keeps N−2 when N−1 is only 9.9 % lower', () => {
    const result = referenceIncome(alone(30000, 27030), CHECK_YEAR);
    expect(result).toMatchObject({ amount: 30000, yearUsed: 2024, basis: 'N-2' });
  });

  it('keeps N−2 when N−1 is higher', () => {
    expect(referenceIncome(alone(20000, 25000), CHECK_YEAR).basis).toBe('N-2');
  });

  it('compares household totals, not each person', () => {
    const data = aDemandData({
      applicant: anAdult({ taxIncome: { yearMinus1: 2025, amountMinus1: 10000, yearMinus2: 2024, amountMinus2: 20000 } }),
      coApplicant: aCoApplicant({ taxIncome: { yearMinus1: 2025, amountMinus1: 35000, yearMinus2: 2024, amountMinus2: 30000 } }),
    });
    // 45,000 against 50,000: exactly 10 % lower
    expect(referenceIncome(data, CHECK_YEAR)).toMatchObject({ amount: 45000, basis: 'N-1', totalMinus2: 50000, totalMinus1: 45000 });
  });

  it('does not use N−1 unless it is known for everybody who has an N−2', () => {
    const data = aDemandData({
      applicant: anAdult({ taxIncome: { yearMinus1: 2025, amountMinus1: 5000, yearMinus2: 2024, amountMinus2: 20000 } }),
      coApplicant: aCoApplicant({ taxIncome: { yearMinus2: 2024, amountMinus2: 30000 } }),
    });
    const result = referenceIncome(data, CHECK_YEAR);
    expect(result).toMatchObject({ amount: 50000, basis: 'N-2', missing: [] });
    expect(result.totalMinus1).toBeUndefined();
  });

  it('ignores an N−1 figure of another year', () => {
    const data = aDemandData({ applicant: anAdult({ taxIncome: { yearMinus1: 2023, amountMinus1: 1000, yearMinus2: 2024, amountMinus2: 20000 } }) });
    expect(referenceIncome(data, CHECK_YEAR)).toMatchObject({ amount: 20000, basis: 'N-2', missing: [] });
  });

  it('reports a tax notice of the wrong year as missing', () => {
    const data = aDemandData({ applicant: anAdult({ taxIncome: { yearMinus1: 2024 - 1, amountMinus1: 21000, yearMinus2: 2022, amountMinus2: 20000 } }) });
    const result = referenceIncome(data, CHECK_YEAR);
    expect(result.missing).toEqual(['applicant.taxIncome.yearMinus2']);
    expect(result.issues[0]!.message).toBe("L'avis d'imposition doit porter sur les revenus 2024 (revenus 2022 fournis).");
    expect(result.amount).toBe(0);
  });

  it('reads year N−2 from the N−1 slot of a demand updated a year earlier', () => {
    const data = aDemandData({ applicant: anAdult({ taxIncome: { yearMinus1: 2024, amountMinus1: 21000, yearMinus2: 2023, amountMinus2: 20000 } }) });
    expect(referenceIncome(data, CHECK_YEAR)).toMatchObject({ amount: 21000, yearUsed: 2024, basis: 'N-2', missing: [] });
  });

  it('reports missing incomes and returns the partial sum of the known ones', () => {
    const data = aDemandData({
      coApplicant: aCoApplicant({ taxIncome: undefined }),
      otherOccupants: [aChild({ kinship: 'C', dependant: false, birthDate: birthDateForAge(30) })],
    });
    const result = referenceIncome(data, CHECK_YEAR);
    expect(result.missing).toEqual(['coApplicant.taxIncome.amountMinus2', 'otherOccupants.0.taxIncome.amountMinus2']);
    expect(result.amount).toBe(23000);
  });

  it('reports an amount missing for the right year', () => {
    const data = aDemandData({ applicant: anAdult({ taxIncome: { yearMinus2: 2024 } }) });
    expect(referenceIncome(data, CHECK_YEAR).missing).toEqual(['applicant.taxIncome.amountMinus2']);
  });

  it('accepts a zero income', () => {
    expect(referenceIncome(alone(0, 0), CHECK_YEAR)).toMatchObject({ amount: 0, basis: 'N-2', missing: [] });
  });
});

describe('taxHouseholdMembers', () => {
  it('lists applicants and adults with their own notice, not dependent children', () => {
    const data = aDemandData({
      coApplicant: aCoApplicant(),
      otherOccupants: [aChild(), aChild({ dependant: false, birthDate: birthDateForAge(19) }), aChild({ dependant: false, birthDate: birthDateForAge(15) })],
    });
    expect(taxHouseholdMembers(data, CHECK_YEAR).map((m) => m.path)).toEqual(['applicant', 'coApplicant', 'otherOccupants.1']);
  });
});

describe('helpers', () => {
  it('taxIncomeOfYear finds a year in either slot', () => {
    const ti = { yearMinus1: 2025, amountMinus1: 2, yearMinus2: 2024, amountMinus2: 1 };
    expect(taxIncomeOfYear(ti, 2024)).toBe(1);
    expect(taxIncomeOfYear(ti, 2025)).toBe(2);
    expect(taxIncomeOfYear(ti, 2023)).toBeUndefined();
    expect(taxIncomeOfYear(undefined, 2024)).toBeUndefined();
  });

  it('isAtLeastTenPercentLower is exact at the cent', () => {
    expect(isAtLeastTenPercentLower(90.0, 100)).toBe(true);
    expect(isAtLeastTenPercentLower(90.01, 100)).toBe(false);
    expect(isAtLeastTenPercentLower(0, 0)).toBe(false);
  });
});
