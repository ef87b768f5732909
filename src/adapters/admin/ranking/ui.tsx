import type { FieldError } from '../../../shared/errors';
import { formatEuros } from '../../../shared/money';

/** Small pieces of the ranking and scoring pages. */

export const euros = (amount: number): string => formatEuros(amount);

/** `2026-03-31` → `31/03/2026`. */
export function frDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function Flash({ message }: { message?: string | undefined }) {
  return message ? <p class="notice" role="status">{message}</p> : null;
}

export function ErrorBox({ message }: { message?: string | undefined }) {
  return message ? <div class="error" role="alert"><p>{message}</p></div> : null;
}

/** The error of one field, shown next to it (and tied to it with aria-describedby). */
export function FieldMessage({ id, fields, name }: { id: string; fields: readonly FieldError[]; name: string }) {
  const error = fields.find((f) => f.field === name || f.field === `body.${name}`);
  return error ? <p class="field-error" id={id} role="alert">{error.message}</p> : null;
}

export const fieldError = (fields: readonly FieldError[], name: string): boolean => fields.some((f) => f.field === name || f.field === `body.${name}`);

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

export const pageParam = (value: unknown): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
};
