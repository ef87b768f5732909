import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import jwt from 'jsonwebtoken';
import { pino } from 'pino';
import type { AppConfig } from '../../src/bootstrap/config';
import { testConfig } from '../../src/bootstrap/testing/test-config';
import { buildContainer } from '../../src/bootstrap/container';
import { createApp } from '../../src/adapters/http/app';
import { BcryptPasswordHasher } from '../../src/adapters/auth/bcrypt-password.hasher';
import { IDENTITY } from '../../src/modules/identity/index';
import { openTestDatabase, type TestDatabase } from '../support/test-db';
import { auth, demandData } from '../support/scenario';
import { multipart, PDF } from './support/world';
import { registerConfirmed } from '../support/account-links';

/**
 * Authentication beyond tests/api/foundation.api.test.ts (issue 9 §4): tokens not yet valid,
 * sign-in throttled per address and not only per account, passwords above 72 bytes refused
 * everywhere a password is set or checked (bytes, not characters), and no secret in the logs.
 */

const PASSWORD = 'correct-horse-battery';
const logLines: string[] = [];
let config: AppConfig;
let db: TestDatabase;
let app: ReturnType<typeof createApp>['app'];
let container: ReturnType<typeof buildContainer>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'alin-auth-'));
  // every log line at trace level, captured: what an operator's log store would receive
  config = testConfig({ DATA_DIR: dataDir, LOGIN_MAX_FAILURES_PER_ADDRESS: '6', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100', TRUST_PROXY: 'true', LOG_LEVEL: 'trace' });
  db = await openTestDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'trace' }, sink);
  container = buildContainer({ config, database: db.database, logger });
  ({ app } = createApp(container));
});
afterAll(async () => {
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

let seq = 0;
async function account(role: 'applicant' | 'agent' = 'applicant', password = PASSWORD): Promise<{ email: string; token: string; refreshToken: string; accountId: string }> {
  const email = `auth-${++seq}-${Date.now()}@test.alin`;
  const created = await container.get(IDENTITY.Service).createAccount({ email, password, role, displayName: `Compte ${seq}` });
  const login = await request(app).post('/api/v1/auth/login').set('X-Forwarded-For', `10.9.${seq}.1`).send({ email, password });
  expect(login.status, login.text).toBe(200);
  return { email, token: login.body.accessToken, refreshToken: login.body.refreshToken, accountId: created.id };
}

const expectProblem = (res: request.Response, status: number, code: string) => {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
};

describe('tokens that are not yet valid', () => {
  it('refuses a token whose nbf or iat lies in the future, though its signature and session are good', async () => {
    const { token } = await account();
    const claims = jwt.decode(token) as jwt.JwtPayload;
    const { auth: a } = config;
    const now = Math.floor(Date.now() / 1000);
    const sign = (extra: Record<string, unknown>) =>
      jwt.sign({ role: claims.role, sid: claims.sid, sub: claims.sub, iss: a.issuer, aud: a.audience, exp: now + 600, ...extra }, a.jwtSecret, { algorithm: 'HS256' });
    // the control: the same claims issued now are accepted
    expect(
      (
        await request(app)
          .get('/api/v1/me')
          .set(auth(sign({ iat: now })))
      ).status,
    ).toBe(200);
    expectProblem(
      await request(app)
        .get('/api/v1/me')
        .set(auth(sign({ iat: now, nbf: now + 3600 }))),
      401,
      'IDENTITY.TOKEN_INVALID',
    );
    expectProblem(
      await request(app)
        .get('/api/v1/me')
        .set(auth(sign({ iat: now + 3600 }))),
      401,
      'IDENTITY.TOKEN_INVALID',
    );
    // a few seconds of clock skew are tolerated
    expect(
      (
        await request(app)
          .get('/api/v1/me')
          .set(auth(sign({ iat: now + 5 })))
      ).status,
    ).toBe(200);
  });
});

describe('sign-in throttling per address', () => {
  it('slows an address that tries many accounts, each below its own limit; other addresses still sign in', async () => {
    const victim = await account();
    const attacker = '203.0.113.66';
    for (let i = 0; i < 6; i++) {
      const res = await request(app)
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', attacker)
        .send({ email: `someone-${i}@example.fr`, password: 'wrong-password-123' });
      expectProblem(res, 401, 'IDENTITY.INVALID_CREDENTIALS');
    }
    // the address is now slowed, whatever the account, even with the right password
    const blocked = await request(app).post('/api/v1/auth/login').set('X-Forwarded-For', attacker).send({ email: victim.email, password: PASSWORD });
    expectProblem(blocked, 429, 'IDENTITY.TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // the back-office form answers the same address with a 429 too
    const form = request.agent(app);
    const page = await form.get('/admin/login').set('X-Forwarded-For', attacker);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const adminTry = await form.post('/admin/login').set('X-Forwarded-For', attacker).type('form').send({ email: victim.email, password: PASSWORD, _csrf: csrf });
    expect(adminTry.status).toBe(429);
    // the account itself is not locked: from another address it signs in
    expect((await request(app).post('/api/v1/auth/login').set('X-Forwarded-For', '198.51.100.7').send({ email: victim.email, password: PASSWORD })).status).toBe(200);
  });
});

describe('passwords above 72 bytes are refused, never truncated', () => {
  const at72 = 'é'.repeat(36); // 36 characters, 72 bytes
  const at74 = 'é'.repeat(37); // 37 characters, 74 bytes: under any character limit, over the byte limit

  it('at registration: 72 bytes accepted, 74 bytes (37 characters) refused naming the field', async () => {
    const ok = await request(app)
      .post('/api/v1/auth/register')
      .send({ email: `long-ok-${Date.now()}@example.fr`, password: at72, displayName: 'A' });
    expect(ok.status, ok.text).toBe(202); // registration answers 202 "check your mailbox" (issue 19 §5)
    const long = await request(app)
      .post('/api/v1/auth/register')
      .send({ email: `long-${Date.now()}@example.fr`, password: at74, displayName: 'B' });
    expectProblem(long, 422, 'IDENTITY.PASSWORD_TOO_LONG');
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'password', message: expect.stringMatching(/72 octets/) })]);
    expect(long.body.detail).toMatch(/72 octets/);
    const emoji = await request(app)
      .post('/api/v1/auth/register')
      .send({ email: `emoji-${Date.now()}@example.fr`, password: '😀'.repeat(19), displayName: 'C' }); // 76 bytes
    expectProblem(emoji, 422, 'IDENTITY.PASSWORD_TOO_LONG');
  });

  it('at invitation acceptance: refused, and the invitation stays usable', async () => {
    const identity = container.get(IDENTITY.Service);
    const invite = await identity.inviteAccount({ email: `invite-${Date.now()}@example.fr`, role: 'agent', displayName: 'Invité' });
    expectProblem(await request(app).post('/api/v1/auth/invitations/accept').send({ token: invite.invitationToken, password: at74 }), 422, 'IDENTITY.PASSWORD_TOO_LONG');
    expect((await request(app).post('/api/v1/auth/invitations/accept').send({ token: invite.invitationToken, password: at72 })).status).toBe(200);
  });

  it('at sign-in: a password whose first 72 bytes are right does not sign in', async () => {
    const { email } = await account('applicant', at72);
    const res = await request(app)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '192.0.2.10')
      .send({ email, password: at72 + 'anything' });
    expectProblem(res, 422, 'IDENTITY.PASSWORD_TOO_LONG');
  });

  it('the bcrypt hasher itself refuses to hash, and never matches, more than 72 bytes', async () => {
    const hasher = new BcryptPasswordHasher(4);
    await expect(hasher.hash(at74)).rejects.toThrow(/72 bytes/);
    const hash = await hasher.hash(at72);
    expect(await hasher.verify(at72, hash)).toBe(true);
    expect(await hasher.verify(at72 + 'x', hash)).toBe(false); // bcrypt alone would say true
  });
});

describe('secrets never reach the logs', () => {
  it('a login, a refresh, a client-credentials token, an upload and the back-office sign-in log no secret', async () => {
    logLines.length = 0;
    const secrets: string[] = [];
    const identity = container.get(IDENTITY.Service);
    const password = 'Tr0ub4dor&3-very-secret';
    secrets.push(password);
    const email = `logs-${Date.now()}@example.fr`;
    await registerConfirmed(app, db.database, { email, password, displayName: 'Journal' });
    const login = await request(app).post('/api/v1/auth/login').set('X-Forwarded-For', '192.0.2.20').send({ email, password });
    expect(login.status).toBe(200);
    secrets.push(login.body.accessToken, login.body.refreshToken);
    const wrong = await request(app).post('/api/v1/auth/login').set('X-Forwarded-For', '192.0.2.20').send({ email, password: 'a-wrong-secret-guess-42' });
    expect(wrong.status).toBe(401);
    secrets.push('a-wrong-secret-guess-42');
    const refreshed = await request(app).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken });
    expect(refreshed.status).toBe(200);
    secrets.push(refreshed.body.accessToken, refreshed.body.refreshToken);
    const client = await identity.registerApiClient({ landlordId: '00000000-0000-4000-8000-0000000b0777', name: 'Logs HLM' });
    secrets.push(client.clientSecret);
    const token = await request(app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret });
    expect(token.status).toBe(200);
    secrets.push(token.body.accessToken);
    expect(
      (await request(app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: 'wrong-client-secret-99' })).status,
    ).toBe(401);
    secrets.push('wrong-client-secret-99');
    const invite = await identity.inviteAccount({ email: `inv-logs-${Date.now()}@example.fr`, role: 'agent', displayName: 'Agent journal' });
    secrets.push(invite.invitationToken);
    expect((await request(app).post('/api/v1/auth/invitations/accept').send({ token: invite.invitationToken, password })).status).toBe(200);
    // an upload, with the token in the Authorization header and a cookie
    const demand = await request(app).post('/api/v1/demands').set(auth(refreshed.body.accessToken)).send(demandData());
    expect(demand.status, demand.text).toBe(201);
    const { body, contentType } = multipart([['documentType', 'identity']], [{ name: 'cni.pdf', content: PDF }]);
    const cookie = 'session-cookie-value-4f1d9c';
    secrets.push(cookie);
    const uploaded = await request(app)
      .post(`/api/v1/demands/${demand.body.id}/documents?access_token=${refreshed.body.accessToken}`)
      .set(auth(refreshed.body.accessToken))
      .set('Cookie', `other=${cookie}`)
      .set('Content-Type', contentType)
      .send(body);
    expect(uploaded.status, uploaded.text).toBe(201);
    // a reused refresh token (it revokes the family)
    const reused = await request(app).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken });
    expect(reused.status).toBe(401);
    // a malformed Authorization header, and the back-office sign-in (password in a form, session in a cookie)
    expect((await request(app).get('/api/v1/me').set('Authorization', `Bearer ${refreshed.body.accessToken}x!`)).status).toBe(401);
    const agent = await account('agent');
    secrets.push(agent.token, agent.refreshToken);
    const browser = request.agent(app);
    const page = await browser.get('/admin/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    secrets.push(csrf);
    const signedIn = await browser.post('/admin/login').set('X-Forwarded-For', '192.0.2.30').type('form').send({ email: agent.email, password: PASSWORD, _csrf: csrf });
    expect(signedIn.status).toBe(303);
    const session = /alin_admin=([^;]+)/.exec(([] as string[]).concat(signedIn.headers['set-cookie'] ?? []).join(';'))![1]!;
    secrets.push(decodeURIComponent(session), PASSWORD);
    expect((await browser.get('/admin')).status).toBe(200);

    const logs = logLines.join('');
    expect(logLines.length).toBeGreaterThan(10); // the requests were logged…
    expect(logs).toContain('"path":"/api/v1/auth/login"');
    for (const secret of secrets) expect(logs.includes(secret), `a secret (${secret.slice(0, 6)}…) was logged`).toBe(false); // …without a secret
    expect(logs).not.toMatch(/authorization|cookie|Bearer |password"\s*:|refreshToken|clientSecret|_csrf/i);
    expect(logs).not.toContain(config.auth.jwtSecret);
    console.log(`secrets log check: ${logLines.length} log lines at trace level, ${secrets.length} secret values, none found`);
  });
});
