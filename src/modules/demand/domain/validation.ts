import { ageOn, compareIsoDates, isIsoDate, type IsoDate } from '../../../shared/dates';
import type { FieldError } from '../../../shared/errors';
import type { Adult, DemandData, Employment, MonthlyResource } from './demand-data';
import { missingTaxIncomeError, taxHouseholdMembers } from './resources';

/**
 * What a demand must hold to be submitted. Returns every problem at once, each with the dotted
 * path of its field, so that the form can show them beside the fields.
 */

/** Minimum age of an applicant (and of a co-applicant) on the day of submission. */
export const MIN_APPLICANT_AGE = 16;

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** Whether a string is an INSEE commune code: five digits, or 2A/2B and three digits (Corsica). */
export function isInseeCode(code: string): boolean {
  return INSEE_CODE.test(code);
}

/** SIRET and Luhn checks come from the shared kernel (the company-space module uses the same rules). */
export { luhnChecks as luhnIsValid, siretIsValid } from '../../../shared/company-numbers';
import { siretIsValid } from '../../../shared/company-numbers';

/** A required text is present and not blank. */
function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Birth date checks: a real date, not after `onDate`, and (when given) a minimum age. */
function birthDateErrors(field: string, birthDate: IsoDate | undefined, onDate: IsoDate, minAge?: { years: number; who: string }): FieldError[] {
  if (birthDate === undefined || isBlank(birthDate)) return [{ field, message: 'La date de naissance est obligatoire.' }];
  if (!isIsoDate(birthDate)) return [{ field, message: 'La date de naissance n’est pas une date valide.' }];
  if (compareIsoDates(birthDate, onDate) > 0) return [{ field, message: 'La date de naissance doit être dans le passé.' }];
  if (minAge !== undefined && ageOn(birthDate, onDate) < minAge.years) {
    return [{ field, message: `${minAge.who} doit avoir au moins ${minAge.years} ans.` }];
  }
  return [];
}

/** An INSEE code check for an optional field. */
function inseeErrors(field: string, code: string | undefined): FieldError[] {
  if (code === undefined) return [];
  return isInseeCode(code) ? [] : [{ field, message: 'Code commune INSEE invalide (5 caractères).' }];
}

/** An amount must not be negative. */
function amountErrors(field: string, amount: number | undefined): FieldError[] {
  if (amount === undefined) return [];
  return Number.isFinite(amount) && amount >= 0 ? [] : [{ field, message: 'Le montant ne peut pas être négatif.' }];
}

/** Checks of a list of monthly resources. */
function resourcesErrors(path: string, resources: readonly MonthlyResource[] | undefined): FieldError[] {
  return (resources ?? []).flatMap((r, i) => amountErrors(`${path}.${i}.monthlyAmount`, r.monthlyAmount));
}

/** Checks of an employment: SIRET key and workplace commune. */
function employmentErrors(path: string, employment: Employment | undefined): FieldError[] {
  if (!employment) return [];
  const errors = inseeErrors(`${path}.workplaceCommuneCode`, employment.workplaceCommuneCode);
  if (employment.employerSiret !== undefined && !siretIsValid(employment.employerSiret)) {
    errors.push({ field: `${path}.employerSiret`, message: 'Numéro SIRET invalide (14 chiffres, clé de contrôle).' });
  }
  return errors;
}

/** Checks of an applicant or co-applicant: identity, birth date and age, amounts, employment. */
function adultErrors(path: 'applicant' | 'coApplicant', adult: Adult, onDate: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  if (isBlank(adult.lastName)) errors.push({ field: `${path}.lastName`, message: 'Le nom est obligatoire.' });
  if (isBlank(adult.firstName)) errors.push({ field: `${path}.firstName`, message: 'Le prénom est obligatoire.' });
  const who = path === 'applicant' ? 'Le demandeur' : 'Le co-demandeur';
  errors.push(...birthDateErrors(`${path}.birthDate`, adult.birthDate, onDate, { years: MIN_APPLICANT_AGE, who }));
  errors.push(...resourcesErrors(`${path}.resources`, adult.resources));
  errors.push(...amountErrors(`${path}.alimonyPaid`, adult.alimonyPaid));
  errors.push(...amountErrors(`${path}.taxIncome.amountMinus1`, adult.taxIncome?.amountMinus1));
  errors.push(...amountErrors(`${path}.taxIncome.amountMinus2`, adult.taxIncome?.amountMinus2));
  errors.push(...employmentErrors(`${path}.employment`, adult.employment));
  return errors;
}

/** Checks of the other occupants and of expected births. */
function occupantsErrors(data: DemandData, onDate: IsoDate): FieldError[] {
  const errors = data.otherOccupants.flatMap((o, i) => [
    ...birthDateErrors(`otherOccupants.${i}.birthDate`, o.birthDate, onDate),
    ...resourcesErrors(`otherOccupants.${i}.resources`, o.resources),
    ...amountErrors(`otherOccupants.${i}.taxIncome.amountMinus1`, o.taxIncome?.amountMinus1),
    ...amountErrors(`otherOccupants.${i}.taxIncome.amountMinus2`, o.taxIncome?.amountMinus2),
  ]);
  const births = data.expectedBirths;
  if (births) {
    if (!Number.isInteger(births.count) || births.count < 1) {
      errors.push({ field: 'expectedBirths.count', message: 'Le nombre de naissances attendues doit être au moins 1.' });
    }
    if (!isIsoDate(births.expectedDate)) {
      errors.push({ field: 'expectedBirths.expectedDate', message: 'La date de naissance prévue n’est pas une date valide.' });
    } else if (compareIsoDates(births.expectedDate, onDate) < 0) {
      errors.push({
        field: 'expectedBirths.expectedDate',
        message: 'La naissance prévue est passée : déclarez l’enfant parmi les occupants.',
      });
    }
  }
  return errors;
}

/** Checks of the wishes: at least one valid commune, typologies T1 to T6, amounts. */
function wishesErrors(data: DemandData): FieldError[] {
  const { wishes } = data;
  const errors: FieldError[] = [];
  if (wishes.communeCodes.length === 0) {
    errors.push({ field: 'wishes.communeCodes', message: 'Indiquez au moins une commune souhaitée.' });
  }
  wishes.communeCodes.forEach((code, i) => errors.push(...inseeErrors(`wishes.communeCodes.${i}`, code)));
  wishes.typologies.forEach((t, i) => {
    if (!Number.isInteger(t) || t < 1 || t > 6) {
      errors.push({ field: `wishes.typologies.${i}`, message: 'La typologie doit être comprise entre T1 et T6.' });
    }
  });
  errors.push(...amountErrors('wishes.maxRent', wishes.maxRent));
  return errors;
}

/**
 * Every problem that prevents submitting the demand on `onDate`: applicant identity, birth date in
 * the past and age ≥ 16, at least one reason and one wished commune, the N−2 revenu fiscal de
 * référence of each person with their own tax notice (N = year of `onDate`), INSEE codes, SIRET
 * keys, and no negative amount. An empty list means the demand can be submitted.
 */
export function validateDemandForSubmission(data: DemandData, onDate: IsoDate): FieldError[] {
  const errors: FieldError[] = [...adultErrors('applicant', data.applicant, onDate)];
  const address = data.applicant.address;
  if (address && !address.abroad) errors.push(...inseeErrors('applicant.address.communeCode', address.communeCode));
  if (data.coApplicant) errors.push(...adultErrors('coApplicant', data.coApplicant, onDate));
  errors.push(...occupantsErrors(data, onDate));

  const checkYear = Number(onDate.slice(0, 4));
  for (const member of taxHouseholdMembers(data, checkYear)) {
    const missing = missingTaxIncomeError(member, checkYear);
    if (missing) errors.push(missing);
  }

  if (data.reasons.length === 0) errors.push({ field: 'reasons', message: 'Indiquez au moins un motif de la demande.' });
  errors.push(...wishesErrors(data));
  errors.push(...amountErrors('currentHousing.monthlyRent', data.currentHousing?.monthlyRent));
  errors.push(...amountErrors('expectedHousingBenefit', data.expectedHousingBenefit));
  errors.push(...inseeErrors('mobility.fromCommuneCode', data.mobility?.fromCommuneCode));
  errors.push(...inseeErrors('mobility.toCommuneCode', data.mobility?.toCommuneCode));
  return errors;
}
