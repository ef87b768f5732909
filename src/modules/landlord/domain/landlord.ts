import type { FieldError } from '../../../shared/errors';
import { sirenIsValid } from '../../../shared/company-numbers';

/**
 * Landlords (bailleurs sociaux) of the referential: who they are, and whether their own system
 * is connected to the platform's API. Rules are pure functions with French field messages.
 */

export const LANDLORD_KINDS = ['ESH', 'OPH', 'SEM', 'COOP', 'other'] as const;
export type LandlordKind = (typeof LANDLORD_KINDS)[number];

export const LANDLORD_KIND_LABELS: Record<LandlordKind, string> = {
  ESH: 'Entreprise sociale pour l’habitat',
  OPH: 'Office public de l’habitat',
  SEM: 'Société d’économie mixte',
  COOP: 'Coopérative HLM',
  other: 'Autre',
};

/** INSEE codes of the French regions (2016 map, overseas included). */
export const REGION_CODES = ['01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'] as const;

export const REGION_LABELS: Record<string, string> = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': 'Provence-Alpes-Côte d’Azur',
  '94': 'Corse',
};

export const MAX_LANDLORD_NAME_LENGTH = 200;

export interface Landlord {
  id: string;
  /** nine digits, Luhn key */
  siren: string;
  name: string;
  kind: LandlordKind;
  /** INSEE region codes where it has homes */
  regions: string[];
  /** its own system uses the API with client credentials */
  connectedByApi: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type LandlordData = Pick<Landlord, 'siren' | 'name' | 'kind' | 'regions'>;

/** Removes spaces and dots typed in a SIREN (`552 100 554` → `552100554`). */
export function normalizeSiren(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

/** A SIREN: nine digits with a valid Luhn key — the platform's one check (`shared/company-numbers.ts`). */
export const isValidSiren = sirenIsValid;

/** Field errors of a landlord's data (empty when valid). */
export function validateLandlordData(data: Partial<LandlordData>): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof data.siren !== 'string' || data.siren === '') errors.push({ field: 'siren', message: 'SIREN obligatoire' });
  else if (!isValidSiren(data.siren)) errors.push({ field: 'siren', message: 'SIREN invalide (neuf chiffres, clé de contrôle)' });
  if (typeof data.name !== 'string' || data.name.trim() === '') errors.push({ field: 'name', message: 'Raison sociale obligatoire' });
  else if (data.name.length > MAX_LANDLORD_NAME_LENGTH) errors.push({ field: 'name', message: `Raison sociale trop longue (${MAX_LANDLORD_NAME_LENGTH} caractères au plus)` });
  if (data.kind === undefined || !(LANDLORD_KINDS as readonly string[]).includes(data.kind)) {
    errors.push({ field: 'kind', message: `Type de bailleur parmi ${LANDLORD_KINDS.join(', ')}` });
  }
  if (!Array.isArray(data.regions)) errors.push({ field: 'regions', message: 'Liste de régions obligatoire' });
  else {
    data.regions.forEach((r, i) => {
      if (!(REGION_CODES as readonly string[]).includes(r)) errors.push({ field: `regions.${i}`, message: `Code région inconnu : ${r}` });
    });
    if (new Set(data.regions).size !== data.regions.length) errors.push({ field: 'regions', message: 'Région en double' });
  }
  return errors;
}
