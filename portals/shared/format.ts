/** French formats of the portals (fr-FR): euros, dates, surfaces, typologies, counts. */

const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const centEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

/** 620 → « 620 € » ; 712.5 → « 712,50 € » */
export const formatEuros = (amount: number): string => (Number.isInteger(amount) ? wholeEuros : centEuros).format(amount);

export const formatNumber = (value: number): string => number.format(value);

/** A percentage as the API gives it (33.3 for a third) → « 33,3 % » */
export const formatPercent = (pct: number): string => percent.format(pct / 100);

/** « 46 m² » */
export const formatSurface = (m2: number): string => `${number.format(m2)} m²`;

/** 2 → « T2 » */
export const formatTypology = (rooms: number): string => `T${rooms}`;

/** An ISO calendar date (2026-03-31) → « 31 mars 2026 » (read as a calendar date, never shifted by the time zone). */
export function formatDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : longDate.format(d);
}

/** A timestamp → « 6 décembre 2026 à 11:05 » (Paris time). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** « 1 candidature », « 3 candidatures », « aucune candidature » */
export function plural(count: number, one: string, many: string, none?: string): string {
  if (count === 0 && none) return none;
  return `${number.format(count)} ${count > 1 ? many : one}`;
}

const VOWELS = new Set('aeiouàâäéèêëîïôöùûüæœ'.split(''));
/**
 * Same rules as the server (src/adapters/web/kit/french.ts): elision before a vowel; « h » keeps « de »
 * (mute or aspirated is a dictionary matter); « y » elides before a consonant (« d’Yves ») only.
 */
const elides = (word: string): boolean => {
  const [first = '', second = ''] = word.trim().toLowerCase();
  if (first === 'y' || first === 'ÿ') return second !== '' && !VOWELS.has(second);
  return VOWELS.has(first);
};

/** `de Bruno`, `d’Emma`, `d’Amina`, `d’Yves`, `de Yasmine`, `de Hugo`. */
export function deName(name: string): string {
  return elides(name) ? `d’${name.trim()}` : `de ${name.trim()}`;
}
