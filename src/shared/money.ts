import { memoizedFormat } from './number-format';

/** Amounts are euros as numbers; they are rounded to the cent where they are computed or shown. */
export type Euros = number;
export const roundCents = (amount: Euros): Euros => Math.round(amount * 100) / 100;
// One formatter for the process: building an Intl.NumberFormat per call was a fifth of a search's CPU.
const FR_NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
/** French grouping with a plain space, decimal comma, at most two decimals: `41 200,5`. */
export const formatNumberFr = memoizedFormat((value) => FR_NUMBER.format(value).replace(/\u202f|\u00a0/g, ' '));
const FR_CENTS = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const formatCentsFr = memoizedFormat((value) => FR_CENTS.format(value).replace(/\u202f|\u00a0/g, ' '));
/** An amount in euros: whole euros without decimals (`41 200 €`), otherwise with its cents (`620,50 €`, never `620,5 €`). */
export const formatEuros = (amount: Euros): string => `${Number.isInteger(amount) ? formatNumberFr(amount) : formatCentsFr(amount)} €`;
