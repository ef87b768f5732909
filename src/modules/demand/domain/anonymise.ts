import type { IsoDate } from '../../../shared/dates';
import type { Euros } from '../../../shared/money';
import type { Adult, DemandData, MonthlyResource, OtherOccupant } from './demand-data';

/**
 * Anonymisation of a demand's content (GDPR: retention period over, or the applicant's erasure).
 * What identifies or describes the person goes: names, contact, street, birth days and months,
 * employer's name and profession, free texts, the detail of resources (whose codes may reveal
 * health: AAH, invalidity pension) and the disability flags. What the platform's statistics need
 * stays, detached from anyone: communes (address, wishes, mobility), household composition
 * (kinship, dependants, shared custody), year of birth, total monthly resources per person,
 * reference tax incomes, reasons (codes), DALO, the employer's SIRET (a company, not a person).
 */

/** The name put in place of every erased first and last name. */
export const ANONYMISED_NAME = 'Anonyme';

/** A birth date reduced to its year (1 January): age classes stay computable, the person does not. */
export const birthYearOnly = (date: IsoDate): IsoDate => `${date.slice(0, 4)}-01-01` as IsoDate;

/** The resources of a person as one total (code AUT): the level stays, the detail goes. */
function totalOnly(resources: readonly MonthlyResource[] | undefined): MonthlyResource[] {
  const total = (resources ?? []).reduce((sum, r) => sum + r.monthlyAmount, 0);
  return total > 0 ? [{ code: 'AUT', monthlyAmount: (Math.round(total * 100) / 100) as Euros }] : [];
}

function anonymiseAdult<A extends Adult>(adult: A): A {
  const { email: _e, phone: _p, disabilityCard: _d, civility: _c, nationality: _n, employment, ...rest } = adult;
  const kept = employment
    ? {
        ...(employment.employerSiret ? { employerSiret: employment.employerSiret } : {}),
        ...(employment.contractType ? { contractType: employment.contractType } : {}),
        ...(employment.workplaceCommuneCode ? { workplaceCommuneCode: employment.workplaceCommuneCode } : {}),
      }
    : undefined;
  return {
    ...rest,
    lastName: ANONYMISED_NAME,
    firstName: ANONYMISED_NAME,
    birthDate: birthYearOnly(adult.birthDate),
    resources: totalOnly(adult.resources),
    ...(kept && Object.keys(kept).length > 0 ? { employment: kept } : {}),
  } as A;
}

function anonymiseOccupant(o: OtherOccupant): OtherOccupant {
  return {
    birthDate: birthYearOnly(o.birthDate),
    kinship: o.kinship,
    dependant: o.dependant,
    ...(o.sharedCustody !== undefined ? { sharedCustody: o.sharedCustody } : {}),
    ...(o.taxIncome ? { taxIncome: o.taxIncome } : {}),
    ...(o.resources ? { resources: totalOnly(o.resources) } : {}),
  };
}

/** The anonymised content of a demand (pure; applying it twice gives the same result). */
export function anonymiseDemandData(data: DemandData): DemandData {
  const { address, ...applicant } = data.applicant;
  const result: DemandData = {
    applicant: {
      ...anonymiseAdult(applicant),
      ...(address ? { address: { line: '', postalCode: address.postalCode, communeCode: address.communeCode, ...(address.abroad ? { abroad: true } : {}) } } : {}),
    },
    otherOccupants: data.otherOccupants.map(anonymiseOccupant),
    reasons: [...data.reasons],
    wishes: { ...data.wishes },
  };
  if (data.coApplicant) result.coApplicant = anonymiseAdult(data.coApplicant);
  if (data.expectedBirths) result.expectedBirths = { count: data.expectedBirths.count, expectedDate: birthYearOnly(data.expectedBirths.expectedDate) };
  if (data.currentHousing) result.currentHousing = { ...data.currentHousing };
  if (data.mobility) {
    const { date: _date, ...mobility } = data.mobility;
    result.mobility = mobility;
  }
  if (data.expectedHousingBenefit !== undefined) result.expectedHousingBenefit = data.expectedHousingBenefit;
  if (data.calHistory) result.calHistory = { ...data.calHistory };
  if (data.dalo !== undefined) result.dalo = data.dalo;
  return result;
}
