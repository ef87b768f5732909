import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { deployedCompany, rows } from '../support/scenario';

/**
 * « Mot de passe oublié » in the back office and the company portal (issue 18 item 9): the
 * identity module's one-time link, mailed through its template, opening the portal of the
 * account's role; server-rendered pages with CSRF; throttled per address.
 */
const NEW_PASSWORD = 'un-nouveau-mot-de-passe-solide';
let p: TestPlatform;

beforeAll(async () => {
  p = await createTestPlatform({ env: { ACCOUNT_REQUESTS_PER_ADDRESS: '6' } });
});
afterAll(async () => p?.close());

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
const lastLink = async (email: string) => {
  const [row] = rows<{ payload: { link: string } }>(
    await p.db.database.db.execute(sql`select payload from identity.outbox where to_email = ${email} and kind = 'identity.password_reset' order by id desc limit 1`),
  );
  return row?.payload.link;
};

async function resetThrough(base: '/admin' | '/entreprise', email: string, signIn: (password: string) => Promise<number>) {
  const browser = request.agent(p.app);
  const login = await browser.get(base === '/admin' ? '/admin/login' : '/entreprise/connexion');
  expect(login.text).toContain(`href="${base}/mot-de-passe-oublie"`);
  const form = await browser.get(`${base}/mot-de-passe-oublie`);
  expect(form.status).toBe(200);
  expect(form.text).toContain('Mot de passe oublié');
  const sent = await browser
    .post(`${base}/mot-de-passe-oublie`)
    .type('form')
    .send({ email, _csrf: csrfOf(form.text) });
  expect(sent.status).toBe(303);
  expect(sent.headers.location).toBe(`${base}/mot-de-passe-oublie?envoye=1`);
  expect((await browser.get(sent.headers.location!)).text).toContain('Vérifiez votre boîte mail');
  const link = await lastLink(email);
  expect(link).toMatch(new RegExp(`${base}/mot-de-passe\\?token=`));
  const path = new URL(link!).pathname + new URL(link!).search;
  const page = await browser.get(path);
  expect(page.status).toBe(200);
  expect(page.headers['referrer-policy']).toBe('no-referrer');
  const token = new URL(link!).searchParams.get('token')!;
  // the two fields differ: said next to the confirmation
  const mismatch = await browser
    .post(`${base}/mot-de-passe`)
    .type('form')
    .send({ token, password: NEW_PASSWORD, confirmation: 'autre chose encore', _csrf: csrfOf(page.text) });
  expect(mismatch.status).toBe(422);
  expect(mismatch.text).toContain('Les deux mots de passe ne correspondent pas.');
  const done = await browser
    .post(`${base}/mot-de-passe`)
    .type('form')
    .send({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD, _csrf: csrfOf(mismatch.text) });
  expect(done.status, done.text).toBe(200);
  expect(done.text).toContain('Mot de passe changé');
  expect(await signIn(NEW_PASSWORD)).toBe(200);
  // used once
  const reopened = await browser.get(path);
  const again = await browser
    .post(`${base}/mot-de-passe`)
    .type('form')
    .send({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD, _csrf: csrfOf(reopened.text) });
  expect(again.status).toBe(400);
  expect(again.text).toContain('Lien de réinitialisation invalide, déjà utilisé ou expiré');
}

describe('forgot password', () => {
  it('an agent gets a link to /admin and sets a new password there', async () => {
    const agent = await p.signIn('agent');
    await resetThrough('/admin', agent.email, async (password) => (await request(p.app).post('/api/v1/auth/login').send({ email: agent.email, password })).status);
  });

  it('a company manager gets a link to /entreprise and sets a new password there', async () => {
    const agentToken = (await p.signIn('agent')).token;
    const company = await deployedCompany(p, agentToken);
    const email = `rh-${company.siret.slice(0, 9)}@example.fr`;
    await resetThrough('/entreprise', email, async (password) => (await request(p.app).post('/api/v1/auth/login').send({ email, password })).status);
  });

  it('answers the same for an unknown address, refuses a forged token, and is throttled per address', async () => {
    const browser = request.agent(p.app);
    const form = await browser.get('/admin/mot-de-passe-oublie');
    const unknown = await browser
      .post('/admin/mot-de-passe-oublie')
      .type('form')
      .send({ email: 'personne@nulle-part.example', _csrf: csrfOf(form.text) });
    expect(unknown.status).toBe(303);
    const page = await browser.get('/admin/mot-de-passe?token=invente');
    const forged = await browser
      .post('/admin/mot-de-passe')
      .type('form')
      .send({ token: 'invente', password: NEW_PASSWORD, confirmation: NEW_PASSWORD, _csrf: csrfOf(page.text) });
    expect(forged.status).toBe(400);
    let last = 0;
    for (let i = 0; i < 6; i++) {
      const f = await browser.get('/admin/mot-de-passe-oublie');
      last = (
        await browser
          .post('/admin/mot-de-passe-oublie')
          .type('form')
          .send({ email: 'personne@nulle-part.example', _csrf: csrfOf(f.text) })
      ).status;
    }
    expect(last).toBe(429);
  });
});
