/**
 * The message boxes of the server-rendered portals: the flash after a decision (a status), the
 * error of a refused form (an alert, with the fields at fault) and the error next to one field.
 */
import type { FieldError as DomainFieldError } from '../../../shared/errors';

/** What a decision did, said once the page is shown again (`?ok=…` read through the page's own flash map). */
export function Flash({ message }: { message?: string | undefined }) {
  return message ? (
    <p class="notice" role="status">
      {message}
    </p>
  ) : null;
}

/** Why a form was refused; the fields at fault listed under the message when the page shows them nowhere else. */
export function ErrorBox({ message, fields }: { message?: string | undefined; fields?: readonly DomainFieldError[] | undefined }) {
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

/** A one-line error of a small form (sign-in, password), as an alert. */
export function ErrorLine({ message }: { message?: string | undefined }) {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}

/** The error written next to its field; `id` is the message's own id, which the field names in aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return message ? (
    <p class="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

/** Whether an error is about the field `name`: itself (`name`, `body.name`) or one of its items (`sirets.1`, `sirets[1]`). */
const isAbout = (f: DomainFieldError, name: string): boolean => f.field === name || f.field === `body.${name}` || f.field.startsWith(`${name}.`) || f.field.startsWith(`${name}[`);

/** The message of a field (its items' joined by « ; »), picked from a use case's field errors; undefined when it is not at fault. */
export const fieldMessage = (fields: readonly DomainFieldError[] | undefined, name: string): string | undefined =>
  (fields ?? [])
    .filter((f) => isAbout(f, name))
    .map((f) => f.message)
    .join(' ; ') || undefined;

/** Whether a field is at fault. */
export const fieldError = (fields: readonly DomainFieldError[], name: string): boolean => fields.some((f) => isAbout(f, name));

/** The error of one field picked from a use case's field errors, shown next to it as an alert. */
export function FieldMessage({ id, fields, name }: { id: string; fields: readonly DomainFieldError[]; name: string }) {
  const message = fieldMessage(fields, name);
  return message ? (
    <p class="field-error" id={id} role="alert">
      {message}
    </p>
  ) : null;
}

/** The ids a field names in aria-describedby: its hint (`<id>-hint`) and its error (`<id>-error`), when shown. */
export const describedBy = (id: string, message?: string, hint?: boolean): string | undefined =>
  [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
