import { describe, expect, it } from 'vitest';
import express from 'express';
import cookieParser from 'cookie-parser';
import request from 'supertest';
import { forbidden, notFound } from '../../shared/errors';
import { formRestoreOf } from './form-restore';
import { portalErrors } from './portal-errors';
import { sendPage } from './render';

/**
 * A portal's errors are HTML pages (never problem+json); a form sent without a live session is kept
 * (its non-sensitive fields) and comes back on its page once the person has signed in again.
 */
function portal() {
  const app = express();
  app.use(cookieParser());
  const router = express.Router();
  let signedIn = false;
  const errors = portalErrors({
    path: '/p',
    signInPath: '/p/login',
    pendingCookie: 'p_reprise',
    production: false,
    renderMessage: (_req, res, page) => void res.status(page.status).type('text/html').send(`<h1>${page.title}</h1><p>${page.text}</p>`),
    renderSignIn: (_req, res, message, status) => void res.status(status).type('text/html').send(`<h1>Connexion</h1><p role="alert">${message}</p>`),
    hasLiveSession: async () => signedIn,
    signedIn: () => signedIn,
  });
  router.use(express.urlencoded({ extended: false }));
  router.post('/login', (req, res) => {
    signedIn = true;
    res.redirect(303, errors.afterSignIn(req, '/p'));
  });
  // the CSRF check runs before the session is looked at (as in cookie-session.ts)
  router.post('/csrf', (_req, _res, next) => next(Object.assign(new Error('invalid csrf token'), { code: 'EBADCSRFTOKEN' })));
  router.use((req, res, next) => (signedIn ? next() : errors.signInGate(req, res)));
  router.use(errors.restoreMiddleware);
  router.get('/form', (_req, res) => {
    res.json({ restored: formRestoreOf(res) ?? null });
  });
  const FormPage = () => (
    <form method="post" action="/p/form/send">
      <textarea name="reason" />
    </form>
  );
  router.get('/page', (_req, res) => sendPage(res, <FormPage />));
  router.get('/forbidden', () => {
    throw forbidden('X.FORBIDDEN', 'Votre rôle ne permet pas d’accéder à cette page.');
  });
  router.get('/missing', () => {
    throw notFound('X.NOT_FOUND');
  });
  router.get('/boom', () => {
    throw new Error('secret internal detail');
  });
  router.use(errors.notFound);
  router.use(errors.errorHandler);
  app.use('/p', router);
  return {
    app,
    signIn: () => {
      signedIn = true;
    },
    signOut: () => {
      signedIn = false;
    },
  };
}

describe('portal errors', () => {
  it('answers 404, 403 and 500 with HTML pages in French, never JSON nor a stack', async () => {
    const { app, signIn } = portal();
    signIn();
    for (const [path, status, title, code] of [
      ['/p/nulle-part', 404, 'Page introuvable', 'ROUTE.NOT_FOUND'],
      ['/p/missing', 404, 'Page introuvable', 'X.NOT_FOUND'],
      ['/p/forbidden', 403, 'Accès refusé', 'X.FORBIDDEN'],
      ['/p/boom', 500, 'Erreur interne', 'REQUEST.ERROR'],
    ] as const) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(status);
      expect(res.type, path).toBe('text/html');
      expect(res.text, path).toContain(`<h1>${title}</h1>`);
      expect(res.headers['x-alin-error'], path).toBe(code);
      expect(res.text).not.toContain('secret internal detail');
    }
  });

  it('writes the page into every POST form it renders (no Referer is sent by the platform)', async () => {
    const { app, signIn } = portal();
    signIn();
    const res = await request(app).get('/p/page?x=1&ok=done');
    expect(res.text).toContain('<input type="hidden" name="_retour" value="/p/page?x=1&amp;ok=done"/>');
  });

  it('keeps a form sent after the session expired, shows the sign-in page, then gives the form back on its page (without the password)', async () => {
    const { app } = portal();
    const agent = request.agent(app);
    const sent = await agent.post('/p/csrf').type('form').send({ _retour: '/p/form?ok=old', reason: 'Motif tapé', password: 'secret-password', _csrf: 'stale' });
    expect(sent.status).toBe(403);
    expect(sent.type).toBe('text/html');
    expect(sent.text).toContain('Votre session a expiré');
    const cookie = String(sent.headers['set-cookie']);
    expect(cookie).toMatch(/p_reprise=[\w-]+/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toContain('Motif');
    const signedIn = await agent.post('/p/login').type('form').send({});
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.location).toBe('/p/form'); // the flash of the last action is dropped; nothing personal in the URL
    const page = await agent.get('/p/form');
    expect(page.body.restored).toEqual({ action: '/p/csrf', fields: { reason: ['Motif tapé'] } });
    // once only
    expect((await agent.get('/p/form')).body.restored).toBeNull();
  });

  it('refuses a form whose page is outside the portal, and brings a page asked for without a session back after sign-in', async () => {
    const { app } = portal();
    const agent = request.agent(app);
    await agent.post('/p/csrf').type('form').send({ _retour: 'https://ailleurs.example/p/form', reason: 'x' });
    const afterForeign = await agent.post('/p/login').type('form').send({});
    expect(afterForeign.headers.location).toBe('/p');

    const other = portal();
    const visitor = request.agent(other.app);
    const asked = await visitor.get('/p/form?page=2');
    expect(asked.status).toBe(303);
    expect(asked.headers.location).toBe('/p/login');
    const back = await visitor.post('/p/login').type('form').send({});
    expect(back.headers.location).toBe('/p/form?page=2');
    expect((await visitor.get('/p/form?page=2')).body.restored).toBeNull();
  });
});
