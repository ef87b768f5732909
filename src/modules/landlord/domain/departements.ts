/**
 * The départements' names and how French says "in" each: « dans le Rhône », « dans l’Ain »,
 * « dans les Yvelines », « dans la Somme », « à Paris », « en Guadeloupe ». Codes as the platform
 * writes them (2A, 2B, 971…).
 */
type Article = 'le' | 'la' | 'l’' | 'les' | 'à' | 'en';

const D: Record<string, [string, Article]> = {
  '01': ['Ain', 'l’'],
  '02': ['Aisne', 'l’'],
  '03': ['Allier', 'l’'],
  '04': ['Alpes-de-Haute-Provence', 'les'],
  '05': ['Hautes-Alpes', 'les'],
  '06': ['Alpes-Maritimes', 'les'],
  '07': ['Ardèche', 'l’'],
  '08': ['Ardennes', 'les'],
  '09': ['Ariège', 'l’'],
  '10': ['Aube', 'l’'],
  '11': ['Aude', 'l’'],
  '12': ['Aveyron', 'l’'],
  '13': ['Bouches-du-Rhône', 'les'],
  '14': ['Calvados', 'le'],
  '15': ['Cantal', 'le'],
  '16': ['Charente', 'la'],
  '17': ['Charente-Maritime', 'la'],
  '18': ['Cher', 'le'],
  '19': ['Corrèze', 'la'],
  '2A': ['Corse-du-Sud', 'la'],
  '2B': ['Haute-Corse', 'la'],
  '21': ['Côte-d’Or', 'la'],
  '22': ['Côtes-d’Armor', 'les'],
  '23': ['Creuse', 'la'],
  '24': ['Dordogne', 'la'],
  '25': ['Doubs', 'le'],
  '26': ['Drôme', 'la'],
  '27': ['Eure', 'l’'],
  '28': ['Eure-et-Loir', 'l’'],
  '29': ['Finistère', 'le'],
  '30': ['Gard', 'le'],
  '31': ['Haute-Garonne', 'la'],
  '32': ['Gers', 'le'],
  '33': ['Gironde', 'la'],
  '34': ['Hérault', 'l’'],
  '35': ['Ille-et-Vilaine', 'l’'],
  '36': ['Indre', 'l’'],
  '37': ['Indre-et-Loire', 'l’'],
  '38': ['Isère', 'l’'],
  '39': ['Jura', 'le'],
  '40': ['Landes', 'les'],
  '41': ['Loir-et-Cher', 'le'],
  '42': ['Loire', 'la'],
  '43': ['Haute-Loire', 'la'],
  '44': ['Loire-Atlantique', 'la'],
  '45': ['Loiret', 'le'],
  '46': ['Lot', 'le'],
  '47': ['Lot-et-Garonne', 'le'],
  '48': ['Lozère', 'la'],
  '49': ['Maine-et-Loire', 'le'],
  '50': ['Manche', 'la'],
  '51': ['Marne', 'la'],
  '52': ['Haute-Marne', 'la'],
  '53': ['Mayenne', 'la'],
  '54': ['Meurthe-et-Moselle', 'la'],
  '55': ['Meuse', 'la'],
  '56': ['Morbihan', 'le'],
  '57': ['Moselle', 'la'],
  '58': ['Nièvre', 'la'],
  '59': ['Nord', 'le'],
  '60': ['Oise', 'l’'],
  '61': ['Orne', 'l’'],
  '62': ['Pas-de-Calais', 'le'],
  '63': ['Puy-de-Dôme', 'le'],
  '64': ['Pyrénées-Atlantiques', 'les'],
  '65': ['Hautes-Pyrénées', 'les'],
  '66': ['Pyrénées-Orientales', 'les'],
  '67': ['Bas-Rhin', 'le'],
  '68': ['Haut-Rhin', 'le'],
  '69': ['Rhône', 'le'],
  '70': ['Haute-Saône', 'la'],
  '71': ['Saône-et-Loire', 'la'],
  '72': ['Sarthe', 'la'],
  '73': ['Savoie', 'la'],
  '74': ['Haute-Savoie', 'la'],
  '75': ['Paris', 'à'],
  '76': ['Seine-Maritime', 'la'],
  '77': ['Seine-et-Marne', 'la'],
  '78': ['Yvelines', 'les'],
  '79': ['Deux-Sèvres', 'les'],
  '80': ['Somme', 'la'],
  '81': ['Tarn', 'le'],
  '82': ['Tarn-et-Garonne', 'le'],
  '83': ['Var', 'le'],
  '84': ['Vaucluse', 'le'],
  '85': ['Vendée', 'la'],
  '86': ['Vienne', 'la'],
  '87': ['Haute-Vienne', 'la'],
  '88': ['Vosges', 'les'],
  '89': ['Yonne', 'l’'],
  '90': ['Territoire de Belfort', 'le'],
  '91': ['Essonne', 'l’'],
  '92': ['Hauts-de-Seine', 'les'],
  '93': ['Seine-Saint-Denis', 'la'],
  '94': ['Val-de-Marne', 'le'],
  '95': ['Val-d’Oise', 'le'],
  '971': ['Guadeloupe', 'en'],
  '972': ['Martinique', 'en'],
  '973': ['Guyane', 'en'],
  '974': ['La Réunion', 'à'],
  '975': ['Saint-Pierre-et-Miquelon', 'à'],
  '976': ['Mayotte', 'à'],
  '977': ['Saint-Barthélemy', 'à'],
  '978': ['Saint-Martin', 'à'],
  '986': ['Wallis-et-Futuna', 'à'],
  '987': ['Polynésie française', 'en'],
  '988': ['Nouvelle-Calédonie', 'en'],
};

/** « Rhône »; the code itself when unknown. */
export const departementName = (code: string): string => D[code]?.[0] ?? code;

/** « dans le Rhône », « dans l’Ain », « dans les Yvelines », « à Paris », « en Guadeloupe »; « dans le département XX » when unknown. */
export function inDepartement(code: string): string {
  const known = D[code];
  if (!known) return `dans le département ${code}`;
  const [name, article] = known;
  if (article === 'à' || article === 'en') return `${article} ${name}`;
  return article === 'l’' ? `dans l’${name}` : `dans ${article} ${name}`;
}

const count = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
/** French plural: 0 and 1 are singular */
const units = (n: number, one: string, many: string) => `${count(n)} ${n <= 1 ? one : many}`;

/**
 * The agreement's gap in a sentence: « il reste 3 logements à proposer dans le Rhône », « il reste
 * 1 logement à proposer dans l’Ain », or that it is met (with the units beyond what is owed).
 */
export function gapSentence(departement: string, gap: { toPublish: number; surplus: number }): string {
  const where = inDepartement(departement);
  if (gap.toPublish > 0) return `Il reste ${units(gap.toPublish, 'logement', 'logements')} à proposer ${where}.`;
  if (gap.surplus > 0) return `Convention remplie ${where}, avec ${units(gap.surplus, 'logement proposé', 'logements proposés')} en plus.`;
  return `Convention remplie ${where}.`;
}
