import { compareIsoDates, isIsoDate, type IsoDate } from '../../../shared/dates';
import type { FieldError } from '../../../shared/errors';
import type { DemandData } from '../domain/index';

/**
 * Rules that hold even for a draft (completeness is checked at submission): nobody is born in the
 * future, dates are real calendar dates. The request schemas check shapes; these need the day.
 */
export function draftDataErrors(data: DemandData, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const birth = (field: string, value: string | undefined) => {
    if (value === undefined) return;
    if (!isIsoDate(value)) errors.push({ field, message: 'La date de naissance n’est pas une date valide.' });
    else if (compareIsoDates(value, today) > 0) errors.push({ field, message: 'La date de naissance doit être dans le passé.' });
  };
  birth('applicant.birthDate', data.applicant.birthDate);
  birth('coApplicant.birthDate', data.coApplicant?.birthDate);
  data.otherOccupants.forEach((o, i) => birth(`otherOccupants.${i}.birthDate`, o.birthDate));
  return errors;
}
