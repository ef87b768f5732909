import { ageOn } from '../../../shared/dates';
import type { FactValue } from '../domain/index';

/** What `gridFactsOf` needs of a demand (the demand module's facts have all of it). */
export interface GridFactsInput {
  householdSize: number;
  dependants: number;
  householdCategory: number;
  monthlyResources: number;
  referenceIncome: number;
  applicantBirthDate: string;
  registrationDate: string | undefined;
  dalo: boolean;
  mobilityChecked: boolean;
}

/** The facts grid criteria test, for one demand on the reference date (keys of GRID_FACTS). */
export function gridFactsOf(input: GridFactsInput, referenceDate: string): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {
    householdSize: input.householdSize,
    dependants: input.dependants,
    householdCategory: input.householdCategory,
    monthlyResources: input.monthlyResources,
    referenceIncome: input.referenceIncome,
    applicantAge: ageOn(input.applicantBirthDate, referenceDate),
    dalo: input.dalo,
    mobility: input.mobilityChecked,
  };
  if (input.registrationDate) facts.monthsSinceRegistration = monthsBetween(input.registrationDate, referenceDate);
  return facts;
}

/** Whole months from one date to a later one (0 when not later). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return months > 0 ? months : 0;
}
