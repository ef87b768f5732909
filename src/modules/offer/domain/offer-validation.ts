import { compareIsoDates, isIsoDate, type IsoDate } from '../../../shared/dates';
import type { FieldError } from '../../../shared/errors';
import type { Euros } from '../../../shared/money';
import { FINANCINGS, type Financing } from './ceilings';
import { offerError } from '../offer.errors';
import { isValidInseeCode } from './zone';

/** Energy performance classes (DPE). */
export const ENERGY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type EnergyClass = (typeof ENERGY_CLASSES)[number];

/** Typologies T1..T6 the platform handles. */
export const MIN_TYPOLOGY = 1;
export const MAX_TYPOLOGY = 6;

/** Lengths of free texts. */
export const MAX_ADDRESS_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 5000;
/** A floor number beyond this is a typing error. */
export const MAX_FLOOR = 100;

/** What a landlord states about a home it offers. */
export interface OfferData {
  /** street address: number, street, building */
  addressLine: string;
  /** five digits */
  postalCode: string;
  /** INSEE code of the commune (not the postal code) */
  communeCode: string;
  /** T1..T6 */
  typology: number;
  /** main rooms, kitchen excluded */
  mainRooms: number;
  /** living surface, m² */
  surface: number;
  /** 0 for the ground floor */
  floor: number;
  elevator: boolean;
  /** accessible to a person with reduced mobility */
  accessible: boolean;
  energyClass: EnergyClass;
  /** € per month, excluding charges */
  rent: Euros;
  /** service charges, € per month */
  charges: Euros;
  financing: Financing;
  /** from when the home can be let */
  availableFrom: IsoDate;
  /** last day (inclusive) of candidacies */
  closingDate: IsoDate;
  description?: string;
}

/** Options of the validation. */
export interface OfferValidationOptions {
  /** a referential of communes, when the caller has one: refuses well-formed codes that do not exist */
  isKnownCommune?: (communeCode: string) => boolean;
}

/**
 * Field errors of an offer's data (empty when it is valid), with dotted field paths and French
 * messages. `today` is the day of the check: the closing date must not be before it (candidacies
 * stay open up to the closing date inclusive, and publication happens today at the earliest).
 * Takes a partial object so that incomplete input reports each missing field.
 */
export function validateOfferData(data: Partial<OfferData>, today: IsoDate, options: OfferValidationOptions = {}): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });

  if (!nonBlank(data.addressLine)) add('addressLine', 'Adresse obligatoire');
  else if (data.addressLine.length > MAX_ADDRESS_LENGTH) add('addressLine', `Adresse trop longue (${MAX_ADDRESS_LENGTH} caractères au plus)`);

  if (!nonBlank(data.postalCode)) add('postalCode', 'Code postal obligatoire');
  else if (!/^\d{5}$/.test(data.postalCode)) add('postalCode', 'Le code postal doit compter cinq chiffres');

  if (!nonBlank(data.communeCode)) add('communeCode', 'Code commune INSEE obligatoire');
  else if (!isValidInseeCode(data.communeCode)) add('communeCode', 'Code commune INSEE invalide');
  else if (options.isKnownCommune && !options.isKnownCommune(data.communeCode)) add('communeCode', 'Commune inconnue');

  if (data.typology === undefined) add('typology', 'Typologie obligatoire');
  else if (!isIntegerBetween(data.typology, MIN_TYPOLOGY, MAX_TYPOLOGY)) add('typology', `Typologie de T${MIN_TYPOLOGY} à T${MAX_TYPOLOGY}`);

  if (data.mainRooms === undefined) add('mainRooms', 'Nombre de pièces principales obligatoire');
  else if (!isIntegerBetween(data.mainRooms, 1, Number.MAX_SAFE_INTEGER)) add('mainRooms', 'Au moins une pièce principale (nombre entier)');

  if (data.surface === undefined) add('surface', 'Surface habitable obligatoire');
  else if (!isFiniteNumber(data.surface) || data.surface <= 0) add('surface', 'La surface habitable doit être positive');

  if (data.floor === undefined) add('floor', 'Étage obligatoire');
  else if (!isIntegerBetween(data.floor, 0, MAX_FLOOR)) add('floor', `Étage entier de 0 (rez-de-chaussée) à ${MAX_FLOOR}`);

  if (typeof data.elevator !== 'boolean') add('elevator', 'Préciser la présence d’un ascenseur');
  if (typeof data.accessible !== 'boolean') add('accessible', 'Préciser l’accessibilité');

  if (data.energyClass === undefined) add('energyClass', 'Classe énergie obligatoire');
  else if (!(ENERGY_CLASSES as readonly string[]).includes(data.energyClass)) add('energyClass', 'Classe énergie de A à G');

  checkAmount(data.rent, 'rent', 'Loyer', add);
  checkAmount(data.charges, 'charges', 'Charges', add);

  if (data.financing === undefined) add('financing', 'Financement obligatoire');
  else if (!(FINANCINGS as readonly string[]).includes(data.financing)) add('financing', `Financement parmi ${FINANCINGS.join(', ')}`);

  if (!nonBlank(data.availableFrom)) add('availableFrom', 'Date de disponibilité obligatoire');
  else if (!isIsoDate(data.availableFrom)) add('availableFrom', 'Date de disponibilité invalide (AAAA-MM-JJ)');

  if (!nonBlank(data.closingDate)) add('closingDate', 'Date de clôture obligatoire');
  else if (!isIsoDate(data.closingDate)) add('closingDate', 'Date de clôture invalide (AAAA-MM-JJ)');
  else if (compareIsoDates(data.closingDate, today) < 0) add('closingDate', 'La date de clôture est passée');

  if (data.description !== undefined && typeof data.description !== 'string') add('description', 'Description invalide');
  else if (data.description !== undefined && data.description.length > MAX_DESCRIPTION_LENGTH) {
    add('description', `Description trop longue (${MAX_DESCRIPTION_LENGTH} caractères au plus)`);
  }

  return errors;
}

/** An amount of euros per month: a finite number ≥ 0, in whole cents. */
function checkAmount(value: unknown, field: string, label: string, add: (field: string, message: string) => void): void {
  if (value === undefined) add(field, `${label} obligatoire`);
  else if (!isFiniteNumber(value)) add(field, `${label} : montant invalide`);
  else if (value < 0) add(field, `${label} : le montant ne peut pas être négatif`);
  else if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) add(field, `${label} : au centime près`);
}

function nonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isIntegerBetween(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Throws an `invalid` `OFFER.INVALID_DATA` error carrying the field errors, when there are any. */
export function assertValidOfferData(data: Partial<OfferData>, today: IsoDate, options: OfferValidationOptions = {}): asserts data is OfferData {
  const fields = validateOfferData(data, today, options);
  if (fields.length > 0) throw offerError.invalidData(fields);
}
