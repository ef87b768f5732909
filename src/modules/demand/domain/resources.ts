import { ageOn } from '../../../shared/dates';
import type { FieldError } from '../../../shared/errors';
import { roundCents, type Euros } from '../../../shared/money';
import type { DemandData, MonthlyResource, TaxIncome } from './demand-data';
import { ADULT_AGE } from './household';

/**
 * Resources rules: the household's monthly resources (effort rate, scoring) and the reference
 * income compared to the income ceilings (eligibility.md §1).
 */

/** Share by which the N−1 income must fall below the N−2 income for N−1 to be used: 10 %. */
export const REFERENCE_INCOME_DROP_PERCENT = 10;

/** Sum of a list of monthly resources. */
function sumResources(resources: readonly MonthlyResource[] | undefined): Euros {
  return (resources ?? []).reduce((total, r) => total + r.monthlyAmount, 0);
}

/**
 * Household monthly resources: every resource of the applicant, the co-applicant and the other
 * occupants, minus the alimony the applicants pay out; never below 0, rounded to the cent.
 */
export function monthlyResources(data: DemandData): Euros {
  const received =
    sumResources(data.applicant.resources) + sumResources(data.coApplicant?.resources) + data.otherOccupants.reduce((total, o) => total + sumResources(o.resources), 0);
  const paid = (data.applicant.alimonyPaid ?? 0) + (data.coApplicant?.alimonyPaid ?? 0);
  return roundCents(Math.max(0, received - paid));
}

/** One person whose revenu fiscal de référence counts in the reference income. */
export interface TaxHouseholdMember {
  /** dotted path of the person in the demand data: `applicant`, `coApplicant`, `otherOccupants.2` */
  path: string;
  taxIncome: TaxIncome | undefined;
}

/**
 * Persons whose own tax notice counts in the reference income: the applicant, the co-applicant,
 * and every other occupant who has a tax notice, or who is a non-dependant adult on 1 January of
 * `checkYear` (such a person files their own return, so their notice is expected). Dependants
 * without a notice are on an applicant's notice and are not listed.
 */
export function taxHouseholdMembers(data: DemandData, checkYear: number): TaxHouseholdMember[] {
  const members: TaxHouseholdMember[] = [{ path: 'applicant', taxIncome: data.applicant.taxIncome }];
  if (data.coApplicant) members.push({ path: 'coApplicant', taxIncome: data.coApplicant.taxIncome });
  const firstOfYear = `${checkYear}-01-01`;
  data.otherOccupants.forEach((o, i) => {
    const ownNoticeExpected = !o.dependant && ageOn(o.birthDate, firstOfYear) >= ADULT_AGE;
    if (o.taxIncome || ownNoticeExpected) members.push({ path: `otherOccupants.${i}`, taxIncome: o.taxIncome });
  });
  return members;
}

/**
 * The revenu fiscal de référence of a given income year, read from whichever slot holds that
 * year (a demand updated last year has this year's N−2 in its `yearMinus1` slot); undefined when
 * the year is not there.
 */
export function taxIncomeOfYear(taxIncome: TaxIncome | undefined, year: number): Euros | undefined {
  if (!taxIncome) return undefined;
  if (taxIncome.yearMinus2 === year && taxIncome.amountMinus2 !== undefined) return taxIncome.amountMinus2;
  if (taxIncome.yearMinus1 === year && taxIncome.amountMinus1 !== undefined) return taxIncome.amountMinus1;
  return undefined;
}

/**
 * Why a person's N−2 income is missing, as a field error (path and French message), or
 * undefined when it is there.
 */
export function missingTaxIncomeError(member: TaxHouseholdMember, checkYear: number): FieldError | undefined {
  const year = checkYear - 2;
  if (taxIncomeOfYear(member.taxIncome, year) !== undefined) return undefined;
  const ti = member.taxIncome;
  if (!ti || (ti.yearMinus2 === undefined && ti.amountMinus2 === undefined)) {
    return { field: `${member.path}.taxIncome.amountMinus2`, message: `Revenu fiscal de référence ${year} manquant.` };
  }
  if (ti.yearMinus2 !== year) {
    const given = ti.yearMinus2 === undefined ? 'année non précisée' : `revenus ${ti.yearMinus2} fournis`;
    return {
      field: `${member.path}.taxIncome.yearMinus2`,
      message: `L'avis d'imposition doit porter sur les revenus ${year} (${given}).`,
    };
  }
  return { field: `${member.path}.taxIncome.amountMinus2`, message: `Montant du revenu fiscal de référence ${year} manquant.` };
}

/** The reference income of a household for a year of check, with how it was obtained. */
export interface ReferenceIncome {
  /** the income compared to the ceiling; a partial sum (never decide on it) when `missing` is not empty */
  amount: Euros;
  /** income year used: N−2, or N−1 when it is at least 10 % lower */
  yearUsed: number;
  basis: 'N-2' | 'N-1';
  /** field paths of the figures that are missing or of the wrong year */
  missing: string[];
  /** the same, with a French message for each */
  issues: FieldError[];
  /** household total of year N−2 (of the persons whose N−2 is known) */
  totalMinus2: Euros;
  /** household total of year N−1, when it is known for every person who has an N−2 */
  totalMinus1?: Euros;
}

/** Whether `lower` is at least 10 % below `base`, computed in whole cents so that "exactly 10 %" is exact. */
export function isAtLeastTenPercentLower(lower: Euros, base: Euros): boolean {
  const lowerCents = Math.round(lower * 100);
  const baseCents = Math.round(base * 100);
  if (baseCents <= 0) return false;
  return lowerCents * 100 <= baseCents * (100 - REFERENCE_INCOME_DROP_PERCENT);
}

/**
 * Reference income per eligibility.md §1, N being `checkYear`: the sum of the revenu fiscal de
 * référence of year N−2 of every person with their own tax notice; the N−1 sum is used instead
 * when it is at least 10 % lower, which is only decided when N−1 is known for everybody who has
 * an N−2. Tax years are checked against N: a figure of another year is reported as missing.
 */
export function referenceIncome(data: DemandData, checkYear: number): ReferenceIncome {
  const yearMinus2 = checkYear - 2;
  const yearMinus1 = checkYear - 1;
  const members = taxHouseholdMembers(data, checkYear);

  const issues: FieldError[] = [];
  let totalMinus2 = 0;
  let totalMinus1: number | undefined = 0;
  let counted = 0;
  for (const member of members) {
    const issue = missingTaxIncomeError(member, checkYear);
    if (issue) {
      issues.push(issue);
      continue;
    }
    counted += 1;
    totalMinus2 += taxIncomeOfYear(member.taxIncome, yearMinus2)!;
    const minus1 = taxIncomeOfYear(member.taxIncome, yearMinus1);
    totalMinus1 = minus1 === undefined || totalMinus1 === undefined ? undefined : totalMinus1 + minus1;
  }
  if (counted === 0) totalMinus1 = undefined;

  const base = {
    missing: issues.map((i) => i.field),
    issues,
    totalMinus2: roundCents(totalMinus2),
    ...(totalMinus1 === undefined ? {} : { totalMinus1: roundCents(totalMinus1) }),
  };
  if (totalMinus1 !== undefined && isAtLeastTenPercentLower(totalMinus1, totalMinus2)) {
    return { amount: roundCents(totalMinus1), yearUsed: yearMinus1, basis: 'N-1', ...base };
  }
  return { amount: roundCents(totalMinus2), yearUsed: yearMinus2, basis: 'N-2', ...base };
}
