import { describe, expect, it } from 'vitest';
import { isInseeCode, luhnIsValid, siretIsValid, validateDemandForSubmission } from './validation';
import { aChild, aCoApplicant, aDemandData, anAdult, TODAY } from '../testing/test-builders';

/** The field paths of the errors. */
const fieldsOf = (data: Parameters<typeof validateDemandForSubmission>[0], onDate = TODAY) => validateDemandForSubmission(data, onDate).map((e) => e.field);

describe('validateDemandForSubmission', () => {
  it('accepts a complete demand', () => {
    expect(validateDemandForSubmission(aDemandData(), TODAY)).toEqual([]);
  });

  it('accepts a complete household with co-applicant and children', () => {
    const data = aDemandData({ coApplicant: aCoApplicant(), otherOccupants: [aChild(), aChild({ sharedCustody: true })] });
    expect(validateDemandForSubmission(data, TODAY)).toEqual([]);
  });

  it('requires the applicant identity', () => {
    const data = aDemandData({ applicant: anAdult({ lastName: ' ', firstName: '' }) });
    expect(fieldsOf(data)).toEqual(['applicant.lastName', 'applicant.firstName']);
  });

  it('accepts an applicant whose 16th birthday is the day of submission', () => {
    expect(fieldsOf(aDemandData({ applicant: anAdult({ birthDate: '2010-03-15' }) }), '2026-03-15')).toEqual([]);
  });

  it('refuses an applicant who turns 16 the day after', () => {
    const errors = validateDemandForSubmission(aDemandData({ applicant: anAdult({ birthDate: '2010-03-16' }) }), '2026-03-15');
    expect(errors).toEqual([{ field: 'applicant.birthDate', message: 'Le demandeur doit avoir au moins 16 ans.' }]);
  });

  it('refuses a birth date in the future or not a date', () => {
    expect(validateDemandForSubmission(aDemandData({ applicant: anAdult({ birthDate: '2026-03-16' }) }), TODAY)).toEqual([
      { field: 'applicant.birthDate', message: 'La date de naissance doit être dans le passé.' },
    ]);
    expect(fieldsOf(aDemandData({ applicant: anAdult({ birthDate: '1990-02-30' }) }))).toEqual(['applicant.birthDate']);
    expect(fieldsOf(aDemandData({ otherOccupants: [aChild({ birthDate: '2026-04-01' })] }))).toEqual(['otherOccupants.0.birthDate']);
  });

  it('checks the co-applicant too', () => {
    const data = aDemandData({ coApplicant: aCoApplicant({ firstName: '', birthDate: '2015-01-01' }) });
    expect(fieldsOf(data)).toEqual(['coApplicant.firstName', 'coApplicant.birthDate']);
  });

  it('requires at least one wished commune and one reason', () => {
    const data = aDemandData({ wishes: { communeCodes: [], typologies: [] }, reasons: [] });
    expect(fieldsOf(data)).toEqual(['reasons', 'wishes.communeCodes']);
  });

  it('checks INSEE codes of wishes, address, workplace and mobility', () => {
    const data = aDemandData({
      applicant: { ...anAdult({ employment: { workplaceCommuneCode: '2C123' } }), address: { line: 'x', postalCode: '20000', communeCode: '2A00' } },
      wishes: { communeCodes: ['69386', '2A004', '2B033', '6938'], typologies: [0, 3] },
      mobility: { kind: 'new_job', toCommuneCode: 'ABCDE', fromCommuneCode: '75056' },
    });
    expect(fieldsOf(data)).toEqual([
      'applicant.employment.workplaceCommuneCode',
      'applicant.address.communeCode',
      'wishes.communeCodes.3',
      'wishes.typologies.0',
      'mobility.toCommuneCode',
    ]);
  });

  it('skips the commune check of an address abroad', () => {
    const data = aDemandData({ applicant: { ...anAdult(), address: { line: 'x', postalCode: '1000', communeCode: 'BE', abroad: true } } });
    expect(fieldsOf(data)).toEqual([]);
  });

  it('checks the employer SIRET key', () => {
    const data = aDemandData({
      applicant: anAdult({ employment: { employerSiret: '44306184100048' } }),
      coApplicant: aCoApplicant({ employment: { employerSiret: '4430618410004' } }),
    });
    expect(fieldsOf(data)).toEqual(['applicant.employment.employerSiret', 'coApplicant.employment.employerSiret']);
  });

  it('requires the N−2 tax income of each adult with their own notice', () => {
    const data = aDemandData({
      coApplicant: aCoApplicant({ taxIncome: { yearMinus2: 2023, amountMinus2: 10000 } }),
      otherOccupants: [aChild(), aChild({ dependant: false, birthDate: '2000-01-01' })],
    });
    const errors = validateDemandForSubmission(data, TODAY);
    expect(errors.map((e) => e.field)).toEqual(['coApplicant.taxIncome.yearMinus2', 'otherOccupants.1.taxIncome.amountMinus2']);
    expect(errors[1]!.message).toBe('Revenu fiscal de référence 2024 manquant.');
  });

  it('refuses negative amounts', () => {
    const data = aDemandData({
      applicant: anAdult({ resources: [{ code: 'SAL', monthlyAmount: -1 }], alimonyPaid: -5, taxIncome: { yearMinus2: 2024, amountMinus2: -100 } }),
      otherOccupants: [aChild({ resources: [{ code: 'BE', monthlyAmount: -2 }] })],
      currentHousing: { kind: 'LP', monthlyRent: -600 },
      expectedHousingBenefit: -10,
      wishes: { communeCodes: ['69386'], typologies: [2], maxRent: -1 },
    });
    expect(fieldsOf(data)).toEqual([
      'applicant.resources.0.monthlyAmount',
      'applicant.alimonyPaid',
      'applicant.taxIncome.amountMinus2',
      'otherOccupants.0.resources.0.monthlyAmount',
      'wishes.maxRent',
      'currentHousing.monthlyRent',
      'expectedHousingBenefit',
    ]);
  });

  it('checks expected births', () => {
    expect(fieldsOf(aDemandData({ expectedBirths: { count: 1, expectedDate: '2026-08-01' } }))).toEqual([]);
    expect(fieldsOf(aDemandData({ expectedBirths: { count: 0, expectedDate: '2026-03-01' } }))).toEqual(['expectedBirths.count', 'expectedBirths.expectedDate']);
  });
});

describe('siretIsValid', () => {
  it('accepts SIRETs with a valid Luhn key', () => {
    expect(siretIsValid('44306184100047')).toBe(true);
    expect(siretIsValid('73282932000074')).toBe(true);
    expect(siretIsValid('54205118000066')).toBe(true);
  });

  it('refuses a wrong key, a wrong length or non-digits', () => {
    expect(siretIsValid('44306184100048')).toBe(false);
    expect(siretIsValid('80314557800010')).toBe(false);
    expect(siretIsValid('4430618410004')).toBe(false);
    expect(siretIsValid('443061841000470')).toBe(false);
    expect(siretIsValid('4430618410004A')).toBe(false);
    expect(siretIsValid('443 061 841 00047')).toBe(false);
  });

  it("applies La Poste's rule: the sum of the digits is a multiple of 5", () => {
    expect(luhnIsValid('35600000049837')).toBe(false);
    expect(siretIsValid('35600000049837')).toBe(true); // digit sum 45
    expect(siretIsValid('35600000000010')).toBe(true); // digit sum 15
    expect(siretIsValid('35600000049838')).toBe(false); // digit sum 46
  });

  it("accepts La Poste's head office, which follows Luhn", () => {
    expect(siretIsValid('35600000000048')).toBe(true);
  });
});

describe('isInseeCode', () => {
  it('accepts five digits and Corsican codes', () => {
    expect(['75056', '69386', '2A004', '2B033', '97411'].every(isInseeCode)).toBe(true);
  });
  it('refuses anything else', () => {
    expect(['7505', '750560', '2C004', '2a004', 'ABCDE', ''].some(isInseeCode)).toBe(false);
  });
});
