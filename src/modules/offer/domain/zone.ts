import { departementOfCommune } from '../../../shared/commune';
import { offerError } from '../offer.errors';

/**
 * Income-ceiling zones (eligibility.md §1). The commune lists are data (loaded from
 * `db/reference/paris-bordering-communes.json` by the platform); the domain receives them.
 */
export const ZONES = ['paris_and_bordering', 'ile_de_france_other', 'other_regions'] as const;
export type Zone = (typeof ZONES)[number];

/** French and English names of the zones, for messages and pages. */
export const ZONE_LABELS: Record<Zone, { fr: string; en: string }> = {
  paris_and_bordering: { fr: 'Paris et communes limitrophes', en: 'Paris and bordering communes' },
  ile_de_france_other: { fr: 'Île-de-France hors Paris et communes limitrophes', en: 'Île-de-France, other communes' },
  other_regions: { fr: 'Autres régions', en: 'Other regions' },
};

/** Départements of Île-de-France (eligibility.md §1, also in the reference file). */
export const ILE_DE_FRANCE_DEPARTEMENTS: ReadonlySet<string> = new Set(['75', '77', '78', '91', '92', '93', '94', '95']);

/**
 * INSEE commune code (code officiel géographique), five characters:
 * - metropolitan départements 01–19 and 21–95 followed by a three-digit commune number;
 * - Corsica: 2A or 2B followed by three digits (20 is no longer a département code);
 * - overseas: 971–978 (DROM and Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin) and
 *   984–989 (Pacific and southern territories), followed by two digits.
 * The commune number is never 000 / 00. Foreign-country codes (99xxx) are not communes.
 */
const METROPOLITAN = /^(?:0[1-9]|1\d|[3-8]\d|9[0-5]|2[1-9])(?!000)\d{3}$/;
const CORSICA = /^2[AB](?!000)\d{3}$/;
const OVERSEAS = /^(?:97[1-8]|98[4-9])(?!00)\d{2}$/;

/** Whether a string has the format of an INSEE commune code (it does not tell whether the commune exists). */
export function isValidInseeCode(code: string): boolean {
  return typeof code === 'string' && (METROPOLITAN.test(code) || CORSICA.test(code) || OVERSEAS.test(code));
}

/** Trims and upper-cases a typed commune code (`2a004` → `2A004`); does not validate it. */
export function normalizeInseeCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * The département of a valid commune code, by the platform's one rule (`shared/commune.ts`): the
 * first two characters (`2A`/`2B` for Corsica), or the first three for overseas codes (97x, 98x).
 * Throws `OFFER.INVALID_COMMUNE_CODE` on a malformed code.
 */
export function departementOf(inseeCode: string): string {
  assertInseeCode(inseeCode);
  return departementOfCommune(inseeCode)!;
}

/**
 * The income-ceiling zone of a commune (eligibility.md §1): "Paris and bordering" when its
 * code is in `parisAndBorderingCodes`; else "Île-de-France other" when its département is one
 * of Île-de-France's; else "other regions". Throws `OFFER.INVALID_COMMUNE_CODE` on a malformed code.
 */
export function zoneOf(inseeCode: string, parisAndBorderingCodes: ReadonlySet<string>, ileDeFranceDepartements: ReadonlySet<string> = ILE_DE_FRANCE_DEPARTEMENTS): Zone {
  const departement = departementOf(inseeCode);
  if (parisAndBorderingCodes.has(inseeCode)) return 'paris_and_bordering';
  if (ileDeFranceDepartements.has(departement)) return 'ile_de_france_other';
  return 'other_regions';
}

/** Resolves the zone of a commune; the in-memory one is `zoneResolverFrom`. */
export interface ZoneResolver {
  zoneOf(inseeCode: string): Zone;
}

/** A ZoneResolver over the given Paris-and-bordering codes (and Île-de-France départements). */
export function zoneResolverFrom(parisAndBorderingCodes: ReadonlySet<string>, ileDeFranceDepartements: ReadonlySet<string> = ILE_DE_FRANCE_DEPARTEMENTS): ZoneResolver {
  return { zoneOf: (code) => zoneOf(code, parisAndBorderingCodes, ileDeFranceDepartements) };
}

/**
 * The set of "Paris and bordering" commune codes from the parsed reference object: Paris
 * (75056 and its arrondissements) and the keys of `bordering`. Pure: the caller reads the file.
 * Throws `OFFER.CEILING_TABLE_INVALID` when the object has not that shape or holds a malformed code.
 */
export function parisAndBorderingCodesFromJson(json: unknown): ReadonlySet<string> {
  const fail = (why: string) => offerError.ceilingSourceInvalid('communes', why);
  if (!isRecord(json)) throw fail('ce n’est pas un objet');
  const { paris, bordering } = json;
  if (!Array.isArray(paris) || !paris.every((c) => typeof c === 'string')) throw fail('`paris` doit être une liste de codes');
  if (!isRecord(bordering)) throw fail('`bordering` doit être un objet indexé par code commune');
  const codes = [...(paris as string[]), ...Object.keys(bordering)];
  const bad = codes.find((c) => !isValidInseeCode(c));
  if (bad !== undefined) throw fail(`code commune mal formé ${bad}`);
  return new Set(codes);
}

/** The Île-de-France départements of the parsed reference object, or the built-in list when absent. */
export function ileDeFranceDepartementsFromJson(json: unknown): ReadonlySet<string> {
  if (isRecord(json) && Array.isArray(json.ileDeFranceDepartements)) {
    return new Set(json.ileDeFranceDepartements.filter((d): d is string => typeof d === 'string'));
  }
  return ILE_DE_FRANCE_DEPARTEMENTS;
}

function assertInseeCode(code: string): void {
  if (!isValidInseeCode(code)) {
    throw offerError.invalidCommuneCode(code);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
