/**
 * French formats of the server-rendered portals (back office /admin, company portal /entreprise)
 * and of the e-mails: one function per kind of value, so that a date, an amount or a count reads
 * the same on every page and in every mail. Absent values read « — » (a mail leaves them out).
 */
import { formatEuros, formatNumberFr } from '../../../shared/money';

const NONE = '—';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' });
const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
const INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A calendar date `2026-03-31` (or the day of an ISO instant, as written) → `31/03/2026`; any other text as it is. */
export function frDate(iso: string | null | undefined): string {
  if (!iso) return NONE;
  const m = ISO_DAY.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The day of an instant in Paris → `31/03/2026`. */
export const frDay = (at: Date | null | undefined): string => (at ? PARIS_DAY.format(at) : NONE);

/** An instant in Paris time → `31/03/2026 14:05`. */
export const frDateTime = (at: Date | string | null | undefined): string => (at ? PARIS_DATE_TIME.format(new Date(at)) : NONE);

/** An instant in Paris time, inside a sentence → `15/03/2026 à 14:05` ('' when it is not an instant). */
export function frDateTimeAt(at: Date | string | null | undefined): string {
  const instant = at ? new Date(at) : null;
  if (!instant || Number.isNaN(instant.getTime())) return '';
  return `${PARIS_DAY.format(instant)} à ${PARIS_TIME.format(instant)}`;
}

/** An amount in euros, the project's money format → `41 200 €`, `41 200,50 €` (plain spaces; cents shown when there are any). */
export const euros = (amount: number | null | undefined): string => (amount === null || amount === undefined ? NONE : formatEuros(amount));

/** A number, the project's number format → `41 200,5` (plain spaces, at most two decimals). */
export const frNumber = (value: number): string => formatNumberFr(value);

/** A whole figure in French typography (narrow no-break space) → `1 838`: the dashboard's figures and charts. */
export const frInteger = (value: number): string => INTEGER.format(value);

/** A figure with at most one decimal in French typography → `12,5`. */
export const frOneDecimal = (value: number): string => ONE_DECIMAL.format(value);

/** A file's size → `850 o`, `12 Ko`, `1,5 Mo`. */
export const fileSize = (bytes: number): string =>
  bytes < 1024 ? `${bytes} o` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} Ko` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;

/** A typology as people read it: `2` → `T2` (a text such as `studio` as it is). */
export const typologyLabel = (t: string | number): string => (/^\d+$/.test(String(t)) ? `T${t}` : String(t));

/** A rate given in percent, at most one decimal → `31,8 %`: the scoring module's own wording of its rates, so that a page and a score's breakdown agree. */
export { frPercent1 } from '../../../modules/scoring/index';
