import type { NextFunction, Request, Response } from 'express';
import { forbidden, unauthorized } from '../../shared/errors';
import type { IdentityService, Principal, Role } from '../../modules/identity/index';

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
  if (!principal) throw unauthorized('IDENTITY.AUTHENTICATION_REQUIRED', 'Authentification requise.');
  if (access !== 'authenticated' && !access.includes(principal.role)) {
    throw forbidden('IDENTITY.ROLE_NOT_ALLOWED', 'Votre rôle ne permet pas cette action.');
  }
  return principal;
}
