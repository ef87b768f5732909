/** Reading the forms and query strings of the server-rendered portals. */

/** A form field's text, trimmed and cut at 5,000 characters (longer than any field; the rules check their own bounds, this keeps an echo on a confirmation page bounded). */
export const bodyField = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim().slice(0, 5_000) : '';
};

/** Every value of a repeated form field (checkboxes). */
export const bodyList = (body: unknown, name: string): string[] => {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' && v ? [v] : [];
};

/** A page number (a query parameter): a whole number from 1 to 99,999 written in digits; anything else → 1. */
export const pageParam = (value: unknown): number => (typeof value === 'string' && /^\d{1,5}$/.test(value) && Number(value) >= 1 ? Number(value) : 1);

/** The `page` query parameter of a list. */
export const parsePage = (query: Record<string, unknown>): number => pageParam(query.page);
