import type { IsoDate } from '../../../shared/dates';
import { memoizedFormat } from '../../../shared/number-format';

/**
 * French wording of the figures in a score's breakdown (fr-FR, as `Intl` writes them: a narrow
 * no-break space between thousands and before "%", a no-break space before "€", a decimal comma;
 * dates DD/MM/YYYY). Formatters are built once and remember what they wrote: a breakdown's facts
 * are worded only when read, but a ranking page reads hundreds of them.
 */

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const EUROS_CENTS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT_2 = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT_1 = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** A number in French: `2 300`, `31,5` (at most two decimals). */
export const frNumber = memoizedFormat((value) => NUMBER.format(value));

/** An amount in euros: whole euros without decimals (`2 300 €`), otherwise with its cents (`620,50 €`). */
export const frEuros = memoizedFormat((value) => (Number.isInteger(value) ? EUROS : EUROS_CENTS).format(value));

/** A rate given in percent (30.4347 for 30.43 %), with two decimals: `30,43 %`. */
export const frPercent2 = memoizedFormat((percent) => PERCENT_2.format(percent / 100));

/** A rate given in percent (31.8 for 31.8 %), with at most one decimal: `31,8 %`, `40 %`. */
export const frPercent1 = memoizedFormat((percent) => PERCENT_1.format(percent / 100));

/** A calendar date in French: `2026-03-01` → `01/03/2026`. */
export function frDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
