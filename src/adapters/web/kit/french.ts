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

const VOWELS = new Set('aeiouàâäéèêëîïôöùûüæœ'.split(''));
/**
 * Mute or aspirated « h » is a dictionary matter: before a name with « h » the project writes « de ».
 * « y » elides before a consonant (« d’Yves ») and not before a vowel, where it is one (« de Yasmine »).
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
