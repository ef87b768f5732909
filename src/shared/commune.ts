/**
 * The département of a commune, from its INSEE code (code officiel géographique): the one rule of
 * the platform (offers' zones and agreements, demands' lists and filters). Shared kernel: the offer
 * and demand modules both derive it and neither depends on the other.
 *
 * - metropolitan communes: the first two characters (`69386` → `69`; Corsica `2A004` → `2A`);
 * - overseas départements (DROM), codes 971xx–976xx: the first three (`97411` → `974`);
 * - overseas collectivités with an INSEE code of their own — Saint-Pierre-et-Miquelon 975,
 *   Saint-Barthélemy 977, Saint-Martin 978, and the 98x codes: TAAF 984, Wallis-et-Futuna 986,
 *   Polynésie française 987, Nouvelle-Calédonie 988, Clipperton 989 — are not départements;
 *   their three-character territory code stands in their place (`98818` → `988`), as INSEE does
 *   in its "département" columns and as the agreements (flux) accept it (`isDepartementCode`).
 *
 * Only the code's shape is checked here (five digits, or 2A/2B and three digits): whether it is a
 * valid commune code is each module's validation (the offer's `isValidInseeCode` is strict).
 */
const COMMUNE_CODE_SHAPE = /^(?:\d{5}|2[AB]\d{3})$/;

/** Codes whose département is three characters long. */
export const OVERSEAS_PREFIXES: readonly string[] = ['97', '98'];

/** The département (or overseas territory) of a commune code; undefined when it is not shaped like one. */
export function departementOfCommune(communeCode: string | undefined): string | undefined {
  if (typeof communeCode !== 'string' || communeCode.length !== 5 || !COMMUNE_CODE_SHAPE.test(communeCode)) return undefined;
  return OVERSEAS_PREFIXES.includes(communeCode.slice(0, 2)) ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

/**
 * A département code as filters, agreements and schemas accept it: 01–95 but 20, 2A and 2B, the
 * overseas départements and collectivités 971–978, and 984–989 — every value `departementOfCommune`
 * gives for a valid commune code. Anchored, without nested repetition: safe on any input (schemas
 * bound the length first).
 */
export const DEPARTEMENT_CODE_PATTERN = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[4-9])$/;

/** Whether a string is a département code (see `DEPARTEMENT_CODE_PATTERN`). */
export function isDepartementCode(code: string): boolean {
  return typeof code === 'string' && code.length <= 3 && DEPARTEMENT_CODE_PATTERN.test(code);
}
