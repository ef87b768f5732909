import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';

/**
 * The browser portals' refresh token in an HttpOnly cookie (docs/decisions/0009): set on sign-in when
 * the portal asks (X-Requested-With: alin-portal), scoped to /api/v1/auth, SameSite=Strict, Secure
 * over https; the cookie's refresh needs that header and a same-origin Origin (CSRF); the body flow
 * of other clients is unchanged; sign-out clears the cookie.
 */

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ clock: new FixedClock('2026-03-01T10:00:00Z') });
});
afterAll(async () => {
  await p?.close();
});

const PORTAL = { 'X-Requested-With': 'alin-portal' };

async function portalLogin(): Promise<{ cookie: string; accessToken: string; setCookie: string }> {
  const { email } = await p.signIn('applicant');
  const res = await request(p.app).post('/api/v1/auth/login').set(PORTAL).send({ email, password: TEST_PASSWORD });
  expect(res.status, res.text).toBe(200);
  const setCookie = String(res.headers['set-cookie']);
  return { cookie: setCookie.split(';')[0]!, accessToken: res.body.accessToken, setCookie };
}

describe('the refresh cookie', () => {
  it('sign-in of a portal: the refresh token is only in an HttpOnly, SameSite=Strict cookie of Path=/api/v1/auth (no Secure over http)', async () => {
    const { setCookie, accessToken } = await portalLogin();
    expect(accessToken).toBeTruthy();
    expect(setCookie).toMatch(/^alin_refresh=[A-Za-z0-9_-]{20,}; Max-Age=\d+; Path=\/api\/v1\/auth; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it('over https (behind the trusted proxy) the cookie is Secure', async () => {
    const https = await createTestPlatform({ clock: new FixedClock('2026-03-01T10:00:00Z'), env: { TRUST_PROXY: '1' } });
    try {
      const { email } = await https.signIn('applicant');
      const res = await request(https.app).post('/api/v1/auth/login').set(PORTAL).set('X-Forwarded-Proto', 'https').send({ email, password: TEST_PASSWORD });
      expect(res.status, res.text).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
    } finally {
      await https.close();
    }
  });

  it('POST /auth/refresh with the cookie and the portal header rotates it: a new access token and a new cookie; the old cookie reused revokes the session', async () => {
    const { cookie } = await portalLogin();
    const res = await request(p.app).post('/api/v1/auth/refresh').set(PORTAL).set('Cookie', cookie).send({});
    expect(res.status, res.text).toBe(200);
    expect(res.body.refreshToken).toBeUndefined();
    expect((await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${res.body.accessToken}`)).status).toBe(200);
    const next = String(res.headers['set-cookie']).split(';')[0]!;
    expect(next).not.toBe(cookie);

    const reused = await request(p.app).post('/api/v1/auth/refresh').set(PORTAL).set('Cookie', cookie).send({});
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('IDENTITY.REFRESH_REUSED');
    expect(String(reused.headers['set-cookie'])).toMatch(/^alin_refresh=; Path=\/api\/v1\/auth; Expires=Thu, 01 Jan 1970/);
    expect((await request(p.app).post('/api/v1/auth/refresh').set(PORTAL).set('Cookie', next).send({})).status).toBe(401);
  });

  it('CSRF: the cookie without the portal header is refused (403), and so is another site’s Origin; neither uses up the token', async () => {
    const { cookie } = await portalLogin();
    const noHeader = await request(p.app).post('/api/v1/auth/refresh').set('Cookie', cookie).send({});
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.code).toBe('IDENTITY.CSRF_HEADER_REQUIRED');
    const otherSite = await request(p.app).post('/api/v1/auth/refresh').set(PORTAL).set('Origin', 'https://evil.example').set('Cookie', cookie).send({});
    expect(otherSite.status).toBe(403);
    expect(otherSite.body.code).toBe('IDENTITY.CSRF_ORIGIN');
    const sameOrigin = await request(p.app).post('/api/v1/auth/refresh').set(PORTAL).set('Host', 'alin.test').set('Origin', 'http://alin.test').set('Cookie', cookie).send({});
    expect(sameOrigin.status, sameOrigin.text).toBe(200);
  });

  it('no token in the body nor in a cookie: 401', async () => {
    const res = await request(p.app).post('/api/v1/auth/refresh').set(PORTAL).send({});
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('IDENTITY.REFRESH_INVALID');
  });

  it('clients without cookies keep the body flow unchanged: the refresh token in the body, no cookie set', async () => {
    const { email } = await p.signIn('applicant');
    const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(login.body.refreshToken).toEqual(expect.any(String));
    expect(login.headers['set-cookie']).toBeUndefined();
    const res = await request(p.app).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken });
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).toEqual(expect.any(String));
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('sign-out ends the session and clears the cookie: the cookie no longer refreshes', async () => {
    const { cookie, accessToken } = await portalLogin();
    const out = await request(p.app).post('/api/v1/auth/logout').set(PORTAL).set('Authorization', `Bearer ${accessToken}`);
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^alin_refresh=; Path=\/api\/v1\/auth; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    expect((await request(p.app).post('/api/v1/auth/refresh').set(PORTAL).set('Cookie', cookie).send({})).status).toBe(401);
  });
});
