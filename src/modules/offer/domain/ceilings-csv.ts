import { ceilingRowsFromJson, CEILING_FINANCINGS, HOUSEHOLD_CATEGORIES, isCeilingFinancing, type CeilingRow } from './ceilings';
import { ZONES, type Zone } from './zone';

/**
 * A year of income ceilings as an administrator loads it from the back office: a CSV file with
 * one line per cell, `;` or `,` separated, a header line first:
 *
 *   annee;financement;zone;categorie;montant
 *   2027;PLUS;other_regions;1;23800
 *   2027;PLUS;other_regions;supplementaire;6800
 *
 * One year per file; PLAI and PLUS complete (3 zones × categories 1–6 and `supplementaire`);
 * PLS complete or absent (then PLUS × 1,3, as for the reference file). Every line is checked and
 * every fault reported with its line number, in French. Plain splitting, no pattern: the size is
 * bounded before anything is read.
 */
export const CEILING_CSV_MAX_BYTES = 64 * 1024;
export const CEILING_CSV_MAX_LINES = 200;
export const CEILING_CSV_HEADER = ['annee', 'financement', 'zone', 'categorie', 'montant'] as const;
/** the highest amount a cell may hold (€ per year): far above any real ceiling, below any overflow */
export const CEILING_MAX_AMOUNT = 1_000_000;
const EXTRA_PERSON_LABELS = ['supplementaire', 'supplémentaire', 'extraPerson'];

export interface CeilingCsvProblem {
  /** 1-based line of the file; 0 for the file as a whole */
  line: number;
  message: string;
}

export type CeilingCsvResult = { ok: true; year: number; rows: CeilingRow[] } | { ok: false; problems: CeilingCsvProblem[] };

export function parseCeilingCsv(text: string): CeilingCsvResult {
  if (Buffer.byteLength(text, 'utf8') > CEILING_CSV_MAX_BYTES) {
    return fail(0, `Le fichier dépasse ${CEILING_CSV_MAX_BYTES / 1024} Kio.`);
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) return fail(0, 'Le fichier est vide.');
  if (lines.length - 1 > CEILING_CSV_MAX_LINES) return fail(0, `Le fichier a plus de ${CEILING_CSV_MAX_LINES} lignes de données.`);
  const separator = lines[0]!.includes(';') ? ';' : ',';
  const header = lines[0]!.split(separator).map((h) => h.trim().toLowerCase());
  if (header.join(';') !== CEILING_CSV_HEADER.join(';')) {
    return fail(1, `L’en-tête doit être « ${CEILING_CSV_HEADER.join(separator)} ».`);
  }

  const problems: CeilingCsvProblem[] = [];
  const years = new Set<number>();
  const seen = new Map<string, number>();
  const cells: { year: number; financing: string; zone: Zone; category: string; amount: number }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const fields = raw.split(separator).map((f) => f.trim());
    if (fields.length !== CEILING_CSV_HEADER.length) {
      problems.push({ line, message: `La ligne doit avoir ${CEILING_CSV_HEADER.length} champs, elle en a ${fields.length}.` });
      continue;
    }
    const [yearText, financing, zone, categoryText, amountText] = fields as [string, string, string, string, string];
    const year = wholeNumber(yearText);
    const amount = wholeNumber(amountText.replaceAll(' ', '').replaceAll('\u00a0', '').replaceAll('\u202f', ''));
    const category = EXTRA_PERSON_LABELS.includes(categoryText) ? 'extraPerson' : categoryText;
    const before = problems.length;
    if (year === null || year < 2000 || year > 2100) problems.push({ line, message: `Année « ${cut(yearText)} » invalide : une année entre 2000 et 2100 est attendue.` });
    if (!isCeilingFinancing(financing)) problems.push({ line, message: `Financement « ${cut(financing)} » inconnu : ${CEILING_FINANCINGS.join(', ')} sont attendus.` });
    if (!(ZONES as readonly string[]).includes(zone)) problems.push({ line, message: `Zone « ${cut(zone)} » inconnue : ${ZONES.join(', ')} sont attendues.` });
    if (category !== 'extraPerson' && !HOUSEHOLD_CATEGORIES.map(String).includes(category)) {
      problems.push({ line, message: `Catégorie « ${cut(categoryText)} » inconnue : 1 à 6 ou « supplementaire » sont attendus.` });
    }
    if (amount === null || amount <= 0 || amount > CEILING_MAX_AMOUNT) {
      problems.push({ line, message: `Montant « ${cut(amountText)} » invalide : un nombre entier d’euros entre 1 et ${CEILING_MAX_AMOUNT.toLocaleString('fr-FR')} est attendu.` });
    }
    if (problems.length > before) continue;
    const key = `${financing}|${zone}|${category}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ line, message: `Cette cellule (${financing}, ${zone}, catégorie ${categoryText}) figure déjà à la ligne ${first}.` });
      continue;
    }
    seen.set(key, line);
    years.add(year!);
    cells.push({ year: year!, financing, zone: zone as Zone, category, amount: amount! });
  }
  if (problems.length) return { ok: false, problems };
  if (years.size !== 1)
    return fail(
      0,
      years.size === 0
        ? 'Le fichier ne contient aucune ligne de données.'
        : `Le fichier doit porter sur une seule année ; il en contient ${years.size} (${[...years].sort().join(', ')}).`,
    );
  const year = [...years][0]!;

  const categories = [...HOUSEHOLD_CATEGORIES.map(String), 'extraPerson'];
  for (const financing of CEILING_FINANCINGS) {
    const present = cells.filter((c) => c.financing === financing);
    if (financing === 'PLS' && present.length === 0) continue; // derived from PLUS
    for (const zone of ZONES) {
      for (const category of categories) {
        if (!seen.has(`${financing}|${zone}|${category}`)) {
          problems.push({
            line: 0,
            message: `Il manque le plafond ${financing}, zone ${zone}, ${category === 'extraPerson' ? 'personne supplémentaire' : `catégorie ${category}`}.`,
          });
        }
      }
    }
  }
  if (problems.length) return { ok: false, problems };

  // the shape the reference file has: the same validation and the same PLS derivation
  const byFinancing: Record<string, Record<string, Record<string, number>>> = {};
  for (const c of cells) ((byFinancing[c.financing] ??= {})[c.zone] ??= {})[c.category] = c.amount;
  return { ok: true, year, rows: ceilingRowsFromJson({ ceilings: { [String(year)]: byFinancing } }) };
}

function wholeNumber(text: string): number | null {
  if (text.length === 0 || text.length > 9) return null;
  for (const ch of text) if (ch < '0' || ch > '9') return null;
  return Number(text);
}

/** a field quoted in a message, cut short */
function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function fail(line: number, message: string): CeilingCsvResult {
  return { ok: false, problems: [{ line, message }] };
}
