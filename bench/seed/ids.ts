import type { Prng } from '../lib/prng';

/** Luhn check digit making `digits + check` valid. */
export function luhnDigit(digits: string): number {
  let sum = 0;
  // the check digit will be at position 0 from the right: the payload's rightmost digit is doubled
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const LA_POSTE = '356000000';

/** A Luhn-valid SIREN, unique within `taken`. */
export function siren(rng: Prng, taken: Set<string>): string {
  for (;;) {
    const body = String(rng.int(10_000_000, 99_999_999));
    const s = `${body}${luhnDigit(body)}`;
    if (s !== LA_POSTE && !taken.has(s)) {
      taken.add(s);
      return s;
    }
  }
}

/** A Luhn-valid SIRET of the SIREN, unique within `taken`. */
export function siret(rng: Prng, sirenValue: string, taken: Set<string>): string {
  for (;;) {
    const body = `${sirenValue}${String(rng.int(1, 9999)).padStart(4, '0')}`;
    const s = `${body}${luhnDigit(body)}`;
    if (!taken.has(s)) {
      taken.add(s);
      return s;
    }
  }
}

/** Day numbers (days since 1970-01-01, UTC) and ISO dates. */
export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** An instant on a day, at a working hour drawn from the generator. */
export const instantOn = (rng: Prng, day: number): Date => new Date(day * 86_400_000 + rng.int(7 * 3600, 19 * 3600) * 1000 + rng.int(0, 999));
