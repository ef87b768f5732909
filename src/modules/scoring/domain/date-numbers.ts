import type { IsoDate } from '../../../shared/dates';

/**
 * Allocation-free readings of ISO dates for the ranking's hot path. They assume well-formed
 * `YYYY-MM-DD` strings (the engine checks the reference date; candidates' dates come validated
 * from their modules) and agree with the shared `dates` helpers on those.
 */

const ZERO = 48;

/** The date as the number YYYYMMDD: same order as the ISO strings, compared as numbers. */
export function isoDateNumber(date: IsoDate): number {
  return (
    (date.charCodeAt(0) - ZERO) * 10_000_000 +
    (date.charCodeAt(1) - ZERO) * 1_000_000 +
    (date.charCodeAt(2) - ZERO) * 100_000 +
    (date.charCodeAt(3) - ZERO) * 10_000 +
    (date.charCodeAt(5) - ZERO) * 1_000 +
    (date.charCodeAt(6) - ZERO) * 100 +
    (date.charCodeAt(8) - ZERO) * 10 +
    (date.charCodeAt(9) - ZERO)
  );
}

/** Whole years between a birth date and a date: the same result as the shared `ageOn`, without splitting strings. */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  const birth = isoDateNumber(birthDate);
  const ref = isoDateNumber(on);
  const years = Math.trunc(ref / 10_000) - Math.trunc(birth / 10_000);
  return ref % 10_000 < birth % 10_000 ? years - 1 : years;
}

/** A percentage with two decimals, e.g. "30.43", "35.00", "-5.20" (integer arithmetic: cheap to format). */
export function formatPercent2(value: number): string {
  const hundredths = Math.round(Math.abs(value) * 100);
  const fraction = hundredths % 100;
  const whole = (hundredths - fraction) / 100;
  const sign = value < 0 && hundredths !== 0 ? '-' : '';
  return `${sign}${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}
