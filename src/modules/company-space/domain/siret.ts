/**
 * SIREN (9 digits, the company) and SIRET (14 digits, one establishment: SIREN + NIC) checks.
 * Both carry a Luhn key; La Poste's establishments (SIREN 356000000) instead have a sum of digits
 * that is a multiple of 5, except its head office (35600000000048), which follows Luhn.
 */

import { luhnChecks, sirenIsValid, siretIsValid } from '../../../shared/company-numbers';

export { luhnChecks };

/** Spaces and dots are common in typed numbers ("552 100 554 00015"): they are removed. */
export const normalizeCompanyNumber = (value: string): string => value.replace(/[\s.\u00a0\u202f-]/g, '');

/** A SIREN: 9 digits with a valid Luhn key (the shared kernel's one check, under this module's name). */
export const sirenCheck = sirenIsValid;

/** A SIRET: 14 digits with a valid Luhn key, La Poste's establishments aside (the shared kernel's one check). */
export const siretCheck = siretIsValid;

/** The SIREN of an establishment: its first nine digits. */
export const sirenOf = (siret: string): string => siret.slice(0, 9);
