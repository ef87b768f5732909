import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { DEMAND } from '../../src/modules/demand/index';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { applicantWithActiveDemand, bearer, createLandlord, publishedOffer } from '../support/candidacy-fixtures';
import { SMALL_PDF as PDF } from '../support/files';

/**
 * The applicant's GDPR rights: `GET /me/export` gives all their data and nothing of anyone else's;
 * `POST /me/erasure` (password confirmed) withdraws the open candidacies, anonymises the demand,
 * deletes the documents, erases the account and ends its sessions; nobody acts on someone else's.
 */

const clock = new FixedClock('2026-03-01T10:00:00Z');
const dataDir = mkdtempSync(join(tmpdir(), 'alin-privacy-'));
let p: TestPlatform;
let agent: string;
let offerId: string;
let a: Awaited<ReturnType<typeof applicantWithActiveDemand>>;
let b: Awaited<ReturnType<typeof applicantWithActiveDemand>>;
let candidacyA: string;
let documentA: string;
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

beforeAll(async () => {
  p = await createTestPlatform({ clock, env: { DATA_DIR: dataDir } });
  agent = (await p.signIn('agent')).token;
  const landlord = await createLandlord(p, agent);
  offerId = await publishedOffer(p, agent, landlord.landlordToken);
  a = await applicantWithActiveDemand(p, agent, { firstName: 'Amandine', birthDate: '1991-05-02', monthlyResources: 1900 });
  b = await applicantWithActiveDemand(p, agent, { firstName: 'Bérénice', birthDate: '1988-11-20', monthlyResources: 2100 });
  const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(a.token)).send({ demandId: a.demandId, offerId });
  expect(applied.status, applied.text).toBe(201);
  candidacyA = applied.body.id;
  const appliedB = await request(p.app).post('/api/v1/candidacies').set(bearer(b.token)).send({ demandId: b.demandId, offerId });
  expect(appliedB.status, appliedB.text).toBe(201);
  const up = await request(p.app)
    .post(`/api/v1/demands/${a.demandId}/documents`)
    .set(bearer(a.token))
    .field('documentType', 'identity')
    .attach('files', PDF, { filename: 'piece-identite-amandine.pdf', contentType: 'application/pdf' });
  expect(up.status, up.text).toBe(201);
  documentA = up.body.documents?.[0]?.id ?? up.body.items?.[0]?.id ?? up.body[0]?.id;
  expect(documentA).toBeTruthy();
  const upB = await request(p.app)
    .post(`/api/v1/demands/${b.demandId}/documents`)
    .set(bearer(b.token))
    .field('documentType', 'identity')
    .attach('files', PDF, { filename: 'piece-identite-berenice.pdf', contentType: 'application/pdf' });
  expect(upB.status, upB.text).toBe(201);
});
afterAll(async () => {
  await p?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('GET /me/export', () => {
  it('returns the applicant’s account, demands with history, documents’ metadata, candidacies with timelines — and nothing of others', async () => {
    const res = await request(p.app).get('/api/v1/me/export').set(bearer(a.token));
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="alin-mes-donnees-2026-03-01\.json"$/);
    const body = res.body;
    expect(body.account).toMatchObject({ id: a.accountId, email: a.email, role: 'applicant', status: 'active' });
    expect(body.demands).toHaveLength(1);
    expect(body.demands[0]).toMatchObject({ id: a.demandId, status: 'active' });
    expect(body.demands[0].data.applicant.firstName).toBe('Amandine');
    expect(body.demands[0].history.map((h: { to: string }) => h.to)).toEqual(expect.arrayContaining(['submitted', 'active']));
    expect(body.demands[0].documents).toHaveLength(1);
    expect(body.demands[0].documents[0]).toMatchObject({ id: documentA, type: 'identity', fileName: 'piece-identite-amandine.pdf' });
    expect(body.candidacies).toHaveLength(1);
    expect(body.candidacies[0]).toMatchObject({ id: candidacyA, demandId: a.demandId, offerId, status: 'submitted' });
    expect(body.candidacies[0].timeline[0]).toMatchObject({ to: 'submitted' });
    expect(body.notifications).toHaveProperty('demand');
    expect(body.notifications).toHaveProperty('candidacy');
    expect(Array.isArray(body.companyValidations)).toBe(true);

    // never a storage key, nothing of the other applicant
    const [row] = rows<{ storage_key: string }>(await p.db.database.db.execute(sql`select storage_key from demand.documents where id = ${documentA}`));
    const text = JSON.stringify(body);
    expect(text).not.toContain(row!.storage_key);
    expect(text).not.toMatch(/storageKey|storage_key/);
    expect(text).not.toContain(b.demandId);
    expect(text).not.toContain(b.accountId);
    expect(text).not.toContain(b.email);
    expect(text).not.toContain('Bérénice');
  });

  it('is the caller’s own only: another applicant gets their own data; other roles and anonymous callers are refused', async () => {
    const other = await request(p.app).get('/api/v1/me/export').set(bearer(b.token));
    expect(other.status).toBe(200);
    expect(other.body.account.id).toBe(b.accountId);
    expect(JSON.stringify(other.body)).not.toContain(a.demandId);
    expect((await request(p.app).get('/api/v1/me/export').set(bearer(agent))).status).toBe(403);
    expect((await request(p.app).get('/api/v1/me/export')).status).toBe(401);
    expect((await request(p.app).get(`/api/v1/me/export?accountId=${a.accountId}`).set(bearer(b.token))).body.account.id).toBe(b.accountId);
  });
});

describe('POST /me/erasure', () => {
  it('refuses a wrong password, someone else’s account id, other roles; nothing changes', async () => {
    const wrong = await request(p.app).post('/api/v1/me/erasure').set(bearer(a.token)).send({ password: 'not-the-password-at-all' });
    expect(wrong.status, wrong.text).toBe(403);
    expect(wrong.body.code).toBe('IDENTITY.PASSWORD_MISMATCH');
    const targeted = await request(p.app).post('/api/v1/me/erasure').set(bearer(b.token)).send({ password: TEST_PASSWORD, accountId: a.accountId });
    expect(targeted.status, targeted.text).toBe(400);
    expect((await request(p.app).post('/api/v1/me/erasure').set(bearer(agent)).send({ password: TEST_PASSWORD })).status).toBe(403);
    expect((await request(p.app).post('/api/v1/me/erasure').send({ password: TEST_PASSWORD })).status).toBe(401);
    expect((await request(p.app).get('/api/v1/me').set(bearer(a.token))).status).toBe(200);
    expect((await request(p.app).get('/api/v1/me').set(bearer(b.token))).status).toBe(200);
  });

  it('withdraws the open candidacy, anonymises the demand, deletes the files, erases the account; access is denied afterwards', async () => {
    const [doc] = rows<{ storage_key: string }>(await p.db.database.db.execute(sql`select storage_key from demand.documents where id = ${documentA}`));
    const storage = p.container.get(DEMAND.DocumentStorage);
    expect(await storage.exists(doc!.storage_key)).toBe(true);
    const refresh = await request(p.app).post('/api/v1/auth/login').send({ email: a.email, password: TEST_PASSWORD });
    expect(refresh.status).toBe(200);

    const res = await request(p.app).post('/api/v1/me/erasure').set(bearer(a.token)).send({ password: TEST_PASSWORD });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ accountId: a.accountId, candidaciesWithdrawn: 1, demandsCancelled: 1, demandsAnonymised: 1, documentsDeleted: 1, leasedDemands: 0 });

    // access denied: the token, the refresh token, the password
    expect((await request(p.app).get('/api/v1/me').set(bearer(a.token))).status).toBe(401);
    expect((await request(p.app).get('/api/v1/me/export').set(bearer(a.token))).status).toBe(401);
    expect((await request(p.app).post('/api/v1/auth/refresh').send({ refreshToken: refresh.body.refreshToken })).status).toBe(401);
    expect((await request(p.app).post('/api/v1/auth/login').send({ email: a.email, password: TEST_PASSWORD })).status).toBe(401);

    // the candidacy is withdrawn (dated), the offer counts one candidacy less
    const [candidacy] = rows<{ status: string }>(await p.db.database.db.execute(sql`select status from candidacy.candidacies where id = ${candidacyA}`));
    expect(candidacy!.status).toBe('withdrawn');
    // the demand: cancelled, anonymised; the document: purged, its file gone
    const [demand] = rows<{ status: string; data: Record<string, any>; anonymised_at: Date | null }>(
      await p.db.database.db.execute(sql`select status, data, anonymised_at from demand.demands where id = ${a.demandId}`),
    );
    expect(demand!.status).toBe('cancelled');
    expect(demand!.anonymised_at).not.toBeNull();
    expect(JSON.stringify(demand!.data)).not.toContain('Amandine');
    expect(await storage.exists(doc!.storage_key)).toBe(false);
    const [purged] = rows<{ original_name: string; purged_at: Date | null; file_deleted_at: Date | null }>(
      await p.db.database.db.execute(sql`select original_name, purged_at, file_deleted_at from demand.documents where id = ${documentA}`),
    );
    expect(purged).toMatchObject({ original_name: '' });
    expect(purged!.file_deleted_at).not.toBeNull();
    // the account keeps its id, nothing of the person
    const [account] = rows<{ email: string; display_name: string; password_hash: string | null; status: string }>(
      await p.db.database.db.execute(sql`select email, display_name, password_hash, status from identity.accounts where id = ${a.accountId}`),
    );
    expect(account).toMatchObject({ email: `erased-${a.accountId}@erased.invalid`, display_name: 'Compte effacé', password_hash: null, status: 'erased' });
    // the audit entry keeps ids, not names
    const audit = rows<{ detail: unknown; actor_account_id: string }>(
      await p.db.database.db.execute(sql`select detail, actor_account_id from platform.audit_entries where action = 'account.erased' and object_id = ${a.accountId}`),
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toMatch(/Amandine|@test\.alin/);
    expect(JSON.stringify(audit[0])).toContain(a.demandId);

    // the other applicant is untouched
    expect((await request(p.app).get('/api/v1/me').set(bearer(b.token))).status).toBe(200);
    const otherExport = await request(p.app).get('/api/v1/me/export').set(bearer(b.token));
    expect(otherExport.body.demands[0].data.applicant.firstName).toBe('Bérénice');
    expect(otherExport.body.demands[0].documents).toHaveLength(1);
    expect(otherExport.body.candidacies[0].status).toBe('submitted');
  });
});

describe('POST /me/erasure while a landlord has the file', () => {
  it('is refused (409) while a candidacy is transmitted, and changes nothing', async () => {
    const landlord = await createLandlord(p, agent);
    const offer = await publishedOffer(p, agent, landlord.landlordToken);
    const c = await applicantWithActiveDemand(p, agent, { firstName: 'Capucine', birthDate: '1985-07-14', monthlyResources: 2000 });
    const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(c.token)).send({ demandId: c.demandId, offerId: offer });
    expect(applied.status, applied.text).toBe(201);
    expect((await request(p.app).post(`/api/v1/offers/${offer}/close`).set(bearer(agent))).status).toBe(200);
    const designated = await request(p.app)
      .post(`/api/v1/offers/${offer}/designation`)
      .set(bearer(agent))
      .send({ candidacyIds: [applied.body.id] });
    expect(designated.status, designated.text).toBe(200);
    const transmitted = await request(p.app).post(`/api/v1/offers/${offer}/transmission`).set(bearer(agent));
    expect(transmitted.status, transmitted.text).toBe(200);

    const res = await request(p.app).post('/api/v1/me/erasure').set(bearer(c.token)).send({ password: TEST_PASSWORD });
    expect(res.status, res.text).toBe(409);
    expect(res.body.code).toBe('CANDIDACY.ERASURE_BLOCKED');
    expect((await request(p.app).get('/api/v1/me').set(bearer(c.token))).status).toBe(200);
    const [candidacy] = rows<{ status: string }>(await p.db.database.db.execute(sql`select status from candidacy.candidacies where id = ${applied.body.id}`));
    expect(candidacy!.status).toBe('transmitted');
    const [demand] = rows<{ anonymised_at: Date | null; status: string }>(
      await p.db.database.db.execute(sql`select anonymised_at, status from demand.demands where id = ${c.demandId}`),
    );
    expect(demand).toMatchObject({ anonymised_at: null, status: 'active' });
  });
});
