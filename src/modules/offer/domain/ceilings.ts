import type { DomainError } from '../../../shared/errors';
import type { Euros } from '../../../shared/money';
import { offerError } from '../offer.errors';
import { ZONES, type Zone } from './zone';

/** How an offer is financed. PLI (intermediate rent) is not covered by the ceiling rules yet. */
export const FINANCINGS = ['PLAI', 'PLUS', 'PLS', 'PLI'] as const;
export type Financing = (typeof FINANCINGS)[number];

/** Financings that have an income-ceiling table. */
export const CEILING_FINANCINGS = ['PLAI', 'PLUS', 'PLS'] as const;
export type CeilingFinancing = (typeof CEILING_FINANCINGS)[number];

/** Household categories of the ceiling tables (eligibility.md §2). */
export type HouseholdCategory = 1 | 2 | 3 | 4 | 5 | 6;
export const HOUSEHOLD_CATEGORIES: readonly HouseholdCategory[] = [1, 2, 3, 4, 5, 6];

/** PLS ceilings are the PLUS ceilings × 1.3, rounded to the nearest euro (rule of the arrêté). */
export const PLS_FACTOR_TENTHS = 13;

/** Whether a financing has a ceiling table (PLI has not). */
export function isCeilingFinancing(financing: string): financing is CeilingFinancing {
  return (CEILING_FINANCINGS as readonly string[]).includes(financing);
}

/**
 * The income-ceiling table, a port: the platform loads it from the database (seeded from
 * `db/reference/income-ceilings.json`) so that next year's figures are a data change.
 * `undefined` means "no figure for this cell" (unknown year, PLI, …): never guess one.
 */
export interface CeilingTable {
  /** yearly ceiling (€) for a household category 1..6 */
  lookup(year: number, financing: CeilingFinancing, zone: Zone, category: HouseholdCategory): Euros | undefined;
  /** amount (€) added per person beyond six */
  extraPerson(year: number, financing: CeilingFinancing, zone: Zone): Euros | undefined;
}

/** One cell of the table, as the platform stores it (one database row per cell). */
export interface CeilingRow {
  year: number;
  financing: CeilingFinancing;
  zone: Zone;
  /** 1..6, or 'extraPerson' for the amount per person beyond six */
  category: HouseholdCategory | 'extraPerson';
  amount: Euros;
  /** true when computed here (PLS from PLUS) rather than read from the source */
  derived: boolean;
}

/**
 * PLS ceiling from the PLUS ceiling: × 1.3 rounded to the nearest euro, computed in integers
 * (× 13 ÷ 10) so that halves round up exactly.
 */
export function plsFromPlus(plus: Euros): Euros {
  return Math.round((plus * PLS_FACTOR_TENTHS) / 10);
}

/**
 * The cells of the parsed `income-ceilings.json` object (`ceilings[year][financing][zone][category]`),
 * one row each, for seeding the database. PLS is taken as it is in the file when present; for a year
 * where it is absent it is derived from PLUS (× 1.3 rounded) and marked `derived`. Pure: the caller
 * reads and parses the file. Throws `OFFER.CEILING_TABLE_INVALID` on anything not of that shape
 * (missing zone or category, non-positive or non-integer amount, unknown financing).
 */
export function ceilingRowsFromJson(json: unknown): CeilingRow[] {
  if (!isRecord(json) || !isRecord(json.ceilings)) throw tableError('`ceilings` doit être un objet indexé par année');
  const rows: CeilingRow[] = [];
  for (const [yearKey, byFinancing] of Object.entries(json.ceilings)) {
    if (!/^\d{4}$/.test(yearKey)) throw tableError(`l’année ${yearKey} n’est pas une année à quatre chiffres`);
    const year = Number(yearKey);
    if (!isRecord(byFinancing)) throw tableError(`${yearKey} doit être un objet indexé par financement`);
    for (const financing of Object.keys(byFinancing)) {
      if (!isCeilingFinancing(financing)) throw tableError(`${yearKey} : financement inconnu ${financing}`);
    }
    for (const financing of CEILING_FINANCINGS) {
      const byZone = byFinancing[financing];
      if (byZone === undefined) continue;
      rows.push(...zoneRows(year, financing, byZone, false));
    }
    if (byFinancing.PLS === undefined && byFinancing.PLUS !== undefined) {
      const plus = rows.filter((r) => r.year === year && r.financing === 'PLUS');
      rows.push(...plus.map((r) => ({ ...r, financing: 'PLS' as const, amount: plsFromPlus(r.amount), derived: true })));
    }
  }
  return rows;
}

/** An in-memory CeilingTable over rows (from the database or from `ceilingRowsFromJson`). */
export function ceilingTableFromRows(rows: readonly CeilingRow[]): CeilingTable {
  const cells = new Map<string, Euros>();
  for (const row of rows) cells.set(cellKey(row.year, row.financing, row.zone, row.category), row.amount);
  return {
    lookup: (year, financing, zone, category) => cells.get(cellKey(year, financing, zone, category)),
    extraPerson: (year, financing, zone) => cells.get(cellKey(year, financing, zone, 'extraPerson')),
  };
}

/**
 * An in-memory CeilingTable from the parsed `income-ceilings.json` object (PLS derived from PLUS
 * where the file has none). Used by tests and by the in-memory adapter; no file access here.
 */
export function ceilingTableFromJson(json: unknown): CeilingTable {
  return ceilingTableFromRows(ceilingRowsFromJson(json));
}

/**
 * Which year's ceilings decide a check made in `checkYear` (eligibility.md §1, and issue "a year
 * without published ceilings"): that year's table when it is published; otherwise the last
 * published year before it, so that on 1 January of a year whose arrêté is not out yet the
 * platform keeps deciding, and says so (`published: false`). `year: null` when no earlier year
 * is known either: nothing can be decided.
 */
export interface CeilingYear {
  /** N, the year of the check */
  checkYear: number;
  /** the year of the table used, or null when none applies */
  year: number | null;
  /** true when the table of N itself is published */
  published: boolean;
}

export function ceilingYearFor(checkYear: number, publishedYears: readonly number[]): CeilingYear {
  if (publishedYears.includes(checkYear)) return { checkYear, year: checkYear, published: true };
  const earlier = publishedYears.filter((y) => y < checkYear);
  return { checkYear, year: earlier.length ? Math.max(...earlier) : null, published: false };
}

/** What the platform tells agents and applicants when N's ceilings are not published (French; English for the API's `en`). */
export function ceilingYearNotice(cy: CeilingYear): { fr: string; en: string } | null {
  if (cy.published) return null;
  if (cy.year === null) {
    return {
      fr: `Aucun plafond de ressources n’est publié pour ${cy.checkYear} ni pour une année antérieure : l’éligibilité ne peut pas être déterminée.`,
      en: `No income ceilings are published for ${cy.checkYear} or any earlier year: eligibility cannot be decided.`,
    };
  }
  return {
    fr: `Les plafonds de ressources ${cy.checkYear} ne sont pas encore publiés : la plateforme applique ceux de ${cy.year}.`,
    en: `The ${cy.checkYear} income ceilings are not published yet: the platform applies those of ${cy.year}.`,
  };
}

/** The years a set of rows covers, ascending. */
export function ceilingYears(rows: readonly CeilingRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

function zoneRows(year: number, financing: CeilingFinancing, byZone: unknown, derived: boolean): CeilingRow[] {
  const where = `${year} ${financing}`;
  if (!isRecord(byZone)) throw tableError(`${where} doit être un objet indexé par zone`);
  const rows: CeilingRow[] = [];
  for (const zone of ZONES) {
    const byCategory = byZone[zone];
    if (!isRecord(byCategory)) throw tableError(`${where} : la zone ${zone} manque`);
    for (const category of [...HOUSEHOLD_CATEGORIES, 'extraPerson' as const]) {
      const amount = byCategory[String(category)];
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
        throw tableError(`${where} ${zone} : la catégorie ${category} doit être un nombre entier positif d’euros`);
      }
      rows.push({ year, financing, zone, category, amount, derived });
    }
  }
  return rows;
}

function cellKey(year: number, financing: string, zone: string, category: number | string): string {
  return `${year}|${financing}|${zone}|${category}`;
}

function tableError(why: string): DomainError {
  return offerError.ceilingSourceInvalid('table', why);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
