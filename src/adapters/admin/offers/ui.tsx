import type { FieldError } from '../../../shared/errors';
import { formatEuros } from '../../../shared/money';

/** Small pieces shared by the offers and landlords pages. */


export const euros = (amount: number): string => formatEuros(amount);

/** `2026-03-31` → `31/03/2026`. */
export function frDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant in Paris time, `31/03/2026 14:05`. */
export function frDateTime(at: Date | string | null | undefined): string {
  if (!at) return '—';
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(new Date(at));
}

export function Flash({ message }: { message?: string | undefined }) {
  return message ? <p class="notice" role="status">{message}</p> : null;
}

export function ErrorBox({ message, fields }: { message?: string | undefined; fields?: FieldError[] | undefined }) {
  if (!message) return null;
  return (
    <div class="error" role="alert">
      <p>{message}</p>
      {fields && fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li>
              <code>{f.field}</code> : {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { Pager } from '../pages/pager';

export const pageParam = (value: unknown): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
};

/** A form field's text, trimmed and cut at 5,000 characters (longer than any field; the rules check their own bounds, this keeps an echo on a confirmation page bounded). */
export const bodyField = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim().slice(0, 5_000) : '';
};
