import type { Request, Response, Router } from 'express';
import type { Container } from 'inversify';
import type { Principal } from '../../modules/identity/index';
import { forbidden } from '../../shared/errors';

export interface AdminUser extends Principal {
  displayName: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    adminUser?: AdminUser;
  }
}

/** What a back-office area receives to add its pages: the container and the CSRF token of the form it renders. */
export interface AdminContext {
  container: Container;
  csrfToken(req: Request, res: Response): string;
}

/** A back-office area: registers its pages on the (already authenticated) admin router. */
export type AdminArea = (router: Router, ctx: AdminContext) => void;

/** The signed-in agent or admin (the router guarantees one below the login gate). */
export function adminUser(req: Request): AdminUser {
  if (!req.adminUser) throw new Error('admin page without a signed-in user');
  return req.adminUser;
}

export function requireAdminRole(req: Request, ...roles: string[]): AdminUser {
  const user = adminUser(req);
  if (!roles.includes(user.role)) throw forbidden('ADMIN.ROLE_NOT_ALLOWED', 'Votre rôle ne permet pas d’accéder à cette page.');
  return user;
}
