import { addMonths, addYears, type IsoDate } from '../../../shared/dates';
import type { Adult, CoApplicant, DemandData, OtherOccupant } from '../domain/demand-data';
import type { Demand } from '../domain/demand-lifecycle';
import type { SupportingDocument } from '../domain/documents';

/** Builders of test data for the demand domain. Dates are relative to a fixed day. */

/** The reference day of the tests. */
export const TODAY: IsoDate = '2026-03-15';
/** The year of check N of the tests (income years N−2 = 2024, N−1 = 2025). */
export const CHECK_YEAR = 2026;
/** A Luhn-valid SIRET. */
export const VALID_SIRET = '44306184100047';
/** A well-formed registration number (NUR). */
export const REGISTRATION_NUMBER = '1110318016982G1104';

/** A birth date giving `age` full years on `on`, a few months past the birthday. */
export function birthDateForAge(age: number, on: IsoDate = TODAY): IsoDate {
  return addMonths(addYears(on, -age), -3);
}

/** An adult, 35 years old, salaried, with tax incomes of 2024 and 2025. */
export function anAdult(overrides: Partial<Adult> = {}): Adult {
  return {
    civility: '2',
    lastName: 'Martin',
    firstName: 'Claire',
    birthDate: birthDateForAge(35),
    nationality: '1',
    familySituation: 'C',
    employment: { contractType: 'CDI', employerName: 'Acme', employerSiret: VALID_SIRET, workplaceCommuneCode: '69386' },
    resources: [{ code: 'SAL', monthlyAmount: 2000 }],
    taxIncome: { yearMinus1: 2025, amountMinus1: 24000, yearMinus2: 2024, amountMinus2: 23000 },
    ...overrides,
  };
}

/** A co-applicant, the applicant's spouse by default. */
export function aCoApplicant(overrides: Partial<CoApplicant> = {}): CoApplicant {
  return { ...anAdult({ firstName: 'Paul', civility: '1' }), link: 'M', ...overrides };
}

/** A dependant child, 8 years old. */
export function aChild(overrides: Partial<OtherOccupant> = {}): OtherOccupant {
  return { firstName: 'Léa', birthDate: birthDateForAge(8), kinship: 'E', dependant: true, ...overrides };
}

/** Demand data that passes submission on TODAY: one person alone in Lyon. */
export function aDemandData(overrides: Partial<DemandData> = {}): DemandData {
  return {
    applicant: { ...anAdult(), address: { line: '1 rue de la République', postalCode: '69001', communeCode: '69381' } },
    otherOccupants: [],
    reasons: ['work_closer'],
    wishes: { communeCodes: ['69386'], typologies: [2] },
    currentHousing: { kind: 'LP', monthlyRent: 650 },
    ...overrides,
  };
}

/** A draft demand typed on the platform. */
export function aDemand(overrides: Partial<Demand> = {}): Demand {
  return {
    id: 'demand-1',
    ownerAccountId: 'account-1',
    status: 'draft',
    data: aDemandData(),
    source: 'platform',
    createdAt: new Date('2026-01-10T09:00:00Z'),
    history: [],
    ...overrides,
  };
}

/** An active demand registered on `registrationDate`, due for renewal a year later. */
export function anActiveDemand(registrationDate: IsoDate = '2025-06-10', overrides: Partial<Demand> = {}): Demand {
  return aDemand({
    status: 'active',
    registrationNumber: REGISTRATION_NUMBER,
    registrationDate,
    renewalDueDate: addYears(registrationDate, 1),
    ...overrides,
  });
}

/** An uploaded supporting document. */
export function aDocument(overrides: Partial<SupportingDocument> = {}): SupportingDocument {
  return {
    id: 'doc-1',
    demandId: 'demand-1',
    type: 'identity',
    person: 'applicant',
    status: 'uploaded',
    fileName: 'cni.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 120_000,
    storageKey: 'docs/doc-1',
    uploadedAt: new Date('2026-03-01T10:00:00Z'),
    history: [],
    ...overrides,
  };
}

/** Runs `fn` and returns what it threw (fails loudly when it throws nothing). */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
