import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import { randomBytes } from 'node:crypto';
import { isDomainError } from '../../shared/errors';
import type { HttpSettings } from '../http/http.tokens';
import type { Clock } from '../../shared/clock';

/**
 * The cookie session and CSRF protection of a server-rendered portal (the back office under
 * /admin, the company portal under /entreprise): an opaque httpOnly session cookie scoped to the
 * portal's path, a random anonymous cookie that ties the sign-in form's CSRF token to the browser,
 * and double-submit CSRF tokens (csrf-csrf) checked on every POST.
 */
export interface CookieSessionOptions<U> {
  settings: Pick<HttpSettings, 'production' | 'cookieSecret'>;
  /** where the portal is mounted: the cookies' path */
  path: string;
  sessionCookie: string;
  anonCookie: string;
  /** name of the CSRF cookie (`__Host-` is prefixed in production) */
  csrfCookie: string;
  /** resolves the session cookie to its user; throws a DomainError when the session is over */
  resolve(token: string): Promise<U>;
  /** where the user goes on the request */
  attach(req: Request, user: U): void;
  /** the platform's clock, which dated the session: the cookie lives as long as the session has left by it */
  clock: Clock;
}

export interface CookieSession {
  /** url-encoded body parser, anonymous cookie, CSRF check, session loading: to `use` in this order */
  middleware: RequestHandler[];
  csrfToken(req: Request, res: Response, options?: { overwrite?: boolean }): string;
  /** the session cookie's value, if any */
  token(req: Request): string | undefined;
  /** after a sign-in: sets the session cookie, drops the anonymous one */
  open(res: Response, sessionToken: string, expiresAt: Date): void;
  /** after a sign-out */
  close(res: Response): void;
}

export function cookieSession<U>(options: CookieSessionOptions<U>): CookieSession {
  const { settings, sessionCookie, anonCookie } = options;
  const cookieBase = { httpOnly: true, sameSite: 'lax' as const, secure: settings.production, path: options.path };

  const anonymous: RequestHandler = (req, res, next) => {
    if (!req.cookies?.[anonCookie] && !req.cookies?.[sessionCookie]) {
      const anon = randomBytes(16).toString('hex');
      req.cookies = { ...(req.cookies ?? {}), [anonCookie]: anon };
      res.cookie(anonCookie, anon, cookieBase);
    }
    next();
  };

  const { generateCsrfToken, doubleCsrfProtection } = doubleCsrf({
    getSecret: () => settings.cookieSecret,
    getSessionIdentifier: (req) => String(req.cookies?.[sessionCookie] ?? req.cookies?.[anonCookie] ?? ''),
    cookieName: settings.production ? `__Host-${options.csrfCookie}` : options.csrfCookie,
    cookieOptions: { ...cookieBase, path: '/' },
    getCsrfTokenFromRequest: (req) => (req.body as Record<string, string> | undefined)?._csrf ?? (req.headers['x-csrf-token'] as string | undefined),
    errorConfig: { statusCode: 403, message: 'invalid csrf token', code: 'EBADCSRFTOKEN' },
  });

  const token = (req: Request): string | undefined => {
    const value = req.cookies?.[sessionCookie];
    return typeof value === 'string' && value ? value : undefined;
  };

  const loadUser = async (req: Request, _res: Response, next: NextFunction) => {
    const value = token(req);
    if (value) {
      try {
        options.attach(req, await options.resolve(value));
      } catch (error) {
        if (!isDomainError(error)) return next(error);
      }
    }
    next();
  };

  return {
    middleware: [express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }), anonymous, doubleCsrfProtection, loadUser],
    csrfToken: (req, res, opts) => generateCsrfToken(req, res, opts),
    token,
    open(res, sessionToken, expiresAt) {
      // a lifetime (Max-Age) rather than a date: the session's end is on the platform's clock, the
      // browser counts on its own
      res.cookie(sessionCookie, sessionToken, { ...cookieBase, maxAge: Math.max(0, expiresAt.getTime() - options.clock.now().getTime()) });
      res.clearCookie(anonCookie, cookieBase);
    },
    close(res) {
      res.clearCookie(sessionCookie, cookieBase);
    },
  };
}
