/**
 * The département of an INSEE commune code: the first two characters (`69`, `2A`, `2B`), or three
 * for the overseas départements (`971`…`976`). Undefined for a code that is not a commune code.
 */
export function departementOf(communeCode: string | undefined): string | undefined {
  if (!communeCode || !/^(\d{5}|2[AB]\d{3})$/.test(communeCode)) return undefined;
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}
