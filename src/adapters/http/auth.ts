import type { NextFunction, Request, Response } from 'express';
import { unauthorized } from '../../shared/errors';
import { identityError, type IdentityService, type Principal, type Role } from '../../modules/identity/index';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

/** Reads the bearer token when there is one; routes decide whether one is required. */
export function bearerAuthentication(identity: IdentityService) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(header);
    if (!match) return next(unauthorized('IDENTITY.TOKEN_INVALID', 'En-tête Authorization invalide.'));
    try {
      req.principal = await identity.authenticate(match[1]!);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** 401 without a valid token; 403 when the caller's role may not use the route. */
export function requirePrincipal(req: Request, access: 'authenticated' | readonly Role[]): Principal {
  const principal = req.principal;
  if (!principal) throw identityError.authenticationRequired();
  if (access !== 'authenticated' && !access.includes(principal.role)) {
    throw identityError.roleNotAllowed();
  }
  return principal;
}

/**
 * The browser portals' refresh token (docs/decisions/0009-applicant-refresh-cookie.md): an
 * `HttpOnly; SameSite=Strict` cookie scoped to `Path=/api/v1/auth` (`Secure` over https), never in a
 * body a script can read. A client asks for it by sending the header `X-Requested-With: alin-portal`
 * on sign-in; any call that *uses* the cookie (POST /auth/refresh without a token in its body) must
 * send that header too, and an `Origin`, when the browser sends one, must be the API's own: a page of
 * another site can neither send the header without a CORS preflight the API refuses nor have the
 * browser attach a SameSite=Strict cookie. Clients without cookies keep the token in the JSON body.
 */
export const REFRESH_COOKIE = 'alin_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';
export const PORTAL_HEADER = 'x-requested-with';
export const PORTAL_HEADER_VALUE = 'alin-portal';

/** Whether the caller is a browser portal asking for (or using) the refresh cookie. */
export const wantsRefreshCookie = (req: Request): boolean => req.get(PORTAL_HEADER) === PORTAL_HEADER_VALUE;

export function setRefreshCookie(req: Request, res: Response, token: string, maxAgeSeconds: number): void {
  res.cookie(REFRESH_COOKIE, token, { httpOnly: true, secure: req.secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH, maxAge: maxAgeSeconds * 1000 });
}

export function clearRefreshCookie(req: Request, res: Response): void {
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: req.secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
}

/** The refresh cookie's value (the API router does not parse cookies: read from the header, split without a regular expression). */
export function readRefreshCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string' || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== REFRESH_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return value.length >= 10 && value.length <= 200 ? value : undefined;
  }
  return undefined;
}

/**
 * The CSRF check of a call authenticated by the refresh cookie: the portal's header is required, and
 * an `Origin` (sent by browsers on a POST) must be this server's own origin.
 */
export function checkCookieCall(req: Request): void {
  if (!wantsRefreshCookie(req)) {
    throw identityError.csrfHeaderRequired();
  }
  const origin = req.get('origin');
  if (origin !== undefined && origin !== `${req.protocol}://${req.get('host') ?? ''}`) {
    throw identityError.csrfOrigin();
  }
}
