import type { ErrorRequestHandler, Request, Response } from 'express';
import type { Logger } from 'pino';
import { z, ZodError } from 'zod';
import multer from 'multer';
import { DomainError, type DomainErrorKind, type FieldError } from '../../shared/errors';
import { isDatabaseUnavailable, pgErrorCode } from '../db/database';

/** RFC 9457 problem details, with the platform's stable `code` and per-field `errors`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  errors?: FieldError[];
  requestId?: string;
  [extra: string]: unknown;
}

const STATUS: Record<DomainErrorKind, number> = {
  invalid: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorized: 401,
  rate_limited: 429,
  unavailable: 503,
};

/** The HTTP status of a domain error's kind: the one map, used by the API's problem+json and every page that shows an error. */
export const httpStatusOf = (kind: DomainErrorKind): number => STATUS[kind];

/** A problem's title is read by people: French, one per status (the `code` is the stable identifier). */
const TITLES: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Introuvable',
  405: 'Méthode non autorisée',
  409: 'Conflit',
  413: 'Contenu trop volumineux',
  415: 'Type de contenu non pris en charge',
  422: 'Données refusées',
  429: 'Trop de requêtes',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

/** multer's refusals, in French (its own messages are English) */
const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: 'Fichier trop volumineux.',
  LIMIT_FILE_COUNT: 'Trop de fichiers dans un même envoi.',
  LIMIT_PART_COUNT: 'Trop de parties dans le formulaire.',
  LIMIT_FIELD_COUNT: 'Trop de champs dans le formulaire.',
  LIMIT_FIELD_KEY: 'Nom de champ trop long.',
  LIMIT_FIELD_VALUE: 'Valeur de champ trop longue.',
  LIMIT_UNEXPECTED_FILE: 'Fichier envoyé sous un champ inattendu.',
  MISSING_FIELD_NAME: 'Nom de champ manquant.',
};

// zod's own messages (a missing field, a wrong type, a length out of bounds…) in French, for every
// schema the API and the portals validate with
z.config(z.locales.fr());

export function sendProblem(req: Request, res: Response, status: number, code: string, detail?: string, extra: Partial<Problem> = {}): void {
  const body: Problem = {
    type: `urn:alin:problem:${code}`,
    title: TITLES[status] ?? 'Erreur',
    status,
    ...(detail ? { detail } : {}),
    instance: req.originalUrl.split('?')[0],
    code,
    requestId: String(req.id ?? ''),
    ...extra,
  };
  res.status(status).type('application/problem+json').send(JSON.stringify(body));
}

export function zodFieldErrors(error: ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? ((issue as { keys?: string[] }).keys ?? []) : [];
    const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
    if (keys.length) return { field: [...path, ...keys].join('.'), message: `${keys.length > 1 ? 'champs inconnus' : 'champ inconnu'} : ${keys.join(', ')}` };
    return { field: path.join('.') || prefix || '(root)', message: issue.message };
  });
}

/**
 * Text PostgreSQL cannot store: a NUL character (refused in text and jsonb) or a lone UTF-16
 * surrogate (refused as a jsonb escape). Such input is the client's mistake: a 400 naming the
 * field, never a failed query (500).
 */
export function unstorableTextErrors(value: unknown, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (s: string) => s.includes('\u0000') || !(s as string & { isWellFormed(): boolean }).isWellFormed();
  const walk = (v: unknown, path: string[], depth: number) => {
    if (errors.length >= 20 || depth > 64) return;
    if (typeof v === 'string') {
      if (bad(v)) errors.push({ field: [prefix, ...path].join('.'), message: 'caractère NUL ou UTF-16 isolé interdit' });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)], depth + 1));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (bad(k)) errors.push({ field: [prefix, ...path].join('.'), message: 'nom de champ avec un caractère NUL ou UTF-16 isolé' });
        walk(x, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return errors;
}

export class RequestValidationError extends Error {
  constructor(readonly fields: FieldError[]) {
    super('request validation failed');
  }
}

/** The one place that turns errors into HTTP answers. No stack trace ever leaves the server. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) {
      req.log?.error({ err }, 'error after headers were sent');
      res.destroy();
      return;
    }
    if (err instanceof RequestValidationError) {
      return sendProblem(req, res, 400, 'REQUEST.INVALID', 'La requête contient des champs invalides.', { errors: err.fields });
    }
    if (err instanceof ZodError) {
      return sendProblem(req, res, 400, 'REQUEST.INVALID', 'La requête contient des champs invalides.', { errors: zodFieldErrors(err) });
    }
    if (err instanceof DomainError) {
      const status = httpStatusOf(err.kind);
      if (err.kind === 'rate_limited') res.setHeader('Retry-After', String(err.details?.retryAfterSeconds ?? 60));
      if (err.kind === 'unavailable') res.setHeader('Retry-After', '30');
      return sendProblem(req, res, status, err.code, err.message, {
        ...(err.fields.length ? { errors: err.fields } : {}),
        ...(err.details ? { details: err.details } : {}),
      });
    }
    if (err instanceof multer.MulterError) {
      // sizes and counts beyond the limits (file size, files, parts, fields, field names and values) are 413
      const tooLarge = ['LIMIT_FILE_SIZE', 'LIMIT_FILE_COUNT', 'LIMIT_PART_COUNT', 'LIMIT_FIELD_COUNT', 'LIMIT_FIELD_KEY', 'LIMIT_FIELD_VALUE'].includes(err.code);
      const message = MULTER_MESSAGES[err.code] ?? 'Envoi de fichiers refusé.';
      return sendProblem(req, res, tooLarge ? 413 : 400, `UPLOAD.${err.code}`, message, err.field ? { errors: [{ field: err.field, message }] } : {});
    }
    const e = err as { type?: string; code?: string; status?: number; statusCode?: number; expose?: boolean; message?: string };
    if (e?.type === 'entity.parse.failed') return sendProblem(req, res, 400, 'REQUEST.MALFORMED_JSON', 'Le corps de la requête n’est pas un JSON valide.');
    if (e?.type === 'entity.too.large') return sendProblem(req, res, 413, 'REQUEST.TOO_LARGE', 'Le corps de la requête est trop volumineux.');
    if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
      return sendProblem(req, res, 415, 'REQUEST.UNSUPPORTED_ENCODING', 'Encodage ou jeu de caractères du corps non pris en charge : envoyez de l’UTF-8.');
    if (e?.code === 'EBADCSRFTOKEN') return sendProblem(req, res, 403, 'REQUEST.CSRF', 'Jeton CSRF invalide.');
    const status = e?.status ?? e?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendProblem(req, res, status, 'REQUEST.REJECTED', 'La requête est refusée.');
    }
    if (isDatabaseUnavailable(err)) {
      (req.log ?? logger).warn({ err }, 'database unavailable');
      res.setHeader('Retry-After', '5');
      return sendProblem(req, res, 503, 'SERVICE.UNAVAILABLE', 'Service momentanément indisponible, réessayez dans quelques secondes.');
    }
    // A value the database cannot hold (SQLSTATE class 22: out of range, too long, not a number…)
    // came from the request: the schemas bound every field, this is the net below them. The log
    // keeps the SQL and the code, never the values (bootstrap/logger.ts).
    if (pgErrorCode(err)?.startsWith('22')) {
      (req.log ?? logger).warn({ err }, 'value refused by the database');
      return sendProblem(req, res, 400, 'REQUEST.VALUE_OUT_OF_RANGE', 'Une valeur de la requête dépasse les limites acceptées.');
    }
    (req.log ?? logger).error({ err }, 'unhandled error');
    return sendProblem(req, res, 500, 'SERVER.ERROR', 'Erreur interne. Référence : ' + String(req.id ?? ''));
  };
}
