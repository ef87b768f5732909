import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { aDemandData } from '../../src/modules/demand/testing/test-builders';
import { applicantWithActiveDemand } from '../support/candidacy-fixtures';
import { mailedLinkToken } from '../support/account-links';
import {
  PDF,
  TEST_PASSWORD,
  apply,
  bearer,
  buildWorld,
  freshDraftOffer,
  freshPublishedOffer,
  newSiren,
  uploadDocument,
  villeurbanneT2,
  type Caller,
  type World,
} from './support/authz-world';

/**
 * Property-level protection, resource by resource:
 * - responses never carry what the caller may not see: every JSON answer is walked against a
 *   deny-list of key names (hashes, secrets, storage and encryption keys) and of values planted in
 *   the fixtures (password, refresh-token and client-secret hashes, storage keys, the document
 *   key, other people's names and ids);
 * - requests cannot set what the caller may not set (status, role, score, owner, registration
 *   number and date, landlordId, companyId…): refused (400 unknown field, 403) or ignored, and the
 *   stored value is unchanged.
 */

let w: World;
/** L1's offer where A and B both applied, only A designated and transmitted */
let OP: string;
let KPA: string;
let KPB: string;
/** values no response may ever carry, whoever asks */
const secrets = new Map<string, string>();

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const get = (path: string, token?: string) => (token ? request(w.p.app).get(`/api/v1${path}`).set(bearer(token)) : request(w.p.app).get(`/api/v1${path}`));
const send = (method: 'post' | 'patch' | 'put', path: string, token: string, body: unknown) =>
  request(w.p.app)
    [method](`/api/v1${path}`)
    .set(bearer(token))
    .send(body as object);

/** Key names that never leave the server. */
const DENIED_KEYS =
  /^(password|passwordHash|password_hash|hash|tokenHash|token_hash|refreshTokenHash|secretHash|secret_hash|clientSecretHash|storageKey|storage_key|encryptionKey|encryption_key|iv|authTag|wrappedKey|dek|jwtSecret|cookieSecret|webhookSecret|apiKey)$/i;

/** Every (path, key, value) of a JSON value. */
function* walk(value: unknown, path = '$'): Generator<{ path: string; key: string | undefined; value: unknown }> {
  yield { path, key: path.split('.').at(-1), value };
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* walk(v, `${path}.${k}`);
}

/** What a response carries that it may not: denied keys, planted secrets, the extra values given. */
function leaks(body: unknown, extra: Record<string, string> = {}, allowedKeys: string[] = []): string[] {
  const found: string[] = [];
  const forbidden = [...secrets.entries(), ...Object.entries(extra)];
  for (const { path, key, value } of walk(body)) {
    if (key && DENIED_KEYS.test(key) && !allowedKeys.includes(key)) found.push(`${path}: denied key`);
    if (typeof value === 'string') for (const [name, s] of forbidden) if (s && value.includes(s)) found.push(`${path}: carries ${name}`);
  }
  return found;
}

/** Reads the path as the caller and returns what it leaks (the read must succeed). */
async function leaksOf(caller: Caller, path: string, extra: Record<string, string> = {}): Promise<string[]> {
  const res = await get(path, w.tokens[caller]);
  expect(res.status, `${caller} GET ${path}: ${res.text}`).toBeLessThan(300);
  return leaks(res.body, extra).map((l) => `${caller} GET ${path} ${l}`);
}

/** B's identity and ids: what A, A's employer and A's landlord must never see. */
const ofB = () => ({
  "B's first name": 'Bertrandautre',
  "B's demand": w.B.demandId,
  "B's account": w.B.accountId,
  "B's candidacy": w.KB,
  "B's candidacy on OP": KPB,
  "B's email": w.B.email,
  "B's document": w.DOCB,
});
const ofA = () => ({
  "A's first name": 'Alicepropre',
  "A's demand": w.A.demandId,
  "A's account": w.A.accountId,
  "A's candidacy": w.KA,
  "A's email": w.A.email,
  "A's document": w.DOC,
});

beforeAll(async () => {
  w = await buildWorld();
  OP = await freshPublishedOffer(w);
  KPA = (await apply(w, w.A, OP)).id;
  KPB = (await apply(w, w.B, OP)).id;
  expect((await send('post', `/offers/${OP}/close`, w.agent, {})).status).toBe(200);
  // A is transmitted on another offer of the world, outcome pending: designating A again is justified (issue 15, item 7)
  const designated = await send('post', `/offers/${OP}/designation`, w.agent, {
    candidacyIds: [KPA],
    justification: 'Rapprochement domicile-travail',
    elsewhereJustification: 'Deuxième offre plus proche du lieu de travail',
  });
  expect(designated.status, designated.text).toBe(200);
  expect((await send('post', `/offers/${OP}/transmission`, w.agent, {})).status).toBe(200);

  const db = w.p.db.database.db;
  for (const r of rows<{ email: string; password_hash: string | null }>(
    await db.execute(sql`select email, password_hash from identity.accounts where password_hash is not null`),
  )) {
    secrets.set(`password hash of ${r.email}`, r.password_hash!);
  }
  for (const r of rows<{ token_hash: string }>(await db.execute(sql`select token_hash from identity.refresh_tokens`)))
    secrets.set(`refresh-token hash ${r.token_hash.slice(0, 6)}`, r.token_hash);
  for (const r of rows<{ client_id: string; secret_hash: string }>(await db.execute(sql`select client_id, secret_hash from identity.api_clients`)))
    secrets.set(`secret hash of ${r.client_id}`, r.secret_hash);
  for (const r of rows<{ storage_key: string }>(await db.execute(sql`select storage_key from demand.documents`)))
    secrets.set(`storage key ${r.storage_key.slice(0, 6)}`, r.storage_key);
  const key = w.p.config.documents.encryptionKey;
  secrets.set('document key (base64)', key.toString('base64'));
  secrets.set('document key (hex)', key.toString('hex'));
  secrets.set('JWT secret', w.p.config.auth.jwtSecret);
  secrets.set('cookie secret', w.p.config.auth.cookieSecret);
  secrets.set('webhook secret', w.p.config.verification.webhookSecret);
  secrets.set('password', TEST_PASSWORD);
  expect(secrets.size).toBeGreaterThan(15);
}, 240_000);
afterAll(async () => w?.p.close());

describe('responses carry nothing the caller may not see', () => {
  it('the planted secrets are really in the database (the walk would see them)', () => {
    expect(leaks({ nested: [{ x: `…${[...secrets.values()][0]}…` }] })).toHaveLength(1);
    expect(leaks({ storageKey: 'x' })).toEqual(['$.storageKey: denied key']);
  });

  it('accounts and sessions: no password, refresh-token or client-secret hash in /me, register, login, refresh, token, api-clients', async () => {
    const found: string[] = [];
    for (const caller of ['appl', 'appl2', 'mgr', 'mgr2', 'llu', 'llu2', 'llc', 'llc2', 'agent', 'admin'] as const) found.push(...(await leaksOf(caller, '/me')));
    const registered = await request(w.p.app).post('/api/v1/auth/register').send({ email: 'nouvelle@test.alin', password: TEST_PASSWORD, displayName: 'Nouvelle' });
    expect(registered.status).toBe(202); // "check your mailbox" (issue 19 §5); confirmed with the mailed link
    const confirmed = await request(w.p.app)
      .post('/api/v1/auth/register/confirm')
      .send({ token: await mailedLinkToken(w.p.db.database, 'nouvelle@test.alin', 'identity.email_confirmation'), password: TEST_PASSWORD });
    expect(confirmed.status).toBe(200);
    const login = await request(w.p.app).post('/api/v1/auth/login').send({ email: 'nouvelle@test.alin', password: TEST_PASSWORD });
    const refreshed = await request(w.p.app).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken });
    expect(refreshed.status).toBe(200);
    const token = await request(w.p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: w.L1.clientId, clientSecret: w.L1.clientSecret });
    // the client secret is shown once, when created; never its hash
    const client = await send('post', `/landlords/${w.L1.id}/api-clients`, w.agent, { name: 'Troisième système' });
    expect(client.status).toBe(201);
    const hashes = rows<{ secret_hash: string; password_hash: string | null }>(
      await w.p.db.database.db.execute(
        sql`select c.secret_hash, a.password_hash from identity.api_clients c join identity.accounts a on a.id = c.account_id where c.client_id = ${client.body.clientId}`,
      ),
    );
    for (const [name, res] of Object.entries({ registered, confirmed, login, refreshed, token, client })) {
      found.push(...leaks(res.body, { 'new client secret hash': hashes[0]!.secret_hash }).map((l) => `${name} ${l}`));
    }
    expect(Object.keys(registered.body).sort()).toEqual(['message']);
    expect(Object.keys(confirmed.body).sort()).toEqual(['accountId']);
    expect(found).toEqual([]);
  });

  it('demands and documents: no storage key, no key, nothing of another applicant; lists keep to the caller', async () => {
    const found: string[] = [];
    found.push(...(await leaksOf('appl', `/demands/${w.A.demandId}`, ofB())));
    found.push(...(await leaksOf('appl', '/demands', ofB())));
    found.push(...(await leaksOf('appl2', '/demands', ofA())));
    found.push(...(await leaksOf('appl', `/demands/${w.A.demandId}/documents`, ofB())));
    found.push(...(await leaksOf('appl', `/demands/${w.A.demandId}/documents/${w.DOC}`, ofB())));
    found.push(...(await leaksOf('agent', `/demands/${w.A.demandId}/documents`)));
    found.push(...(await leaksOf('agent', `/demands/${w.A.demandId}`)));
    found.push(...(await leaksOf('llu', `/demands/${w.A.demandId}/documents`, ofB())));
    found.push(...(await leaksOf('appl', `/demands/${w.A.demandId}/eligibility?offerId=${w.O1}`, ofB())));
    found.push(...(await leaksOf('appl', '/me/export', ofB())));
    const upload = await request(w.p.app)
      .post(`/api/v1/demands/${w.A.demandId}/documents`)
      .set(bearer(w.A.token))
      .field('documentType', 'payslip')
      .attach('files', PDF, { filename: 'bulletin.pdf', contentType: 'application/pdf' });
    expect(upload.status, upload.text).toBe(201);
    const [stored] = rows<{ storage_key: string }>(await w.p.db.database.db.execute(sql`select storage_key from demand.documents where id = ${upload.body.documents[0].id}`));
    found.push(...leaks(upload.body, { 'the new storage key': stored!.storage_key }).map((l) => `upload ${l}`));
    // the file is sent decrypted, named from its cleaned name, never from the storage key
    const content = await get(`/demands/${w.A.demandId}/documents/${w.DOC}/content`, w.L1.user);
    expect(content.status).toBe(200);
    expect(Buffer.compare(content.body as Buffer, PDF)).toBe(0);
    for (const [name, s] of secrets) if (s && String(content.headers['content-disposition']).includes(s)) found.push(`content-disposition carries ${name}`);
    const list = await get('/demands', w.A.token);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([w.A.demandId]);
    expect(found).toEqual([]);
  });

  it('the applicant’s candidacy view: own score and rank, the count, never another candidate’s identity, ids or score', async () => {
    const found: string[] = [];
    for (const path of [`/candidacies/${w.KA}`, `/candidacies/${KPA}`, '/candidacies', '/candidacies/notifications', `/offers/${w.O1}/candidacies`, `/offers/${w.O1}`, '/offers']) {
      found.push(...(await leaksOf('appl', path, ofB())));
    }
    found.push(...(await leaksOf('appl2', `/candidacies/${w.KB}`, ofA())));
    const own = await get(`/candidacies/${w.KA}`, w.A.token);
    expect(own.body).toMatchObject({ id: w.KA, demandId: w.A.demandId, rank: expect.any(Number), candidacyCount: 2, score: { total: expect.any(Number) } });
    // the offer's candidacies: the count only for an applicant (the list is for agents)
    const counted = await get(`/offers/${w.O1}/candidacies`, w.A.token);
    expect(counted.body).toEqual({ offerId: w.O1, candidacyCount: 2 });
    expect(found).toEqual([]);
  });

  it('the landlord’s designated view: only the transmitted candidate (whose file it receives), no score breakdown; nothing of the others', async () => {
    const found: string[] = [];
    for (const caller of ['llu', 'llc'] as const) {
      found.push(...(await leaksOf(caller, `/offers/${OP}/designated`, { ...ofB(), "A's account": w.A.accountId })));
      found.push(...(await leaksOf(caller, `/offers/${OP}/candidacies`, { ...ofB(), ...ofA(), "A's candidacy on OP": KPA })));
      found.push(...(await leaksOf(caller, `/offers/${OP}`, { ...ofB(), ...ofA() })));
      found.push(...(await leaksOf(caller, `/offers/${OP}/history`, { ...ofB(), ...ofA() })));
      found.push(...(await leaksOf(caller, `/demands/${w.A.demandId}/documents`, ofB())));
    }
    const designated = await get(`/offers/${OP}/designated`, w.L1.user);
    expect(designated.body.items.map((i: { candidacyId: string }) => i.candidacyId)).toEqual([KPA]);
    for (const { path, key } of walk(designated.body)) if (key && /^(score|criteria|components|breakdown|rank)$/.test(key)) found.push(`designated ${path}: not for a landlord`);
    // B was not designated: the landlord does not reach B's documents
    expect((await get(`/demands/${w.B.demandId}/documents`, w.L1.user)).status).toBe(404);
    expect((await get(`/demands/${w.B.demandId}/documents/${w.DOCB}/content`, w.L1.user)).status).toBe(404);
    // another landlord's lists say nothing of L1
    found.push(...(await leaksOf('llu2', '/offers', { "L1's offer": w.O1, "L1's offer OP": OP, L1: w.L1.id })));
    found.push(...(await leaksOf('llu2', `/offers?landlordId=${w.L1.id}`, { "L1's offer": w.O1, "L1's offer OP": OP })));
    found.push(...(await leaksOf('llc2', '/landlords', { L1: w.L1.id })));
    expect(found).toEqual([]);
  });

  it('the company’s status view: its own employees’ candidacy statuses, never scores, documents or another company’s employees', async () => {
    const found: string[] = [];
    found.push(...(await leaksOf('mgr', `/companies/${w.C1.id}/candidacies`, ofB())));
    found.push(...(await leaksOf('mgr', `/companies/${w.C1.id}/employees`, ofB())));
    found.push(...(await leaksOf('mgr', `/companies/${w.C1.id}`, ofB())));
    found.push(...(await leaksOf('mgr', '/companies', { C2: w.C2.id, "C2's SIRET": w.C2.siret })));
    found.push(...(await leaksOf('mgr2', `/companies/${w.C2.id}/candidacies`, ofA())));
    const statuses = await get(`/companies/${w.C1.id}/candidacies`, w.C1.manager);
    expect(statuses.body.items.length).toBeGreaterThan(0);
    for (const { path, key } of walk(statuses.body.items, '$.items')) {
      if (key && /^(score|total|criteria|components|rank|documents|resources|monthlyResources|referenceIncome|income|birthDate|household)$/i.test(key))
        found.push(`company view ${path}: not for a company`);
    }
    // another company's policy: descriptions, never its quotas
    const policy = await get(`/companies/${w.C2.id}/policy`, w.C1.manager);
    expect(policy.status).toBe(200);
    for (const { path, key } of walk(policy.body)) if (key && /quota|granted|remaining/i.test(key)) found.push(`C2's policy read by C1 ${path}`);
    expect(found).toEqual([]);
  });

  it('the company sees the candidacies of its validated employees only: not of a pending or rejected request', async () => {
    const statuses = async () =>
      (await get(`/companies/${w.C1.id}/candidacies?pageSize=100`, w.C1.manager)).body.items as { demandId: string; candidacyId?: string; id?: string }[];
    const pending = await applicantWithActiveDemand(w.p, w.agent, { firstName: 'Paulenattente', birthDate: '1991-01-01', monthlyResources: 2200, employerSiret: w.C1.siret });
    const rejected = await applicantWithActiveDemand(w.p, w.agent, { firstName: 'Rogerrefuse', birthDate: '1992-01-01', monthlyResources: 2200, employerSiret: w.C1.siret });
    const refused = await send('post', `/companies/${w.C1.id}/employees/${rejected.demandId}/validation`, w.C1.manager, {
      decision: 'reject',
      reason: 'Ne fait pas partie du personnel',
    });
    expect(refused.status, refused.text).toBe(200);
    const kp = (await apply(w, pending, w.O1)).id;
    const kr = (await apply(w, rejected, w.O1)).id;
    const seen = await statuses();
    expect(seen.map((s) => s.demandId)).toContain(w.A.demandId);
    const found = leaks(seen, {
      'pending employee': pending.demandId,
      'rejected employee': rejected.demandId,
      'pending candidacy': kp,
      'rejected candidacy': kr,
      'pending name': 'Paulenattente',
      'rejected name': 'Rogerrefuse',
    });
    expect(found).toEqual([]);
  });

  it('the other readers: agents’ ranking and referentials carry no secret', async () => {
    const found: string[] = [];
    for (const path of [
      `/offers/${OP}/ranking`,
      `/offers/${w.O1}/candidacies`,
      '/landlords',
      `/landlords/${w.L1.id}`,
      `/landlords/${w.L1.id}/agreements`,
      '/companies',
      `/companies/${w.C1.id}`,
      '/companies/space-requests',
      '/stats',
    ]) {
      found.push(...(await leaksOf('agent', path)));
    }
    found.push(...(await leaksOf('anon', '/scoring/balancing-bonuses')));
    expect(found).toEqual([]);
  });
});

describe('requests cannot set what the caller may not set', () => {
  const expectRefused = (res: request.Response, status = 400) => {
    expect(res.status, res.text).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  };

  it('accounts: no role, status or id at registration', async () => {
    for (const extra of [
      { role: 'admin' },
      { role: 'agent' },
      { status: 'active' },
      { id: '00000000-0000-4000-8000-000000000001' },
      { memberships: [{ orgKind: 'landlord', orgId: w.L1.id }] },
    ]) {
      const email = `escalade-${Object.keys(extra)[0]}@test.alin`;
      expectRefused(
        await request(w.p.app)
          .post('/api/v1/auth/register')
          .send({ email, password: TEST_PASSWORD, displayName: 'X', ...extra }),
      );
      const [account] = rows(await w.p.db.database.db.execute(sql`select id from identity.accounts where email = ${email}`));
      expect(account).toBeUndefined();
    }
  });

  it('demands: status, owner, registration number and date are not the applicant’s to set, at creation or later', async () => {
    const fresh = await w.p.signIn('applicant');
    for (const extra of [
      { status: 'active' },
      { ownerAccountId: w.B.accountId },
      { accountId: w.B.accountId },
      { registrationNumber: '0590625004217T0001' },
      { registrationDate: '2001-01-01' },
      { id: w.B.demandId },
    ]) {
      expectRefused(await send('post', '/demands', fresh.token, { ...aDemandData(), ...extra }));
    }
    expect((await get('/demands', fresh.token)).body.total).toBe(0);

    const before = (await get(`/demands/${w.A.demandId}`, w.agent)).body;
    for (const extra of [
      { status: 'draft' },
      { registrationDate: '2001-01-01' },
      { registrationNumber: '0590625004217T0001' },
      { ownerAccountId: w.B.accountId },
      { renewalDueDate: '2030-01-01' },
    ]) {
      expectRefused(await send('patch', `/demands/${w.A.demandId}`, w.A.token, { wishes: { communeCodes: ['69266'], typologies: [2] }, ...extra }));
      expectRefused(await send('patch', `/demands/${w.A.demandId}`, w.agent, extra));
    }
    const after = (await get(`/demands/${w.A.demandId}`, w.agent)).body;
    for (const field of ['status', 'registrationDate', 'registrationNumber', 'renewalDueDate', 'createdAt']) expect(after[field], field).toEqual(before[field]);
  });

  it('documents: an upload cannot set its status, its storage key or its demand', async () => {
    const count = async () => rows<{ n: number }>(await w.p.db.database.db.execute(sql`select count(*)::int as n from demand.documents where demand_id = ${w.A.demandId}`))[0]!.n;
    const before = await count();
    for (const [field, value] of [
      ['status', 'verified'],
      ['storageKey', '../../etc/passwd'],
      ['demandId', w.B.demandId],
      ['decidedBy', 'agent'],
    ] as const) {
      expectRefused(
        await request(w.p.app)
          .post(`/api/v1/demands/${w.A.demandId}/documents`)
          .set(bearer(w.A.token))
          .field('documentType', 'payslip')
          .field(field, value)
          .attach('files', PDF, { filename: 'bulletin.pdf', contentType: 'application/pdf' }),
      );
    }
    expect(await count()).toBe(before);
    // an agent's decision carries only an outcome and a reason
    expectRefused(await send('post', `/demands/${w.A.demandId}/documents/${w.DOC}/decision`, w.agent, { outcome: 'verified', decidedBy: 'provider' }));
  });

  it('offers: landlordId, status and counters are not the landlord’s to set; another landlord’s agreement is not usable', async () => {
    for (const extra of [{ landlordId: w.L2.id }, { status: 'published' }, { candidacyCount: 0 }, { everPublished: true }, { id: w.O1 }]) {
      expectRefused(await send('post', '/offers', w.L1.user, { ...villeurbanneT2(), ...extra }));
      expectRefused(await send('patch', `/offers/${w.OD}`, w.L1.user, extra));
    }
    const draft = (await get(`/offers/${w.OD}`, w.agent)).body;
    expect(draft).toMatchObject({ landlordId: w.L1.id, status: 'draft' });
    // L2's agreement on an L1 offer: refused like an unknown agreement (422), never attached
    const borrowed = await send('post', '/offers', w.L1.user, { ...villeurbanneT2(), agreementId: w.L2.agreementId });
    expectRefused(borrowed, 422);
    expect(borrowed.body.errors).toEqual([expect.objectContaining({ field: 'agreementId' })]);
    const own = await freshDraftOffer(w);
    expectRefused(await send('patch', `/offers/${own}`, w.L1.user, { agreementId: w.L2.agreementId }), 422);
    expect((await get(`/offers/${own}`, w.agent)).body.agreementId).not.toBe(w.L2.agreementId);
  });

  it('candidacies: status, score, rank and owner are not the applicant’s to set; a landlord’s decision sets only the decision', async () => {
    for (const extra of [{ status: 'designated' }, { score: 999 }, { rank: 1 }, { accountId: w.B.accountId }, { total: 500 }]) {
      expectRefused(await send('post', '/candidacies', w.A.token, { demandId: w.A.demandId, offerId: w.O1, ...extra }));
      expectRefused(await send('post', `/candidacies/${w.KA}/withdraw`, w.A.token, { reason: 'x', ...extra }));
    }
    expect((await get(`/candidacies/${w.KA}`, w.A.token)).body.status).toBe('submitted');
    expectRefused(await send('post', `/candidacies/${w.KT}/cal-decision`, w.L1.user, { decision: 'accepted', calRank: 1, status: 'leased' }));
    expectRefused(await send('post', `/offers/${OP}/designation`, w.agent, { candidacyIds: [KPB], scores: { [KPB]: 999 } }));
    expect((await get(`/candidacies/${w.KT}`, w.agent)).body.status).toBe('transmitted');
  });

  it('companies: a manager may set delegatesToAls only; never its company, quotas of another, or the space status', async () => {
    const before = (await get(`/companies/${w.C1.id}`, w.agent)).body;
    for (const body of [{ name: 'Renommée' }, { headcount: 10 }, { contribution: 'none' }, { addSirets: ['12345678200010'] }]) {
      const res = await send('patch', `/companies/${w.C1.id}`, w.C1.manager, body);
      expect([400, 403], res.text).toContain(res.status);
    }
    for (const body of [{ id: w.C2.id }, { spaceStatus: 'deployed' }, { companyId: w.C2.id }, { siren: newSiren() }]) {
      expectRefused(await send('patch', `/companies/${w.C1.id}`, w.C1.manager, body));
    }
    expectRefused(await send('put', `/companies/${w.C1.id}/policy`, w.C1.manager, { companyId: w.C2.id, quotas: { A: 5 } }));
    expectRefused(await send('post', `/companies/${w.C1.id}/employees/${w.A.demandId}/tranches`, w.C1.manager, { tranche: 'B', reason: 'Mobilité', companyId: w.C2.id }));
    expectRefused(
      await send('post', `/companies/${w.C1.id}/employees/${w.A.demandId}/validation`, w.C1.manager, { decision: 'validate', status: 'validated', companyId: w.C2.id }),
    );
    const after = (await get(`/companies/${w.C1.id}`, w.agent)).body;
    for (const field of ['name', 'headcount', 'contribution', 'sirets', 'siren']) expect(after[field], field).toEqual(before[field]);
    expect(after.space?.status ?? after.spaceStatus).toEqual(before.space?.status ?? before.spaceStatus);
  });

  it('landlords and scoring: no id, status or creation date from the caller', async () => {
    expectRefused(await send('post', '/landlords', w.agent, { siren: newSiren(), name: 'X', kind: 'OPH', id: w.L1.id }));
    expectRefused(await send('patch', `/landlords/${w.L1.id}/agreements/${w.L1.agreementId}`, w.agent, { unitsOwed: 3, landlordId: w.L2.id }));
    expectRefused(
      await send('post', '/scoring/balancing-bonuses', w.agent, {
        sizeClass: 'GE',
        points: 10,
        startDate: '2026-03-01',
        endDate: '2026-03-31',
        reason: 'x',
        status: 'active',
        createdAt: '2020-01-01',
      }),
    );
    expectRefused(await send('post', '/scoring/territory-grids', w.agent, { epciCode: '200046977', name: 'x', active: false, criteria: [], maxPoints: 1000 }));
    const agreement = (await get(`/landlords/${w.L1.id}/agreements/${w.L1.agreementId}`, w.agent)).body;
    expect(agreement.landlordId ?? w.L1.id).toBe(w.L1.id);
  });

  it('an applicant’s upload to another’s demand stores nothing (the owner is the path’s, checked, not the caller’s word)', async () => {
    const count = async () => rows<{ n: number }>(await w.p.db.database.db.execute(sql`select count(*)::int as n from demand.documents where demand_id = ${w.A.demandId}`))[0]!.n;
    const before = await count();
    const res = await request(w.p.app)
      .post(`/api/v1/demands/${w.A.demandId}/documents`)
      .set(bearer(w.B.token))
      .field('documentType', 'payslip')
      .attach('files', PDF, { filename: 'bulletin.pdf', contentType: 'application/pdf' });
    expectRefused(res, 404);
    expect(await count()).toBe(before);
    expect(await uploadDocument(w, w.A.token, w.A.demandId, 'payslip')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await count()).toBe(before + 1);
  });
});
