/**
 * SIREN (9 digits, a company) and SIRET (14 digits, one establishment: SIREN + NIC) checks, used by
 * the demand (declared employer) and the company-space (referential) modules. Both carry a Luhn key;
 * La Poste's establishments (SIREN 356000000) instead have a sum of digits that is a multiple of 5,
 * except its head office (35600000000048), which follows Luhn.
 */
export const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

/** Luhn checksum of a string of digits (the rightmost digit is the check digit). */
export function luhnChecks(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A SIREN: 9 digits with a valid Luhn key — the one SIREN check of the platform (landlords,
 * companies; La Poste's 356000000 has a valid key too). SIRET: `siretIsValid` below.
 */
export const sirenIsValid = (siren: string): boolean => /^\d{9}$/.test(siren) && luhnChecks(siren);

/** A SIRET: 14 digits with a valid Luhn key (La Poste's establishments: sum of digits multiple of 5). */
export function siretIsValid(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE_SIRET) {
    return [...siret].reduce((sum, c) => sum + Number(c), 0) % 5 === 0;
  }
  return luhnChecks(siret);
}
