import { SHARED } from '../../shared/tokens';
import express, { type Router } from 'express';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Container } from 'inversify';
import { IDENTITY } from '../../modules/identity/index';
import type { AdminContext } from './admin-context';
import { ADMIN_AREAS } from './areas';
import { isDomainError } from '../../shared/errors';
import { HTTP } from '../http/http.tokens';
import { portalErrors } from '../web/portal-errors';
import { MessagePage } from './pages/layout';
import { sendPage } from './render';
import { cookieSession } from '../web/cookie-session';
import { LoginPage } from './pages/login.page';
import { Layout } from './pages/layout';
import { passwordResetPages } from '../web/password-reset.pages';

export const ADMIN_COOKIE = 'alin_admin';
const ANON_COOKIE = 'alin_anon';

/** The back office: server-rendered pages, a session cookie, CSRF protection on every form. */
export function adminRouter(container: Container): Router {
  const settings = container.get(HTTP.Settings);
  const identity = container.get(IDENTITY.Service);
  const router = express.Router();

  router.use('/assets', express.static(path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets'), { maxAge: '1h', index: false }));
  const session = cookieSession({
    clock: container.get(SHARED.Clock),
    settings,
    path: '/admin',
    sessionCookie: ADMIN_COOKIE,
    anonCookie: ANON_COOKIE,
    csrfCookie: 'alin.x-csrf',
    resolve: (token) => identity.webSession('admin', token),
    attach: (req, user) => {
      req.adminUser = user;
    },
  });
  // every error of the back office is an HTML page; a form sent after the session expired comes back after sign-in
  const errors = portalErrors({
    path: '/admin',
    signInPath: '/admin/login',
    pendingCookie: 'alin_admin_reprise',
    production: settings.production,
    renderMessage: (req, res, page) =>
      sendPage(res, <MessagePage user={req.adminUser} csrfToken={req.adminUser ? session.csrfToken(req, res) : undefined} title={page.title} text={page.text} />, page.status),
    renderSignIn: (req, res, message, status) => sendPage(res, <LoginPage csrfToken={session.csrfToken(req, res, { overwrite: true })} error={message} />, status),
    hasLiveSession: async (req) => {
      const token = session.token(req);
      return token
        ? identity.webSession('admin', token).then(
            () => true,
            () => false,
          )
        : false;
    },
    signedIn: (req) => req.adminUser !== undefined,
  });
  router.use(...session.middleware);
  // text PostgreSQL cannot store (NUL, lone surrogates) is the sender's mistake: a 400, never a failed query
  router.use(errors.refuseUnstorableText);
  const generateCsrfToken = session.csrfToken;

  router.get('/login', (req, res) => {
    if (req.adminUser) return res.redirect('/admin');
    sendPage(res, <LoginPage csrfToken={generateCsrfToken(req, res)} />);
  });

  router.post('/login', async (req, res, next) => {
    const email = String(req.body?.email ?? '').slice(0, 254);
    const password = String(req.body?.password ?? '');
    try {
      const { sessionToken, expiresAt } = await identity.webLogin('admin', email, password, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? '' });
      session.open(res, sessionToken, expiresAt);
      res.redirect(303, errors.afterSignIn(req, '/admin'));
    } catch (error) {
      if (!isDomainError(error)) return next(error);
      const message = error.kind === 'rate_limited' ? 'Trop de tentatives : réessayez dans quelques minutes.' : 'Identifiant ou mot de passe incorrect.';
      sendPage(res, <LoginPage csrfToken={generateCsrfToken(req, res, { overwrite: true })} error={message} email={email} />, error.kind === 'rate_limited' ? 429 : 401);
    }
  });

  // « Mot de passe oublié »: the identity module's one-time link, opening /admin/mot-de-passe for agents and admins
  passwordResetPages(router, {
    base: '/admin',
    signInPath: '/admin/login',
    identity,
    csrf: (req, res) => generateCsrfToken(req, res),
    layout: (title, content) => <Layout title={title}>{content}</Layout>,
  });

  // Everything below needs a signed-in agent or admin.
  router.use((req, res, next) => {
    if (!req.adminUser) return errors.signInGate(req, res);
    next();
  });
  router.use(errors.restoreMiddleware);

  router.post('/logout', async (req, res) => {
    await identity.webLogout(session.token(req) ?? '');
    session.close(res);
    res.redirect(303, '/admin/login');
  });

  // GET /admin, the dashboard, is the first of ADMIN_AREAS (dashboard/dashboard.area.tsx).
  const ctx: AdminContext = { container, csrfToken: (req, res) => generateCsrfToken(req, res) };
  for (const area of ADMIN_AREAS) area(router, ctx);
  router.use(errors.notFound);
  router.use(errors.errorHandler);

  return router;
}
