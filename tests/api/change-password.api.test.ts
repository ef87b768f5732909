import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FixedClock } from '../../src/shared/testing/clock';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';

/** POST /auth/password: the current password asked again, the policy, every other session ended, a new token pair for the caller. */

let p: TestPlatform;
const NEW_PASSWORD = 'un-nouveau-mot-de-passe-solide';
beforeAll(async () => {
  p = await createTestPlatform({ clock: new FixedClock('2026-03-01T10:00:00Z') });
});
afterAll(async () => {
  await p?.close();
});

const login = (email: string, password: string) => request(p.app).post('/api/v1/auth/login').send({ email, password });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('POST /auth/password', () => {
  it('changes the password: the new one signs in, the old one no longer; every other session ends, the caller gets a new one', async () => {
    const { token, email } = await p.signIn('applicant');
    const other = await login(email, TEST_PASSWORD);
    expect(other.status).toBe(200);

    const res = await request(p.app).post('/api/v1/auth/password').set(bearer(token)).send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.any(String), refreshToken: expect.any(String) });

    expect((await request(p.app).get('/api/v1/me').set(bearer(token))).status).toBe(401);
    expect((await request(p.app).get('/api/v1/me').set(bearer(other.body.accessToken))).status).toBe(401);
    expect((await request(p.app).post('/api/v1/auth/refresh').send({ refreshToken: other.body.refreshToken })).status).toBe(401);
    expect((await request(p.app).get('/api/v1/me').set(bearer(res.body.accessToken))).status).toBe(200);
    expect((await request(p.app).post('/api/v1/auth/refresh').send({ refreshToken: res.body.refreshToken })).status).toBe(200);

    expect((await login(email, TEST_PASSWORD)).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('a wrong current password is refused (403, French, on the field) and changes nothing', async () => {
    const { token, email } = await p.signIn('applicant');
    const res = await request(p.app).post('/api/v1/auth/password').set(bearer(token)).send({ currentPassword: 'pas-le-bon-mot-de-passe', newPassword: NEW_PASSWORD });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY.PASSWORD_MISMATCH');
    expect(res.body.detail).toBe('Le mot de passe actuel est incorrect.');
    expect(res.body.errors).toEqual([{ field: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }]);
    expect((await request(p.app).get('/api/v1/me').set(bearer(token))).status).toBe(200);
    expect((await login(email, TEST_PASSWORD)).status).toBe(200);
  });

  it('a new password too short is refused (422) on the newPassword field, the current one kept', async () => {
    const { token, email } = await p.signIn('applicant');
    const res = await request(p.app).post('/api/v1/auth/password').set(bearer(token)).send({ currentPassword: TEST_PASSWORD, newPassword: 'court' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDENTITY.PASSWORD_TOO_SHORT');
    expect(res.body.errors[0].field).toBe('newPassword');
    expect((await login(email, TEST_PASSWORD)).status).toBe(200);
  });

  it('needs a signed-in account (401) and is refused to a connected system’s client token, which has no password (403); unknown fields refused', async () => {
    expect((await request(p.app).post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(401);
    const { token } = await p.signIn('agent');
    const extra = await request(p.app).post('/api/v1/auth/password').set(bearer(token)).send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, email: 'x@y.fr' });
    expect(extra.status).toBe(400);
  });

  it('a browser portal (X-Requested-With: alin-portal) gets the new refresh token in the HttpOnly cookie, not in the body', async () => {
    const { token } = await p.signIn('applicant');
    const res = await request(p.app)
      .post('/api/v1/auth/password')
      .set(bearer(token))
      .set('X-Requested-With', 'alin-portal')
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status, res.text).toBe(200);
    expect(res.body.refreshToken).toBeUndefined();
    expect(String(res.headers['set-cookie'])).toMatch(/^alin_refresh=[^;]+; Max-Age=\d+; Path=\/api\/v1\/auth; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
  });
});
