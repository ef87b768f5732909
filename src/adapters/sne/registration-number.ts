import type { IsoDate } from '../../shared/dates';

/**
 * Registration numbers ("numéro unique": NUR in Île-de-France, NUD elsewhere) are 18
 * characters. The real sample `1110318016982G1104` (registered on 2018-03-15, in Paris) reads,
 * and the simulator writes, as:
 *
 *   111     0318   016982     G        1104
 *   │       │      │          │        └ registration counter (guichet) code, 4 digits
 *   │       │      │          └ control letter A–Z
 *   │       │      └ sequence within the territory and month, 6 digits from 000001
 *   │       └ month and year of registration, MMYY
 *   └ territory, 3 characters: `111` for the Île-de-France regional file (region 11), otherwise
 *     the département on 3 characters (`013`, `059`, `02A`, `974`)
 *
 * The real control key is not public: the simulator's letter is its own checksum (weighted
 * sum of the 13 first characters modulo 26), so the adapter only checks the shape of a number
 * (18 digits or capital letters), never its letter.
 */

const NUMBER_SHAPE = /^[0-9A-Z]{18}$/;

/** Île-de-France départements: one regional file (NUR). */
const ILE_DE_FRANCE = new Set(['75', '77', '78', '91', '92', '93', '94', '95']);
export const ILE_DE_FRANCE_TERRITORY = '111';

export function isRegistrationNumber(value: string): boolean {
  return NUMBER_SHAPE.test(value);
}

/** What a person may type: spaces, dashes and lower case are tolerated. */
export function normalizeRegistrationNumber(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/** The territory of a commune's INSEE code, or undefined when the code is not one. */
export function territoryOfCommune(communeCode: string | undefined): string | undefined {
  if (!communeCode || !/^(\d{5}|2[AB]\d{3})$/.test(communeCode)) return undefined;
  const dept = communeCode.slice(0, 2);
  if (ILE_DE_FRANCE.has(dept)) return ILE_DE_FRANCE_TERRITORY;
  if (dept === '97') return communeCode.slice(0, 3);
  return `0${dept}`;
}

function charValue(c: string): number {
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A = 10 … Z = 35
}

/** The simulator's control letter of the 13 first characters. */
export function controlLetter(first13: string): string {
  let sum = 0;
  for (let i = 0; i < first13.length; i += 1) sum += charValue(first13[i] as string) * (i + 1);
  return String.fromCharCode(65 + (sum % 26));
}

export interface RegistrationNumberParts {
  territory: string;
  registrationDate: IsoDate;
  sequence: number;
  counterCode: string;
}

export function formatRegistrationNumber(parts: RegistrationNumberParts): string {
  const { territory, registrationDate, sequence, counterCode } = parts;
  if (!/^[0-9]{2}[0-9AB]$/.test(territory)) throw new RangeError(`territory must be 3 characters: ${territory}`);
  if (!/^\d{4}$/.test(counterCode)) throw new RangeError(`counter code must be 4 digits: ${counterCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`sequence out of range: ${sequence}`);
  const [year, month] = registrationDate.split('-') as [string, string];
  const first13 = `${territory}${month}${year.slice(2)}${String(sequence).padStart(6, '0')}`;
  return `${first13}${controlLetter(first13)}${counterCode}`;
}

/** The parts a number shows (the letter is not checked). */
export function describeRegistrationNumber(number: string): { territory: string; month: string; year2: string; sequence: number; letter: string; counterCode: string } | undefined {
  if (!isRegistrationNumber(number)) return undefined;
  return {
    territory: number.slice(0, 3),
    month: number.slice(3, 5),
    year2: number.slice(5, 7),
    sequence: Number(number.slice(7, 13)),
    letter: number.slice(13, 14),
    counterCode: number.slice(14, 18),
  };
}

/** The calendar date in France, where the registry dates its demands (Europe/Paris). */
export function registryDate(instant: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
