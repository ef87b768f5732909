import { describe, expect, it } from 'vitest';
import {
  dependantsCount,
  explainHouseholdCategory,
  extraPersonUnits,
  hasMemberWithDisability,
  householdCategory,
  householdSize,
  isSingleAdultWithDependants,
  isYoungCouple,
  personsBeyondSix,
} from './household';
import { aChild, aCoApplicant, aDemandData, anAdult, birthDateForAge, TODAY } from '../testing/test-builders';

/** A couple whose members are `a` and `b` years old on TODAY. */
function aCouple(a: number, b: number, link: 'M' | 'P' | 'L' | 'A' = 'M') {
  return aDemandData({
    applicant: anAdult({ birthDate: birthDateForAge(a) }),
    coApplicant: aCoApplicant({ birthDate: birthDateForAge(b), link }),
  });
}

describe('household category: test vectors of eligibility.md §5', () => {
  it('one person, 26 years old → category 1', () => {
    const data = aDemandData({ applicant: anAdult({ birthDate: birthDateForAge(26) }) });
    const result = explainHouseholdCategory(data, TODAY);
    expect(result.category).toBe(1);
    expect(result.householdSize).toBe(1);
    expect(result.decidedBy).toBe('household_size');
    expect(result.explanation).toBe('Personne seule : catégorie 1.');
  });

  it('couple aged 25 and 28, no child → young couple, category 3', () => {
    const result = explainHouseholdCategory(aCouple(25, 28), TODAY);
    expect(result.category).toBe(3);
    expect(result.youngCouple).toBe(true);
    expect(result.decidedBy).toBe('young_couple');
    expect(result.explanation).toContain('Jeune ménage');
  });

  it('couple aged 30 and 31, no child → category 2', () => {
    const result = explainHouseholdCategory(aCouple(30, 31), TODAY);
    expect(result.category).toBe(2);
    expect(result.youngCouple).toBe(false);
    expect(result.decidedBy).toBe('household_size');
  });

  it('couple aged 40 and 42 with one child, one adult holding a disability card → category 4', () => {
    const data = aDemandData({
      applicant: anAdult({ birthDate: birthDateForAge(40), disabilityCard: true }),
      coApplicant: aCoApplicant({ birthDate: birthDateForAge(42) }),
      otherOccupants: [aChild()],
    });
    const result = explainHouseholdCategory(data, TODAY);
    expect(result.householdSize).toBe(3);
    expect(result.category).toBe(4);
    expect(result.decidedBy).toBe('disability');
    expect(result.explanation).toBe('Ménage de 3 personnes dont au moins une en situation de handicap : catégorie 4.');
  });

  it('one parent with two children → one adult with two dependants, category 4', () => {
    const data = aDemandData({ otherOccupants: [aChild(), aChild({ firstName: 'Tom', birthDate: birthDateForAge(5) })] });
    const result = explainHouseholdCategory(data, TODAY);
    expect(result.householdSize).toBe(3);
    expect(result.category).toBe(4);
    expect(result.decidedBy).toBe('single_adult_with_dependants');
    expect(result.explanation).toBe('Personne seule avec 2 personnes à charge : catégorie 4.');
  });

  it('household of eight → category 6 with 2 persons beyond six', () => {
    const data = aDemandData({
      coApplicant: aCoApplicant(),
      otherOccupants: Array.from({ length: 6 }, (_, i) => aChild({ birthDate: birthDateForAge(2 + i) })),
    });
    const result = explainHouseholdCategory(data, TODAY);
    expect(result.householdSize).toBe(8);
    expect(result.category).toBe(6);
    expect(result.personsBeyondSix).toBe(2);
    expect(result.extraPersonUnits).toBe(2);
    expect(personsBeyondSix(data)).toBe(2);
    expect(result.explanation).toBe('Ménage de 8 personnes : catégorie 6 (2 personnes au-delà de six).');
  });
});

describe('householdSize', () => {
  it('counts the applicant, the co-applicant and every other occupant', () => {
    const data = aDemandData({ coApplicant: aCoApplicant(), otherOccupants: [aChild(), aChild()] });
    expect(householdSize(data, TODAY)).toBe(4);
  });

  it('counts a child in shared custody', () => {
    const data = aDemandData({ otherOccupants: [aChild({ sharedCustody: true })] });
    expect(householdSize(data, TODAY)).toBe(2);
  });

  it('counts expected births from the declared pregnancy', () => {
    const data = aDemandData({ coApplicant: aCoApplicant(), expectedBirths: { count: 2, expectedDate: '2026-08-01' } });
    expect(householdSize(data, TODAY)).toBe(4);
  });

  it('ignores an expected-births entry of zero', () => {
    const data = aDemandData({ expectedBirths: { count: 0, expectedDate: '2026-08-01' } });
    expect(householdSize(data)).toBe(1);
  });
});

describe('dependants and disability', () => {
  it('counts dependant occupants and unborn children, not non-dependant adults', () => {
    const data = aDemandData({
      otherOccupants: [aChild(), aChild({ kinship: 'C', dependant: false, birthDate: birthDateForAge(30) })],
      expectedBirths: { count: 1, expectedDate: '2026-07-01' },
    });
    expect(dependantsCount(data)).toBe(2);
  });

  it('finds a disability card on any member', () => {
    expect(hasMemberWithDisability(aDemandData())).toBe(false);
    expect(hasMemberWithDisability(aDemandData({ coApplicant: aCoApplicant({ disabilityCard: true }) }))).toBe(true);
    expect(hasMemberWithDisability(aDemandData({ otherOccupants: [aChild({ disabilityCard: true })] }))).toBe(true);
  });
});

describe('isYoungCouple', () => {
  it('accepts ages adding up to exactly 55', () => {
    expect(isYoungCouple(aCouple(27, 28), TODAY)).toBe(true);
  });

  it('refuses ages adding up to 56', () => {
    expect(isYoungCouple(aCouple(28, 28), TODAY)).toBe(false);
  });

  it('counts a birthday falling on the day of the check', () => {
    const data = aDemandData({
      applicant: anAdult({ birthDate: '1998-03-15' }), // 28 on 2026-03-15, 27 the day before
      coApplicant: aCoApplicant({ birthDate: birthDateForAge(28) }),
    });
    expect(isYoungCouple(data, '2026-03-14')).toBe(true);
    expect(isYoungCouple(data, '2026-03-15')).toBe(false);
  });

  it('needs a married, PACS or cohabiting link', () => {
    expect(isYoungCouple(aCouple(25, 28, 'P'), TODAY)).toBe(true);
    expect(isYoungCouple(aCouple(25, 28, 'L'), TODAY)).toBe(true);
    expect(isYoungCouple(aCouple(25, 28, 'A'), TODAY)).toBe(false);
    expect(householdCategory(aCouple(25, 28, 'A'), TODAY)).toBe(2);
  });

  it('is not a young couple with a dependant (an expected birth counts)', () => {
    const data = { ...aCouple(25, 28), expectedBirths: { count: 1, expectedDate: '2026-09-01' } };
    expect(isYoungCouple(data, TODAY)).toBe(false);
    expect(explainHouseholdCategory(data, TODAY)).toMatchObject({ category: 3, decidedBy: 'household_size', householdSize: 3 });
  });
});

describe('householdCategory, rule by rule', () => {
  it('one person with a disability → 2', () => {
    expect(householdCategory(aDemandData({ applicant: anAdult({ disabilityCard: true }) }), TODAY)).toBe(2);
  });

  it('one person with one dependant → 3', () => {
    const result = explainHouseholdCategory(aDemandData({ otherOccupants: [aChild()] }), TODAY);
    expect(result).toMatchObject({ category: 3, decidedBy: 'single_adult_with_dependants', householdSize: 2 });
  });

  it('a pregnant woman alone → one person with one dependant → 3', () => {
    const data = aDemandData({ expectedBirths: { count: 1, expectedDate: '2026-08-01' } });
    expect(householdCategory(data, TODAY)).toBe(3);
  });

  it('two persons of whom one has a disability → 3', () => {
    const data = aDemandData({ coApplicant: aCoApplicant({ link: 'A', disabilityCard: true }) });
    expect(explainHouseholdCategory(data, TODAY)).toMatchObject({ category: 3, decidedBy: 'disability' });
  });

  it('a young couple with a disability stays 3, named after the young-couple rule', () => {
    const data = aDemandData({
      applicant: anAdult({ birthDate: birthDateForAge(25), disabilityCard: true }),
      coApplicant: aCoApplicant({ birthDate: birthDateForAge(26) }),
    });
    expect(explainHouseholdCategory(data, TODAY)).toMatchObject({ category: 3, decidedBy: 'young_couple' });
  });

  it('one person with three dependants → 5; with four → 6; with five → capped at 6', () => {
    const withChildren = (n: number) => aDemandData({ otherOccupants: Array.from({ length: n }, () => aChild()) });
    expect(householdCategory(withChildren(3), TODAY)).toBe(5);
    expect(householdCategory(withChildren(4), TODAY)).toBe(6);
    expect(householdCategory(withChildren(5), TODAY)).toBe(6);
  });

  it('an adult living with the parent is not "one adult": three persons → 3', () => {
    const data = aDemandData({ otherOccupants: [aChild(), aChild({ kinship: 'A', dependant: false, birthDate: birthDateForAge(60) })] });
    expect(isSingleAdultWithDependants(data, TODAY)).toBe(false);
    expect(householdCategory(data, TODAY)).toBe(3);
  });

  it('a supported adult relative keeps the applicant "one adult with dependants"', () => {
    const data = aDemandData({ otherOccupants: [aChild({ kinship: 'A', birthDate: birthDateForAge(80) })] });
    expect(isSingleAdultWithDependants(data, TODAY)).toBe(true);
    expect(householdCategory(data, TODAY)).toBe(3);
  });

  it('five persons with a disability → 6 and no extra unit', () => {
    const data = aDemandData({ coApplicant: aCoApplicant({ disabilityCard: true }), otherOccupants: [aChild(), aChild(), aChild()] });
    expect(householdCategory(data, TODAY)).toBe(6);
    expect(extraPersonUnits(data)).toBe(0);
  });
});

describe('persons beyond six and extra-person units (rule 4)', () => {
  const household = (size: number, disability: boolean) =>
    aDemandData({
      coApplicant: aCoApplicant({ disabilityCard: disability }),
      otherOccupants: Array.from({ length: size - 2 }, () => aChild()),
    });

  it('six persons: none beyond six', () => {
    expect(personsBeyondSix(household(6, false))).toBe(0);
    expect(extraPersonUnits(household(6, false))).toBe(0);
  });

  it('six persons with a disability: one extra unit (the disability counts as one more person)', () => {
    expect(personsBeyondSix(household(6, true))).toBe(0);
    expect(extraPersonUnits(household(6, true))).toBe(1);
  });

  it('eight persons with a disability: two beyond six plus one', () => {
    expect(personsBeyondSix(household(8, true))).toBe(2);
    expect(extraPersonUnits(household(8, true))).toBe(3);
    expect(explainHouseholdCategory(household(8, true), TODAY)).toMatchObject({ category: 6, extraPersonUnits: 3 });
  });
});
