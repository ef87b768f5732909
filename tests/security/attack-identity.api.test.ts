import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import request from 'supertest';
import jwt from 'jsonwebtoken';
import bcrypt from 'bcrypt';
import { sql } from 'drizzle-orm';
import { IDENTITY, type Role } from '../../src/modules/identity/index';
import { MAIL } from '../../src/adapters/mail/index';
import type { BcryptPasswordHasher } from '../../src/adapters/auth/bcrypt-password.hasher';
import { startSmtpSimulator, type SmtpSimulator } from '../../src/adapters/mail/simulator/smtp-simulator';
import { aDemandData } from '../../src/modules/demand/testing/test-builders';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { mailedLinkToken } from '../support/account-links';
import { newSiren, siretOf } from '../support/candidacy-fixtures';

/**
 * Issue 19, the identity items, attacked as the independent tester did: guesses sent at once
 * (§3), from many forwarded addresses (§3, §11), accounts told apart by timing or by the
 * registration's answer (§5), made-up tokens and floods of account requests (§6), access tokens
 * re-signed with the test secret (§9), secrets left in the outboxes (§14).
 */

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const from = (address: string) => ({ 'X-Forwarded-For': address });
let seq = 0;
const unique = (tag: string) => `${tag}-${++seq}-${Date.now()}@attaque.test`;

async function accountOn(p: TestPlatform, role: Role = 'applicant', orgId?: string) {
  const email = unique(role);
  const account = await p.container.get(IDENTITY.Service).createAccount({ email, password: TEST_PASSWORD, role, displayName: `Cible ${seq}`, ...(orgId ? { orgId } : {}) });
  return { email, accountId: account.id };
}

/** Counts the sign-in attempts the throttle has settled (reserved or refused), to send the right password once the guesses are in flight. */
function watchReservations(p: TestPlatform): () => number {
  const throttle = p.container.get(IDENTITY.LoginThrottle);
  const reserve = throttle.reserve.bind(throttle);
  let settled = 0;
  throttle.reserve = (account, address) => reserve(account, address).finally(() => settled++);
  return () => settled;
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('§3 and §11: the sign-in throttle counts before it evaluates, per account and address', () => {
  let p: TestPlatform;
  let settled: () => number;
  beforeAll(async () => {
    // a real bcrypt cost: each guess takes tens of milliseconds, as in production, so that 24 guesses are still running when the right one arrives
    p = await createTestPlatform({ env: { BCRYPT_COST: '10', LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_ADDRESS: '100', TRUST_PROXY: '1' } });
    settled = watchReservations(p);
  });
  afterAll(async () => p?.close());

  // `.then` sends the request at once (a supertest request is lazy)
  const login = (email: string, password: string, address: string) =>
    request(p.app)
      .post('/api/v1/auth/login')
      .set(from(address))
      .send({ email, password })
      .then((r) => r);

  it('24 wrong passwords sent at once, then the right one while they are still being checked: it does not sign in (limit 5)', async () => {
    const { email } = await accountOn(p);
    const before = settled();
    const guesses = Array.from({ length: 24 }, (_, i) => login(email, `wrong-guess-number-${i}`, '203.0.113.5'));
    await until(() => settled() >= before + 5);
    const right = await login(email, TEST_PASSWORD, '203.0.113.5');
    const answers = await Promise.all(guesses);
    expect(right.status, right.text).toBe(429);
    expect(right.body.code).toBe('IDENTITY.TOO_MANY_ATTEMPTS');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    const evaluated = answers.filter((a) => a.status === 401).length;
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(24 - evaluated);
    expect(answers.some((a) => a.status === 200)).toBe(false);
  });

  it('the same from 25 forwarded addresses: account-wide, at most 5 guesses are checked and the right one waits', async () => {
    const { email } = await accountOn(p);
    // the first account-wide delay is one second: on a loaded machine more than that can pass between the fifth
    // reservation and the right password's, so the throttle's clock stands still during the burst (its `now` setting)
    const throttle = p.container.get(IDENTITY.LoginThrottle) as unknown as { now: () => number };
    const clock = throttle.now;
    const frozen = clock();
    throttle.now = () => frozen;
    onTestFinished(() => void (throttle.now = clock));
    const before = settled();
    const guesses = Array.from({ length: 24 }, (_, i) => login(email, `wrong-guess-number-${i}`, `198.51.100.${i + 1}`));
    await until(() => settled() >= before + 5);
    const right = await login(email, TEST_PASSWORD, '198.51.100.200');
    const answers = await Promise.all(guesses);
    expect(right.status, right.text).toBe(429);
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(5);
    // a progressive delay, not the 15-minute lockout
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('client credentials: a burst of wrong secrets, then the right one from that address, is refused too', async () => {
    const client = await p.container.get(IDENTITY.Service).registerApiClient({ landlordId: randomUUID(), name: 'Système attaqué' });
    const token = (secret: string) =>
      request(p.app)
        .post('/api/v1/auth/token')
        .set(from('203.0.113.9'))
        .send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: secret })
        .then((r) => r);
    const before = settled();
    const guesses = Array.from({ length: 24 }, (_, i) => token(`made-up-secret-${i}`));
    await until(() => settled() >= before + 5);
    const right = await token(client.clientSecret);
    const answers = await Promise.all(guesses);
    expect(right.status).toBe(429);
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(5);
  });

  it('§11: 30 wrong passwords from an attacker do not lock an agent out: only the attacker’s address is refused', async () => {
    const agent = await accountOn(p, 'agent');
    expect((await login(agent.email, TEST_PASSWORD, '10.1.1.1')).status).toBe(200); // the agent's usual address
    const attack = await Promise.all(Array.from({ length: 30 }, (_, i) => login(agent.email, `wrong-guess-number-${i}`, '203.0.113.66')));
    expect(attack.filter((a) => a.status === 401).length).toBeLessThanOrEqual(5);
    expect(attack.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(25);
    // the attacker's address keeps its refusal for this account
    expect((await login(agent.email, TEST_PASSWORD, '203.0.113.66')).status).toBe(429);
    // the agent, from the office: signed in at once
    const office = await login(agent.email, TEST_PASSWORD, '10.1.1.1');
    expect(office.status, office.text).toBe(200);
    // and the back-office form, from the office, too
    const form = request.agent(p.app);
    const page = await form.get('/admin/login').set(from('10.1.1.1'));
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const signedIn = await form.post('/admin/login').set(from('10.1.1.1')).type('form').send({ email: agent.email, password: TEST_PASSWORD, _csrf: csrf });
    expect(signedIn.status).toBe(303);
    // from an address never seen: the success reset the account's delays, it signs in as well
    expect((await login(agent.email, TEST_PASSWORD, '10.2.2.2')).status).toBe(200);
  });
});

describe('§5: accounts cannot be told apart', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    // a cost other than the old dummy hash's (10), so that a dummy of another cost would show
    p = await createTestPlatform({ env: { BCRYPT_COST: '8', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000', TRUST_PROXY: '1' } });
  });
  afterAll(async () => p?.close());

  it('sign-in takes as long for an unknown address as for an existing one (same bcrypt cost; medians within a factor 2)', async () => {
    const hasher = p.container.get(IDENTITY.PasswordHasher) as BcryptPasswordHasher;
    const stored = rows<{ password_hash: string }>(
      await p.db.database.db.execute(sql`select password_hash from identity.accounts where email = ${(await accountOn(p)).email}`),
    )[0]!;
    expect(bcrypt.getRounds(await hasher.dummyHash())).toBe(bcrypt.getRounds(stored.password_hash));
    const { email } = await accountOn(p);
    const timed = async (who: string, i: number) => {
      const start = performance.now();
      const res = await request(p.app)
        .post('/api/v1/auth/login')
        .set(from(`192.0.2.${i}`))
        .send({ email: who, password: `wrong-guess-number-${i}` });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('IDENTITY.INVALID_CREDENTIALS');
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 11; i++) {
      // interleaved, so that a slow moment of the machine falls on both
      known.push(await timed(email, i));
      unknown.push(await timed(unique('inconnu'), 100 + i));
    }
    const ratio = median(unknown) / median(known);
    expect(ratio, `unknown ${median(unknown).toFixed(1)} ms, known ${median(known).toFixed(1)} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('registration answers the same 202 for a new address, an applicant’s, an agent’s and an admin’s; the holders get a mail', async () => {
    const applicant = await accountOn(p, 'applicant');
    const agent = await accountOn(p, 'agent');
    const admin = await accountOn(p, 'admin');
    const fresh = unique('nouveau');
    const answers = [];
    for (const email of [fresh, applicant.email, agent.email, admin.email]) {
      const res = await request(p.app).post('/api/v1/auth/register').set(from('192.0.2.77')).send({ email, password: 'mot-de-passe-attaquant', displayName: 'Intrus' });
      answers.push({ status: res.status, body: res.body });
    }
    expect(answers.every((a) => a.status === 202)).toBe(true);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(answers[0]!.body.message).toMatch(/^Vérifiez votre boîte mail/);
    const kinds = async (email: string) =>
      rows<{ kind: string }>(await p.db.database.db.execute(sql`select kind from identity.outbox where to_email = ${email} order by id`)).map((r) => r.kind);
    expect(await kinds(fresh)).toEqual(['identity.email_confirmation']);
    for (const e of [applicant.email, agent.email, admin.email]) expect(await kinds(e)).toEqual(['identity.account_exists']);
    // the staff accounts are untouched: same role, still active, their own password
    for (const [who, role] of [
      [agent, 'agent'],
      [admin, 'admin'],
    ] as const) {
      const [row] = rows<{ role: string; status: string }>(await p.db.database.db.execute(sql`select role, status from identity.accounts where id = ${who.accountId}`));
      expect(row).toEqual({ role, status: 'active' });
      expect((await request(p.app).post('/api/v1/auth/login').set(from('192.0.2.78')).send({ email: who.email, password: TEST_PASSWORD })).status).toBe(200);
    }
  });

  it('a new account waits for its confirmation: no sign-in, hence no demand, until the mailed link and its password confirm it; the link works once', async () => {
    const email = unique('demandeuse');
    expect((await request(p.app).post('/api/v1/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'Demandeuse' })).status).toBe(202);
    const [row] = rows<{ status: string }>(await p.db.database.db.execute(sql`select status from identity.accounts where email = ${email}`));
    expect(row!.status).toBe('unconfirmed');
    const early = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(early.status).toBe(401);
    expect(early.body.code).toBe('IDENTITY.EMAIL_NOT_CONFIRMED');
    // a wrong password tells nothing about the pending account
    expect((await request(p.app).post('/api/v1/auth/login').send({ email, password: 'wrong-guess-number-1' })).body.code).toBe('IDENTITY.INVALID_CREDENTIALS');
    const token = await mailedLinkToken(p.db.database, email, 'identity.email_confirmation');
    // the link alone does not confirm a password someone else chose
    const wrong = await request(p.app).post('/api/v1/auth/register/confirm').send({ token, password: 'mot-de-passe-attaquant' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('IDENTITY.CONFIRMATION_PASSWORD_MISMATCH');
    expect((await request(p.app).post('/api/v1/auth/register/confirm').send({ token, password: TEST_PASSWORD })).status).toBe(200);
    const again = await request(p.app).post('/api/v1/auth/register/confirm').send({ token, password: TEST_PASSWORD });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('IDENTITY.CONFIRMATION_INVALID');
    const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const demand = await request(p.app).post('/api/v1/demands').set('Authorization', `Bearer ${login.body.accessToken}`).send(aDemandData());
    expect(demand.status, demand.text).toBe(201);
  });

  it('password reset: the same 202 whatever the address; a one-time, short-lived link stored hashed; every session ends', async () => {
    const holder = await accountOn(p);
    const session = await request(p.app).post('/api/v1/auth/login').send({ email: holder.email, password: TEST_PASSWORD });
    const forKnown = await request(p.app).post('/api/v1/auth/password-reset').send({ email: holder.email });
    const forUnknown = await request(p.app)
      .post('/api/v1/auth/password-reset')
      .send({ email: unique('personne') });
    expect([forKnown.status, forUnknown.status]).toEqual([202, 202]);
    expect(forKnown.body).toEqual(forUnknown.body);
    const token = await mailedLinkToken(p.db.database, holder.email, 'identity.password_reset');
    const [stored] = rows<{ token_hash: string; expires_at: string | Date; created_at: string | Date }>(
      await p.db.database.db.execute(sql`select token_hash, expires_at, created_at from identity.one_time_tokens where account_id = ${holder.accountId} and purpose = 'reset'`),
    );
    expect(stored!.token_hash).toBe(sha256(token));
    expect(new Date(stored!.expires_at).getTime() - new Date(stored!.created_at).getTime()).toBeLessThanOrEqual(30 * 60_000 + 5_000);
    const newPassword = 'un-nouveau-mot-de-passe';
    expect((await request(p.app).post('/api/v1/auth/password-reset/confirm').send({ token, password: newPassword })).status).toBe(200);
    expect((await request(p.app).get('/api/v1/me').set('Authorization', `Bearer ${session.body.accessToken}`)).status).toBe(401);
    expect((await request(p.app).post('/api/v1/auth/login').send({ email: holder.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await request(p.app).post('/api/v1/auth/login').send({ email: holder.email, password: newPassword })).status).toBe(200);
    const reused = await request(p.app).post('/api/v1/auth/password-reset/confirm').send({ token, password: 'encore-un-autre-mot-de-passe' });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('IDENTITY.RESET_INVALID');
    // an expired link
    await request(p.app).post('/api/v1/auth/password-reset').send({ email: holder.email });
    const late = await mailedLinkToken(p.db.database, holder.email, 'identity.password_reset');
    await p.db.database.db.execute(sql`update identity.one_time_tokens set expires_at = now() - interval '1 minute' where token_hash = ${sha256(late)}`);
    expect((await request(p.app).post('/api/v1/auth/password-reset/confirm').send({ token: late, password: 'encore-un-autre-mot-de-passe' })).body.code).toBe(
      'IDENTITY.RESET_INVALID',
    );
  });
});

describe('§6: made-up tokens cost no bcrypt; account requests are limited per address', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await createTestPlatform({ env: { ACCOUNT_REQUESTS_PER_ADDRESS: '5', TRUST_PROXY: '1' } });
  });
  afterAll(async () => p?.close());

  it('60 made-up invitation, confirmation and reset tokens at once: all refused, not one password hashed or compared', async () => {
    const hasher = p.container.get(IDENTITY.PasswordHasher);
    let work = 0;
    const { hash, verify } = hasher;
    hasher.hash = (...a) => {
      work++;
      return hash.apply(hasher, a);
    };
    hasher.verify = (...a) => {
      work++;
      return verify.apply(hasher, a);
    };
    try {
      const made = (i: number) => `${'x'.repeat(20)}${i}`;
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => {
          const path = ['/auth/invitations/accept', '/auth/register/confirm', '/auth/password-reset/confirm'][i % 3]!;
          return request(p.app)
            .post(`/api/v1${path}`)
            .set(from(`198.51.100.${i}`))
            .send({ token: made(i), password: TEST_PASSWORD });
        }),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(60).fill(401));
      expect(work).toBe(0);
    } finally {
      hasher.hash = hash;
      hasher.verify = verify;
    }
  });

  it('8 registrations at once from one address: 5 answered, 3 refused (429 with Retry-After); another address still registers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(p.app)
          .post('/api/v1/auth/register')
          .set(from('192.0.2.50'))
          .send({ email: unique('flood'), password: TEST_PASSWORD, displayName: 'Flood' }),
      ),
    );
    expect(answers.filter((a) => a.status === 202)).toHaveLength(5);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.body.code).toBe('IDENTITY.TOO_MANY_REQUESTS');
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      (
        await request(p.app)
          .post('/api/v1/auth/register')
          .set(from('192.0.2.51'))
          .send({ email: unique('autre'), password: TEST_PASSWORD, displayName: 'Autre' })
      ).status,
    ).toBe(202);
  });

  it('invitation acceptance, confirmation and reset requests are limited per address the same way', async () => {
    for (const [path, body] of [
      ['/auth/invitations/accept', { token: 'y'.repeat(30), password: TEST_PASSWORD }],
      ['/auth/register/confirm', { token: 'y'.repeat(30), password: TEST_PASSWORD }],
      ['/auth/password-reset', { email: 'quelquun@attaque.test' }],
      ['/auth/password-reset/confirm', { token: 'y'.repeat(30), password: TEST_PASSWORD }],
    ] as const) {
      const answers = await Promise.all(Array.from({ length: 8 }, () => request(p.app).post(`/api/v1${path}`).set(from('192.0.2.60')).send(body)));
      expect(
        answers.filter((a) => a.status === 429),
        path,
      ).toHaveLength(3);
    }
  });

  it('reset requests for one account from many addresses: at most 5 mails reach its holder', async () => {
    const holder = await accountOn(p);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        request(p.app)
          .post('/api/v1/auth/password-reset')
          .set(from(`203.0.113.${100 + i}`))
          .send({ email: holder.email }),
      ),
    );
    expect(answers.every((a) => a.status === 202)).toBe(true);
    const [count] = rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from identity.outbox where to_email = ${holder.email}`));
    expect(Number(count!.n)).toBe(5);
  });
});

describe('§9: an access token is its session’s, nothing else', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await createTestPlatform();
  });
  afterAll(async () => p?.close());

  const forge = (claims: Record<string, unknown>, options: { exp?: number | null } = {}) => {
    const { auth } = p.config;
    const now = Math.floor(Date.now() / 1000);
    const exp = options.exp === undefined ? now + 600 : options.exp;
    return jwt.sign({ iss: auth.issuer, aud: auth.audience, iat: now, ...(exp === null ? {} : { exp }), ...claims }, auth.jwtSecret, { algorithm: 'HS256' });
  };
  const get = (path: string, token: string) => request(p.app).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
  const expectRefused = async (path: string, token: string) => {
    const res = await get(path, token);
    expect(res.status, `${path}: ${res.text}`).toBe(401);
  };

  it('re-signed with another role, subject or organisation, without exp or with a far exp, or on a cookie session: refused', async () => {
    const applicant = await p.signIn('applicant');
    const other = await p.signIn('applicant');
    const companyId = randomUUID();
    const manager = await p.signIn('company_manager', { orgId: companyId });
    const a = jwt.decode(applicant.token) as jwt.JwtPayload;
    const m = jwt.decode(manager.token) as jwt.JwtPayload;
    // the controls: the same claims, re-signed, pass
    expect((await get('/me', forge({ sub: a.sub, role: 'applicant', sid: a.sid }))).status).toBe(200);
    expect((await get('/me', forge({ sub: m.sub, role: 'company_manager', sid: m.sid, companyId }))).status).toBe(200);
    // another role on the applicant's live session
    await expectRefused('/companies', forge({ sub: a.sub, role: 'agent', sid: a.sid }));
    await expectRefused('/me', forge({ sub: a.sub, role: 'admin', sid: a.sid }));
    // another account on the applicant's session
    await expectRefused('/me', forge({ sub: other.accountId, role: 'applicant', sid: a.sid }));
    // another company, or none, on the manager's session
    await expectRefused('/me', forge({ sub: m.sub, role: 'company_manager', sid: m.sid, companyId: randomUUID() }));
    await expectRefused('/me', forge({ sub: m.sub, role: 'company_manager', sid: m.sid }));
    await expectRefused('/me', forge({ sub: a.sub, role: 'applicant', sid: a.sid, landlordId: randomUUID() }));
    // no exp, or an exp ten years ahead
    await expectRefused('/me', forge({ sub: a.sub, role: 'applicant', sid: a.sid }, { exp: null }));
    await expectRefused('/me', forge({ sub: a.sub, role: 'applicant', sid: a.sid }, { exp: Math.floor(Date.now() / 1000) + 10 * 365 * 86_400 }));
    // the session of a back-office cookie is not a bearer session
    const agent = await accountOn(p, 'agent');
    await p.container.get(IDENTITY.Service).webLogin('admin', agent.email, TEST_PASSWORD, { address: '10.0.0.1' });
    const [cookieSession] = rows<{ id: string }>(
      await p.db.database.db.execute(sql`select id::text from identity.sessions where account_id = ${agent.accountId} and kind = 'admin'`),
    );
    await expectRefused('/companies', forge({ sub: agent.accountId, role: 'agent', sid: cookieSession!.id }));
  });

  it('a token issued before a change of role is refused once the account changed', async () => {
    const applicant = await p.signIn('applicant');
    expect((await get('/me', applicant.token)).status).toBe(200);
    await p.db.database.db.execute(sql`update identity.accounts set role = 'landlord_user' where id = ${applicant.accountId}`);
    await new Promise((r) => setTimeout(r, p.config.auth.sessionCheckCacheMs + 50)); // past the per-request check's short cache
    await expectRefused('/me', applicant.token);
  });
});

describe('§14: one-time links are stored hashed and leave the outbox once mailed', () => {
  let p: TestPlatform;
  let smtp: SmtpSimulator;
  beforeAll(async () => {
    smtp = await startSmtpSimulator();
    p = await createTestPlatform({ env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await p?.close();
    await smtp?.close();
  });

  const linkIn = (to: string): string => {
    const mail = smtp.received.find((m) => m.recipients.includes(to));
    const link = mail ? /https?:\/\/\S+\?token=[\w-]+/.exec(mail.text)?.[0] : undefined;
    if (!link) throw new Error(`no link mailed to ${to}`);
    return link;
  };
  const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
  const everywhere = async (secret: string) => {
    // the clear token in no identity table
    const tables = ['identity.sessions', 'identity.one_time_tokens', 'identity.outbox', 'company_space.outbox'];
    let found = 0;
    for (const t of tables)
      found += Number(rows<{ n: number }>(await p.db.database.db.execute(sql.raw(`select count(*)::int as n from ${t} t where t::text like '%${secret}%'`)))[0]!.n);
    return found;
  };

  it('a manager invitation: the token only hashed in identity, the link gone from the company outbox once mailed, and it still works', async () => {
    const agent = await p.signIn('agent');
    const email = unique('rh');
    const company = await request(p.app)
      .post('/api/v1/companies')
      .set('Authorization', `Bearer ${agent.token}`)
      .send({ name: 'Entreprise attaquée', sirets: [siretOf(newSiren())], headcount: 40, contribution: 'none' });
    expect(company.status, company.text).toBe(201);
    const configured = await request(p.app)
      .post(`/api/v1/companies/${company.body.id}/space`)
      .set('Authorization', `Bearer ${agent.token}`)
      .send({ action: 'configure', managers: [{ email, displayName: 'RH' }], quotas: { A: 1 } });
    expect(configured.status, configured.text).toBe(200);
    await p.container.get(MAIL.Dispatcher).dispatch();
    const token = tokenOf(linkIn(email));
    expect(await everywhere(token)).toBe(0);
    const [session] = rows<{ secret_hash: string }>(
      await p.db.database.db.execute(
        sql`select s.secret_hash from identity.sessions s join identity.accounts a on a.id = s.account_id where a.email = ${email} and s.kind = 'invitation'`,
      ),
    );
    expect(session!.secret_hash).toBe(sha256(token));
    const [message] = rows<{ payload: Record<string, unknown> | string }>(await p.db.database.db.execute(sql`select payload from company_space.outbox where to_email = ${email}`));
    const payload = typeof message!.payload === 'string' ? JSON.parse(message!.payload) : message!.payload;
    expect(payload).not.toHaveProperty('link');
    expect(payload).not.toHaveProperty('invitationToken');
    expect((await request(p.app).post('/api/v1/auth/invitations/accept').send({ token, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('confirmation and reset links: mailed, then gone from the identity outbox; stored only as hashes; they still work', async () => {
    const email = unique('inscrite');
    expect((await request(p.app).post('/api/v1/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'Inscrite' })).status).toBe(202);
    await p.container.get(MAIL.Dispatcher).dispatch();
    const confirmation = tokenOf(linkIn(email));
    expect(await everywhere(confirmation)).toBe(0);
    expect((await request(p.app).post('/api/v1/auth/register/confirm').send({ token: confirmation, password: TEST_PASSWORD })).status).toBe(200);

    smtp.received.length = 0;
    expect((await request(p.app).post('/api/v1/auth/password-reset').send({ email })).status).toBe(202);
    await p.container.get(MAIL.Dispatcher).dispatch();
    const reset = tokenOf(linkIn(email));
    expect(await everywhere(reset)).toBe(0);
    const payloads = rows<{ payload: Record<string, unknown> | string; sent_at: Date | null }>(
      await p.db.database.db.execute(sql`select payload, sent_at from identity.outbox where to_email = ${email}`),
    );
    expect(payloads).toHaveLength(2);
    for (const r of payloads) {
      expect(r.sent_at).not.toBeNull();
      expect(typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload).not.toHaveProperty('link');
    }
    expect((await request(p.app).post('/api/v1/auth/password-reset/confirm').send({ token: reset, password: 'un-nouveau-mot-de-passe' })).status).toBe(200);
    // and the erasure of the account takes its identity mails with it (the address is personal data)
    const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: 'un-nouveau-mot-de-passe' });
    const erased = await request(p.app).post('/api/v1/me/erasure').set('Authorization', `Bearer ${login.body.accessToken}`).send({ password: 'un-nouveau-mot-de-passe' });
    expect(erased.status, erased.text).toBe(200);
    expect(rows(await p.db.database.db.execute(sql`select id from identity.outbox where to_email = ${email}`))).toEqual([]);
  });
});
