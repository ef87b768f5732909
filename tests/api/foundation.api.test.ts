import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import jwt from 'jsonwebtoken';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'drizzle-orm';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { mailedLinkToken } from '../support/account-links';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' } });
});
afterAll(async () => p?.close());

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(res.body.type).toMatch(/^urn:alin:problem:/);
  if (code) expect(res.body.code).toBe(code);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
};

describe('operational endpoints', () => {
  it('health and readiness', async () => {
    expect((await request(p.app).get('/health')).status).toBe(200);
    const ready = await request(p.app).get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: true, migrations: true });
  });

  it('serves a valid OpenAPI 3.1 document and its browsable docs', async () => {
    const res = await request(p.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/auth/login');
    const docs = await request(p.app).get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });

  it('answers unknown routes with a JSON 404 and a request id', async () => {
    const res = await request(p.app).get('/api/v1/nothing-here');
    expectProblem(res, 404, 'ROUTE.NOT_FOUND');
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
  });

  it('sets security headers', async () => {
    const res = await request(p.app).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('registration and sign-in', () => {
  const email = 'jeanne.employee@example.fr';

  it('registers an applicant (202, confirmed by the mailed link), signs in, reads /me without the password hash', async () => {
    const reg = await request(p.app).post('/api/v1/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'Jeanne' });
    expect(reg.status).toBe(202);
    expect(reg.body.message).toMatch(/^Vérifiez votre boîte mail/);
    // not confirmed yet: no sign-in
    expectProblem(await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD }), 401, 'IDENTITY.EMAIL_NOT_CONFIRMED');
    const token = await mailedLinkToken(p.db.database, email, 'identity.email_confirmation');
    const confirmed = await request(p.app).post('/api/v1/auth/register/confirm').send({ token, password: TEST_PASSWORD });
    expect(confirmed.status, confirmed.text).toBe(200);
    const login = await request(p.app).post('/api/v1/auth/login').send({ email: 'Jeanne.Employee@example.fr', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const me = await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
    expect(JSON.stringify(me.body)).not.toMatch(/hash/i);
  });

  // issue 19 §5 changed this answer: the same 202 as for a new address (no 409 telling accounts apart); no second account, a mail to the holder
  it('creates no second account with the same email, and answers as for a new one (202)', async () => {
    const res = await request(p.app).post('/api/v1/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'Jeanne' });
    expect(res.status).toBe(202);
    expect(res.body.message).toMatch(/^Vérifiez votre boîte mail/);
    const mails = (await p.db.database.db.execute(sql`select kind from identity.outbox where to_email = ${email} order by id`)) as unknown as { rows: { kind: string }[] };
    expect(mails.rows.map((r) => r.kind)).toEqual(['identity.email_confirmation', 'identity.account_exists']);
  });

  it('refuses passwords shorter than 12 or longer than 72 bytes, naming the field', async () => {
    const short = await request(p.app).post('/api/v1/auth/register').send({ email: 'a@example.fr', password: 'short', displayName: 'A' });
    expectProblem(short, 422, 'IDENTITY.PASSWORD_TOO_SHORT');
    expect(short.body.errors[0].field).toBe('password');
    const long = await request(p.app)
      .post('/api/v1/auth/register')
      .send({ email: 'b@example.fr', password: 'é'.repeat(40), displayName: 'B' });
    expectProblem(long, 422, 'IDENTITY.PASSWORD_TOO_LONG');
  });

  it('slows down password guessing per account (429 with Retry-After)', async () => {
    const target = await p.signIn('applicant');
    for (let i = 0; i < 3; i++) {
      const res = await request(p.app).post('/api/v1/auth/login').send({ email: target.email, password: 'wrong-password-123' });
      expectProblem(res, 401, 'IDENTITY.INVALID_CREDENTIALS');
    }
    const blocked = await request(p.app).post('/api/v1/auth/login').send({ email: target.email, password: TEST_PASSWORD });
    expectProblem(blocked, 429, 'IDENTITY.TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('bad requests get a documented 4xx problem', () => {
  it('malformed JSON → 400', async () => {
    const res = await request(p.app).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expectProblem(res, 400, 'REQUEST.MALFORMED_JSON');
  });

  it('wrong types → 400 naming the field', async () => {
    const res = await request(p.app)
      .post('/api/v1/auth/login')
      .send({ email: 42, password: ['x'] });
    expectProblem(res, 400, 'REQUEST.INVALID');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('unknown fields → 400 naming them', async () => {
    const res = await request(p.app).post('/api/v1/auth/login').send({ email: 'x@example.fr', password: TEST_PASSWORD, role: 'admin' });
    expectProblem(res, 400, 'REQUEST.INVALID');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body.role' })]);
  });

  it('a 2 MB body → 413', async () => {
    const res = await request(p.app)
      .post('/api/v1/auth/register')
      .send({ email: 'x@example.fr', password: TEST_PASSWORD, displayName: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(res, 413, 'REQUEST.TOO_LARGE');
  });

  it('no token → 401', async () => {
    expectProblem(await request(p.app).get('/api/v1/me'), 401, 'IDENTITY.AUTHENTICATION_REQUIRED');
  });

  it('an expired token → 401 TOKEN_EXPIRED', async () => {
    const { config } = p;
    const token = jwt.sign({ role: 'agent', sid: '00000000-0000-4000-8000-000000000000' }, config.auth.jwtSecret, {
      algorithm: 'HS256',
      subject: 'x',
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      expiresIn: -10,
    });
    expectProblem(await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`), 401, 'IDENTITY.TOKEN_EXPIRED');
  });

  it('an alg:none token → 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'x', role: 'admin', sid: 'y', iss: p.config.auth.issuer, aud: p.config.auth.audience, exp: Math.floor(Date.now() / 1000) + 600 }),
    ).toString('base64url');
    expectProblem(await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${header}.${payload}.`), 401, 'IDENTITY.TOKEN_INVALID');
  });

  it('a token signed with another key, or for another audience or issuer → 401', async () => {
    const { config } = p;
    const base = { algorithm: 'HS256' as const, subject: 'x', expiresIn: 600 };
    const tokens = [
      jwt.sign({ role: 'admin', sid: 'y' }, 'another-secret-another-secret-another-secret', { ...base, issuer: config.auth.issuer, audience: config.auth.audience }),
      jwt.sign({ role: 'admin', sid: 'y' }, config.auth.jwtSecret, { ...base, issuer: config.auth.issuer, audience: 'someone-else' }),
      jwt.sign({ role: 'admin', sid: 'y' }, config.auth.jwtSecret, { ...base, issuer: 'someone-else', audience: config.auth.audience }),
    ];
    for (const token of tokens) {
      expectProblem(await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`), 401, 'IDENTITY.TOKEN_INVALID');
    }
  });
});

describe('sessions', () => {
  it('rotates refresh tokens; a reused refresh token revokes the family', async () => {
    const { email } = await p.signIn('applicant');
    const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    const first = login.body.refreshToken as string;
    const rotated = await request(p.app).post('/api/v1/auth/refresh').send({ refreshToken: first });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first);
    const reuse = await request(p.app).post('/api/v1/auth/refresh').send({ refreshToken: first });
    expectProblem(reuse, 401, 'IDENTITY.REFRESH_REUSED');
    // the whole family is revoked: the rotated token and the access tokens stop working
    expectProblem(await request(p.app).post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }), 401, 'IDENTITY.REFRESH_INVALID');
    expectProblem(await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${rotated.body.accessToken}`), 401, 'IDENTITY.SESSION_ENDED');
  });

  it('logout ends the access token at once', async () => {
    const { token } = await p.signIn('agent');
    expect((await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect((await request(p.app).post('/api/v1/auth/logout').set('Authorization', `Bearer ${token}`)).status).toBe(204);
    expectProblem(await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`), 401, 'IDENTITY.SESSION_ENDED');
  });

  it('a landlord system gets a token with client credentials; a wrong secret gets 401', async () => {
    const { IDENTITY } = await import('../../src/modules/identity/index');
    const identity = p.container.get(IDENTITY.Service);
    const client = await identity.registerApiClient({ landlordId: '00000000-0000-4000-8000-0000000b0099', name: 'Test HLM' });
    const ok = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret });
    expect(ok.status).toBe(200);
    const me = await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${ok.body.accessToken}`);
    expect(me.body.role).toBe('landlord_client');
    expect(me.body.memberships).toEqual([{ orgKind: 'landlord', orgId: '00000000-0000-4000-8000-0000000b0099' }]);
    const bad = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: 'nope' });
    expectProblem(bad, 401, 'IDENTITY.INVALID_CLIENT');
  });

  it('disabling an account ends its sessions immediately', async () => {
    const { IDENTITY } = await import('../../src/modules/identity/index');
    const { token, accountId } = await p.signIn('applicant');
    // the session's check is now in memory (SESSION_CHECK_CACHE_MS): disabling must end it all the same
    expect((await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    await p.container.get(IDENTITY.Service).disableAccount(accountId);
    expectProblem(await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`), 401, 'IDENTITY.SESSION_ENDED');
  });
});

describe('invitations', () => {
  it('an invited account sets its password once with its one-time token, then signs in', async () => {
    const { IDENTITY } = await import('../../src/modules/identity/index');
    const identity = p.container.get(IDENTITY.Service);
    const invite = await identity.inviteAccount({ email: 'manager@company.fr', role: 'company_manager', displayName: 'Manager', orgId: '00000000-0000-4000-8000-0000000c0042' });
    expectProblem(await request(p.app).post('/api/v1/auth/login').send({ email: 'manager@company.fr', password: TEST_PASSWORD }), 401, 'IDENTITY.INVALID_CREDENTIALS');
    const accept = await request(p.app).post('/api/v1/auth/invitations/accept').send({ token: invite.invitationToken, password: TEST_PASSWORD });
    expect(accept.status).toBe(200);
    expect(accept.body.accountId).toBe(invite.accountId);
    expectProblem(
      await request(p.app).post('/api/v1/auth/invitations/accept').send({ token: invite.invitationToken, password: TEST_PASSWORD }),
      401,
      'IDENTITY.INVITATION_INVALID',
    );
    const login = await request(p.app).post('/api/v1/auth/login').send({ email: 'manager@company.fr', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const me = await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(me.body.memberships).toEqual([{ orgKind: 'company', orgId: '00000000-0000-4000-8000-0000000c0042' }]);
  });
});
