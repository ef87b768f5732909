/**
 * French typography of the server-rendered portals: real plurals (never « logement(s) ») and the
 * elision of « de » before a vowel (« Demande d’Emma », with the typographic apostrophe).
 */

/** `1 logement`, `2 logements`, `0 logement` (French: 0 and 1 are singular). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${new Intl.NumberFormat('fr-FR').format(count)} ${Math.abs(count) < 2 ? singular : pluralForm}`;
}

/** The word alone, by count: `candidature` / `candidatures`. */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return Math.abs(count) < 2 ? singular : pluralForm;
}

const VOWELS = new Set('aeiouyàâäéèêëîïôöùûüÿæœh'.split(''));
/** Mute or aspirated « h » is a dictionary matter: before a name with « h » the project writes « de ». */
const elides = (word: string): boolean => {
  const first = word.trim().charAt(0).toLowerCase();
  return first !== '' && first !== 'h' && VOWELS.has(first);
};

/** `de Bruno`, `d’Emma`, `d’Amina`. */
export function deName(name: string): string {
  return elides(name) ? `d’${name.trim()}` : `de ${name.trim()}`;
}
