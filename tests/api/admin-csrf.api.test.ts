import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
const cookiesOf = (res: request.Response): string[] => ([] as string[]).concat(res.headers['set-cookie'] ?? []);
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => p?.close());

describe('back-office forms', () => {
  it('refuses a login form posted without a valid CSRF token', async () => {
    const { email } = await p.signIn('agent');
    const res = await request(p.app).post('/admin/login').type('form').send({ email, password: TEST_PASSWORD });
    expect(res.status).toBe(403);
    // the sign-in page again, as HTML (never the API's problem+json), with the stable code in a header
    expect(res.headers['x-alin-error']).toBe('REQUEST.CSRF');
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('Le formulaire de connexion a expiré');
    expect(cookiesOf(res).some((c) => c.startsWith('alin_admin='))).toBe(false);
  });

  it('signs in with the token of the form, with an httpOnly SameSite session cookie', async () => {
    const { email } = await p.signIn('agent');
    const agent = request.agent(p.app);
    const form = await agent.get('/admin/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
    expect(csrf).toBeTruthy();
    const res = await agent.post('/admin/login').type('form').send({ email, password: TEST_PASSWORD, _csrf: csrf });
    expect(res.status).toBe(303);
    const cookie = cookiesOf(res).find((c) => c.startsWith('alin_admin='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const dashboard = await agent.get('/admin');
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain('Tableau de bord');
    // logging out without the token is refused too
    expect((await agent.post('/admin/logout').type('form').send({})).status).toBe(403);
  });

  it('escapes what it renders', async () => {
    const agent = request.agent(p.app);
    const form = await agent.get('/admin/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
    const res = await agent
      .post('/admin/login')
      .type('form')
      .send({ email: '"><script>alert(1)</script>', password: 'x'.repeat(12), _csrf: csrf });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;script>');
  });
});
