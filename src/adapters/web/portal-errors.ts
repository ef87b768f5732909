import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { isDomainError } from '../../shared/errors';
import { httpStatusOf, RequestValidationError, unstorableTextErrors } from '../http/problem';
import { isDatabaseUnavailable } from '../db/database';
import { escapeHtml } from './kit/html';
import { keptFields, PendingForms, sameOriginPage, setFormRestore } from './form-restore';

/**
 * How a server-rendered portal (the back office under /admin, the company portal under
 * /entreprise) answers what goes wrong: always an HTML page in the portal's layout, never the
 * API's problem+json — an unknown page (404), a refusal (403), an internal error (500, with its
 * reference), and an expired session or CSRF token: the sign-in page, after which the form comes
 * back filled in with what was typed (form-restore.ts).
 */

export interface ErrorPageText {
  status: number;
  title: string;
  text: string;
}

export interface PortalErrorOptions {
  /** where the portal is mounted, e.g. `/admin` */
  path: string;
  /** its sign-in form's path, e.g. `/admin/login` */
  signInPath: string;
  /** the httpOnly cookie that holds the pending form's id */
  pendingCookie: string;
  production: boolean;
  /** a message page in the portal's layout (with the signed-in person's frame when there is one) */
  renderMessage(req: Request, res: Response, page: ErrorPageText): void | Promise<void>;
  /** the sign-in page with a message */
  renderSignIn(req: Request, res: Response, message: string, status: number): void;
  /** whether the request carries a live session (read again when the CSRF check failed before the session was loaded) */
  hasLiveSession(req: Request): Promise<boolean>;
  /** the signed-in person, when the session was loaded */
  signedIn(req: Request): boolean;
}

export const NOT_FOUND_PAGE = {
  status: 404,
  title: 'Page introuvable',
  text: 'Cette page n’existe pas, ou elle ne vous est pas accessible. Vérifiez l’adresse, ou repartez de l’accueil.',
};
export const SESSION_EXPIRED = 'Votre session a expiré : reconnectez-vous. Ce que vous aviez saisi dans le formulaire vous sera présenté à nouveau (sauf les mots de passe).';
const SIGN_IN_FORM_EXPIRED = 'Le formulaire de connexion a expiré : saisissez à nouveau vos identifiants.';

export interface PortalErrors {
  /** below the sign-in gate: a form sent without a live session keeps what was typed, then shows the sign-in page */
  signInGate(req: Request, res: Response): void;
  /** after a successful sign-in: where to go (the page of a pending form, else `fallback`) */
  afterSignIn(req: Request, fallback: string): string;
  /** below the gate: the page of a pending form gets it back, filled in */
  restoreMiddleware: RequestHandler;
  /** text PostgreSQL cannot store (NUL, lone surrogates): a 400 page */
  refuseUnstorableText: RequestHandler;
  /** the last route: an HTML 404 */
  notFound: RequestHandler;
  /** the portal's error handler */
  errorHandler: ErrorRequestHandler;
}

export function portalErrors(options: PortalErrorOptions): PortalErrors {
  const pending = new PendingForms();
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: options.production, path: options.path, maxAge: 30 * 60 * 1000 };
  const pendingId = (req: Request): string | undefined => {
    const v = req.cookies?.[options.pendingCookie];
    return typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : undefined;
  };

  /** Keeps the form sent (when it came from a page of this portal); true when kept. */
  const keep = (req: Request, res: Response): boolean => {
    const returnTo = sameOriginPage(req, options.path);
    const action = req.originalUrl.split('?')[0] ?? '';
    if (!returnTo || req.method !== 'POST' || action === options.signInPath) return false;
    const id = pending.put({ action, returnTo, fields: keptFields(req.body) });
    res.cookie(options.pendingCookie, id, cookieOptions);
    return true;
  };

  const signInGate = (req: Request, res: Response) => {
    if (req.method === 'POST' && keep(req, res)) return options.renderSignIn(req, res, SESSION_EXPIRED, 401);
    if (req.method === 'POST') return options.renderSignIn(req, res, 'Votre session a expiré : reconnectez-vous.', 401);
    if (req.method === 'GET' && req.path !== '/') {
      // a page asked for without a session (a bookmark, an expired session): shown once signed in
      const id = pending.put({ action: '', returnTo: req.originalUrl.slice(0, 2000), fields: {} });
      res.cookie(options.pendingCookie, id, cookieOptions);
    }
    res.redirect(303, options.signInPath);
  };

  const afterSignIn = (req: Request, fallback: string): string => {
    const id = pendingId(req);
    const entry = id ? pending.peek(id) : undefined;
    return entry ? entry.returnTo : fallback;
  };

  const restoreMiddleware: RequestHandler = (req, res, next) => {
    const id = pendingId(req);
    if (!id || req.method !== 'GET' || !options.signedIn(req)) return next();
    const entry = pending.peek(id);
    if (!entry) {
      res.clearCookie(options.pendingCookie, { ...cookieOptions, maxAge: undefined });
      return next();
    }
    if (entry.returnTo.split('?')[0] !== req.originalUrl.split('?')[0]) return next();
    pending.take(id);
    res.clearCookie(options.pendingCookie, { ...cookieOptions, maxAge: undefined });
    if (entry.action) setFormRestore(res, { action: entry.action, fields: entry.fields });
    next();
  };

  const message = async (req: Request, res: Response, page: ErrorPageText) => {
    try {
      await options.renderMessage(req, res, page);
    } catch (error) {
      // the frame itself failed (e.g. the database is down): a bare page, still HTML
      req.log?.error({ err: error }, 'error page failed');
      if (!res.headersSent) {
        const title = escapeHtml(page.title);
        res
          .status(page.status)
          .type('text/html; charset=utf-8')
          .send(
            `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${escapeHtml(page.text)}</p></main></body></html>`,
          );
      }
    }
  };

  const refuseUnstorableText: RequestHandler = (req, res, next) => {
    const errors = [...unstorableTextErrors(req.body, 'body'), ...unstorableTextErrors(req.query, 'query')];
    if (!errors.length) return next();
    res.setHeader('X-Alin-Error', 'REQUEST.INVALID');
    void message(req, res, {
      status: 400,
      title: 'Formulaire refusé',
      text: 'Le formulaire ou l’adresse contient des caractères interdits (caractère nul ou UTF-16 isolé) : corrigez la saisie et envoyez-la à nouveau.',
    });
  };

  const notFound: RequestHandler = (req, res) => {
    res.setHeader('X-Alin-Error', 'ROUTE.NOT_FOUND');
    void message(req, res, NOT_FOUND_PAGE);
  };

  const errorHandler: ErrorRequestHandler = (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    void (async () => {
      if (res.headersSent) {
        req.log?.error({ err }, 'error after headers were sent');
        res.destroy();
        return;
      }
      const e = err as { code?: string; type?: string; status?: number; statusCode?: number };
      // the stable code of what went wrong, for programs and tests (the page itself is for people)
      res.setHeader('X-Alin-Error', isDomainError(err) ? err.code : e?.code === 'EBADCSRFTOKEN' ? 'REQUEST.CSRF' : 'REQUEST.ERROR');
      if (e?.code === 'EBADCSRFTOKEN') {
        if (req.originalUrl.split('?')[0] === options.signInPath) return options.renderSignIn(req, res, SIGN_IN_FORM_EXPIRED, 403);
        const kept = keep(req, res);
        const live = await options.hasLiveSession(req).catch(() => false);
        // signed in, but the form's token is stale (another tab signed in again): the form comes back filled in
        if (kept && live) return res.redirect(303, sameOriginPage(req, options.path) ?? options.path);
        if (live) return message(req, res, { status: 403, title: 'Formulaire expiré', text: 'Ce formulaire a expiré : rechargez la page, puis envoyez-le à nouveau.' });
        return options.renderSignIn(req, res, kept ? SESSION_EXPIRED : 'Votre session ou ce formulaire a expiré : reconnectez-vous, puis recommencez.', 403);
      }
      if (isDomainError(err)) {
        if (err.kind === 'unauthorized') return signInGate(req, res);
        const status = httpStatusOf(err.kind);
        if (err.kind === 'rate_limited') res.setHeader('Retry-After', String(err.details?.retryAfterSeconds ?? 60));
        if (err.kind === 'unavailable') res.setHeader('Retry-After', '30');
        if (err.kind === 'not_found') return message(req, res, NOT_FOUND_PAGE);
        if (err.kind === 'forbidden') return message(req, res, { status, title: 'Accès refusé', text: err.message });
        const titles: Record<number, string> = { 409: 'Action impossible', 422: 'Données refusées', 429: 'Trop de requêtes', 503: 'Service indisponible' };
        return message(req, res, { status, title: titles[status] ?? 'Action refusée', text: err.message });
      }
      if (err instanceof RequestValidationError || err instanceof ZodError) {
        return message(req, res, { status: 400, title: 'Requête invalide', text: 'La page demandée contient des paramètres invalides.' });
      }
      if (e?.type === 'entity.too.large') return message(req, res, { status: 413, title: 'Envoi trop volumineux', text: 'Le formulaire envoyé est trop volumineux.' });
      const status = e?.status ?? e?.statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return message(req, res, { status, title: 'Requête refusée', text: 'La requête est refusée : vérifiez l’adresse ou le formulaire.' });
      }
      if (isDatabaseUnavailable(err)) {
        req.log?.warn({ err }, 'database unavailable');
        res.setHeader('Retry-After', '5');
        return message(req, res, { status: 503, title: 'Service indisponible', text: 'Service momentanément indisponible : réessayez dans quelques secondes.' });
      }
      req.log?.error({ err }, 'unhandled error');
      return message(req, res, {
        status: 500,
        title: 'Erreur interne',
        text: `Une erreur interne nous empêche d’afficher cette page. Réessayez plus tard ; si elle persiste, signalez-la avec la référence ${String(req.id ?? '')}.`,
      });
    })();
  };

  return { signInGate, afterSignIn, restoreMiddleware, refuseUnstorableText, notFound, errorHandler };
}
