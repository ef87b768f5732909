import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Container } from 'inversify';
import { IDENTITY } from '../../modules/identity/index';
import type { AdminContext } from './admin-context';
import { ADMIN_AREAS } from './areas';
import { isDomainError } from '../../shared/errors';
import { HTTP } from '../http/http.tokens';
import { sendPage } from './render';
import { LoginPage } from './pages/login.page';
import { DashboardPage } from './pages/dashboard.page';

export const ADMIN_COOKIE = 'alin_admin';
const ANON_COOKIE = 'alin_anon';

/** The back office: server-rendered pages, a session cookie, CSRF protection on every form. */
export function adminRouter(container: Container): Router {
  const settings = container.get(HTTP.Settings);
  const identity = container.get(IDENTITY.Service);
  const router = express.Router();
  const cookieBase = { httpOnly: true, sameSite: 'lax' as const, secure: settings.production, path: '/admin' };

  router.use('/assets', express.static(path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets'), { maxAge: '1h', index: false }));
  router.use(express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }));

  // A random anonymous identifier ties the CSRF token of the login form to this browser.
  router.use((req, res, next) => {
    if (!req.cookies?.[ANON_COOKIE] && !req.cookies?.[ADMIN_COOKIE]) {
      const anon = randomBytes(16).toString('hex');
      req.cookies = { ...(req.cookies ?? {}), [ANON_COOKIE]: anon };
      res.cookie(ANON_COOKIE, anon, cookieBase);
    }
    next();
  });

  const { generateCsrfToken, doubleCsrfProtection } = doubleCsrf({
    getSecret: () => settings.cookieSecret,
    getSessionIdentifier: (req) => String(req.cookies?.[ADMIN_COOKIE] ?? req.cookies?.[ANON_COOKIE] ?? ''),
    cookieName: settings.production ? '__Host-alin.x-csrf' : 'alin.x-csrf',
    cookieOptions: { ...cookieBase, path: '/' },
    getCsrfTokenFromRequest: (req) => (req.body as Record<string, string> | undefined)?._csrf ?? (req.headers['x-csrf-token'] as string | undefined),
    errorConfig: { statusCode: 403, message: 'invalid csrf token', code: 'EBADCSRFTOKEN' },
  });
  router.use(doubleCsrfProtection);

  const loadUser = async (req: Request, _res: Response, next: NextFunction) => {
    const token = req.cookies?.[ADMIN_COOKIE];
    if (typeof token === 'string' && token) {
      try {
        req.adminUser = await identity.adminSession(token);
      } catch (error) {
        if (!isDomainError(error)) return next(error);
      }
    }
    next();
  };
  router.use(loadUser);

  router.get('/login', (req, res) => {
    if (req.adminUser) return res.redirect('/admin');
    sendPage(res, <LoginPage csrfToken={generateCsrfToken(req, res)} />);
  });

  router.post('/login', async (req, res, next) => {
    const email = String(req.body?.email ?? '').slice(0, 254);
    const password = String(req.body?.password ?? '');
    try {
      const { sessionToken, expiresAt } = await identity.adminLogin(email, password, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? '' });
      res.cookie(ADMIN_COOKIE, sessionToken, { ...cookieBase, expires: expiresAt });
      res.clearCookie(ANON_COOKIE, cookieBase);
      res.redirect(303, '/admin');
    } catch (error) {
      if (!isDomainError(error)) return next(error);
      const message = error.kind === 'rate_limited' ? 'Trop de tentatives : réessayez dans quelques minutes.' : 'Identifiant ou mot de passe incorrect.';
      sendPage(res, <LoginPage csrfToken={generateCsrfToken(req, res, { overwrite: true })} error={message} email={email} />, error.kind === 'rate_limited' ? 429 : 401);
    }
  });

  // Everything below needs a signed-in agent or admin.
  router.use((req, res, next) => {
    if (!req.adminUser) return res.redirect(303, '/admin/login');
    next();
  });

  router.post('/logout', async (req, res) => {
    await identity.adminLogout(String(req.cookies?.[ADMIN_COOKIE]));
    res.clearCookie(ADMIN_COOKIE, cookieBase);
    res.redirect(303, '/admin/login');
  });

  router.get('/', async (req, res) => {
    const user = req.adminUser!;
    sendPage(res, <DashboardPage user={user} csrfToken={generateCsrfToken(req, res)} accountsByRole={await identity.countByRole()} />);
  });

  const ctx: AdminContext = { container, csrfToken: (req, res) => generateCsrfToken(req, res) };
  for (const area of ADMIN_AREAS) area(router, ctx);

  return router;
}
