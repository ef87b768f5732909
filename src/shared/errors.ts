/**
 * Domain errors carry a stable `code` (e.g. `CANDIDACY.OFFER_CLOSED`) and a kind that says
 * what went wrong in business terms. They know nothing of HTTP: the HTTP adapter maps kinds
 * to status codes in one place.
 */
export type DomainErrorKind =
  | 'invalid' // the request breaks a rule (422)
  | 'not_found' // the object does not exist or the caller may not know it does (404)
  | 'conflict' // the object's state forbids it (409)
  | 'forbidden' // the caller's role may not do this (403)
  | 'unauthorized' // not signed in, or bad credentials (401)
  | 'rate_limited' // too many attempts (429)
  | 'unavailable'; // an outside system or the database is down; retry later (503)

export interface FieldError {
  /** dotted path of the field at fault, e.g. `household.members.0.birthDate` */
  field: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: string;
  readonly kind: DomainErrorKind;
  readonly fields: FieldError[];
  /** extra, safe-to-show details (figures of a failed rule, …) */
  readonly details: Record<string, unknown> | undefined;

  constructor(kind: DomainErrorKind, code: string, message: string, options: { fields?: FieldError[]; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    this.fields = options.fields ?? [];
    this.details = options.details;
  }
}

export const notFound = (code: string, message = 'Introuvable.') => new DomainError('not_found', code, message);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) => new DomainError('conflict', code, message, details ? { details } : {});
export const invalid = (code: string, message: string, fields: FieldError[] = [], details?: Record<string, unknown>) =>
  new DomainError('invalid', code, message, details ? { fields, details } : { fields });
export const forbidden = (code: string, message = 'Accès refusé.') => new DomainError('forbidden', code, message);
export const unauthorized = (code: string, message = 'Authentification requise.') => new DomainError('unauthorized', code, message);
export const unavailable = (code: string, message: string, cause?: unknown) => new DomainError('unavailable', code, message, { cause });

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
