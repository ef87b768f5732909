import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/**
 * Commune lookup for the forms (GET /api/v1/communes?q=): by name, accent- and case-insensitive
 * (« sainte etienne », « ST-ETIENNE » find Saint-Étienne), or by postcode (« 6900 » finds the
 * communes whose postcode starts with it). Over the same official referential as `communes.ts`
 * (Etalab's code officiel géographique: current communes and the municipal arrondissements of
 * Paris, Lyon and Marseille), loaded once. The search is a linear pass over ~35,000 prepared
 * entries with `startsWith`/`includes` on folded strings: no regular expression runs on the query.
 */

export interface CommuneMatch {
  /** INSEE code */
  code: string;
  name: string;
  postalCodes: string[];
  departement: string;
  type: 'commune-actuelle' | 'arrondissement-municipal';
  /** what a list shows: « Villeurbanne (69100) » */
  label: string;
}

interface Entry extends CommuneMatch {
  folded: string;
  population: number;
}

interface RawCommune {
  code: string;
  nom: string;
  departement: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}

export const COMMUNE_QUERY_MAX = 60;
export const COMMUNE_RESULTS_MAX = 20;

/**
 * A name as the search compares it: lower case, without accents, ligatures spelt out, and every
 * run of characters other than letters and digits (hyphens, apostrophes, spaces) as one space;
 * « saint » and « sainte » also match their abbreviations « st » and « ste ».
 */
export function foldName(text: string): string {
  const plain = text.normalize('NFD').toLowerCase().replaceAll('œ', 'oe').replaceAll('æ', 'ae');
  let out = '';
  let space = false;
  for (const ch of plain) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining accents
    const alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (alnum) {
      if (space && out) out += ' ';
      out += ch;
      space = false;
    } else space = true;
  }
  return out
    .split(' ')
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
    .join(' ');
}

const isDigits = (s: string) => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');

const require = createRequire(import.meta.url);
let entries: Entry[] | undefined;

function load(): Entry[] {
  if (entries) return entries;
  const raw = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as RawCommune[];
  entries = [];
  for (const c of raw) {
    if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
    const postalCodes = [...new Set(c.codesPostaux ?? [])].sort();
    const shown = postalCodes.length === 0 ? c.departement : postalCodes.length === 1 ? postalCodes[0]! : `${postalCodes[0]}…`;
    entries.push({
      code: c.code,
      name: c.nom,
      postalCodes,
      departement: c.departement,
      type: c.type,
      label: `${c.nom} (${shown})`,
      folded: foldName(c.nom),
      population: c.population ?? 0,
    });
  }
  return entries;
}

/**
 * The communes matching `query` (2 to 60 characters), best first, at most `limit` (1..20): with
 * digits, the communes whose INSEE code or a postcode starts with them; with a name, first the
 * names equal to it, then starting with it, then with a word starting with it; the most populated
 * first within each rank.
 */
export function searchCommunes(query: string, limit = 10): CommuneMatch[] {
  const max = Math.min(Math.max(Math.trunc(limit), 1), COMMUNE_RESULTS_MAX);
  const q = query.trim().slice(0, COMMUNE_QUERY_MAX);
  const ranked: { entry: Entry; rank: number }[] = [];
  if (isDigits(q)) {
    for (const entry of load()) {
      if (entry.postalCodes.some((p) => p.startsWith(q))) ranked.push({ entry, rank: entry.postalCodes.includes(q) ? 0 : 1 });
      else if (entry.code.startsWith(q)) ranked.push({ entry, rank: 2 });
    }
  } else {
    const f = foldName(q);
    if (f.length < 2) return [];
    const wordStart = ` ${f}`;
    for (const entry of load()) {
      const name = entry.folded;
      const rank = name === f ? 0 : name.startsWith(f) ? 1 : name.includes(wordStart) ? 2 : -1;
      if (rank >= 0) ranked.push({ entry, rank });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || b.entry.population - a.entry.population || a.entry.name.localeCompare(b.entry.name, 'fr'));
  return ranked.slice(0, max).map(({ entry: { folded: _f, population: _p, ...match } }) => match);
}
