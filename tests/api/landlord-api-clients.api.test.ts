import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { LANDLORD_INVITATION_KIND } from '../../src/modules/landlord/application/invite-landlord-user';
import { bearer, createLandlord } from '../support/candidacy-fixtures';
import { rows } from '../support/scenario';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';

/**
 * A landlord's connected systems (issue 17, « Systèmes connectés »): the landlord's administrator
 * registers one (the secret shown once), its users list them (never a secret), the administrator
 * revokes one — the client gets no new token and a token it holds stops working at once; another
 * landlord's users and a user who is not an administrator are refused; each revocation is audited.
 */

const clock = new FixedClock('2026-03-15T09:00:00Z');
let p: TestPlatform;
let agent: string;
let L1: { landlordId: string; landlordToken: string };
let L2: { landlordId: string; landlordToken: string };
let admin: string;

function expectProblem(res: request.Response, status: number, code?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
}

/** An administrator of the landlord: invited by an agent, the mailed link accepted, signed in. */
async function adminOf(landlordId: string): Promise<string> {
  const email = `admin-${process.pid}-${Date.now()}@bailleur.example`;
  const invited = await request(p.app).post(`/api/v1/landlords/${landlordId}/users`).set(bearer(agent)).send({ email, displayName: 'Administratrice', admin: true });
  expect(invited.status, invited.text).toBe(201);
  const [row] = rows<{ payload: { invitationToken: string } }>(
    await p.db.database.db.execute(sql`select payload from landlord.outbox where to_email = ${email} and kind = ${LANDLORD_INVITATION_KIND} order by id desc limit 1`),
  );
  expect((await request(p.app).post('/api/v1/auth/invitations/accept').send({ token: row!.payload.invitationToken, password: TEST_PASSWORD })).status).toBe(200);
  const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
  expect(login.status, login.text).toBe(200);
  return login.body.accessToken as string;
}

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  L1 = await createLandlord(p, agent);
  L2 = await createLandlord(p, agent);
  admin = await adminOf(L1.landlordId);
}, 60_000);

afterAll(async () => {
  await p?.close();
});

describe('a landlord’s connected systems', () => {
  let clientId: string;
  let clientSecret: string;

  it('the administrator registers one: the secret is shown once; its users list them, never with a secret', async () => {
    const created = await request(p.app).post(`/api/v1/landlords/${L1.landlordId}/api-clients`).set(bearer(admin)).send({ name: 'Progiciel locatif' });
    expect(created.status, created.text).toBe(201);
    ({ clientId, clientSecret } = created.body as { clientId: string; clientSecret: string });
    expect(clientSecret.length).toBeGreaterThan(20);
    for (const who of [admin, L1.landlordToken, agent]) {
      const listed = await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/api-clients`).set(bearer(who));
      expect(listed.status, listed.text).toBe(200);
      expect(listed.body).toEqual([{ clientId, name: 'Progiciel locatif', accountId: created.body.accountId, createdAt: expect.any(String), revokedAt: null }]);
      expect(listed.text).not.toContain(clientSecret);
    }
    expect((await request(p.app).get(`/api/v1/landlords/${L1.landlordId}`).set(bearer(agent))).body.connectedByApi).toBe(true);
  });

  it('refuses a user who is not an administrator (403) and another landlord’s users (404)', async () => {
    expectProblem(await request(p.app).post(`/api/v1/landlords/${L1.landlordId}/api-clients`).set(bearer(L1.landlordToken)).send({ name: 'x' }), 403, 'LANDLORD.USER_ADMIN_ONLY');
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/api-clients/${clientId}`).set(bearer(L1.landlordToken)), 403, 'LANDLORD.USER_ADMIN_ONLY');
    expectProblem(await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/api-clients`).set(bearer(L2.landlordToken)), 404);
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/api-clients/${clientId}`).set(bearer(L2.landlordToken)), 404);
    // a client of L1 named under L2 does not exist there
    const l2Admin = await adminOf(L2.landlordId);
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L2.landlordId}/api-clients/${clientId}`).set(bearer(l2Admin)), 404, 'IDENTITY.API_CLIENT_NOT_FOUND');
    expect((await request(p.app).get(`/api/v1/landlords/${L2.landlordId}/api-clients`).set(bearer(l2Admin))).body).toEqual([]);
  });

  it('the administrator revokes it: no new token, the token it holds stops at once; audited; revoking again changes nothing', async () => {
    const token = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId, clientSecret });
    expect(token.status, token.text).toBe(200);
    const systemToken = token.body.accessToken as string;
    expect((await request(p.app).get('/api/v1/offers').set(bearer(systemToken))).status).toBe(200);

    const revoked = await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/api-clients/${clientId}`).set(bearer(admin));
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body).toMatchObject({ clientId, revokedAt: '2026-03-15T09:00:00.000Z' });
    expect((await request(p.app).get('/api/v1/offers').set(bearer(systemToken))).status).toBe(401);
    expect((await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId, clientSecret })).status).toBe(401);
    const listed = await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/api-clients`).set(bearer(admin));
    expect(listed.body[0]).toMatchObject({ clientId, revokedAt: '2026-03-15T09:00:00.000Z' });
    const again = await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/api-clients/${clientId}`).set(bearer(admin));
    expect(again.status).toBe(200);
    expect(again.body.revokedAt).toBe('2026-03-15T09:00:00.000Z');
    const audit = rows<{ action: string; acting_for_id: string; detail: { clientId: string } }>(
      await p.db.database.db.execute(
        sql`select action, acting_for_id, detail from platform.audit_entries where action = 'landlord.api_client_revoked' and object_id = ${L1.landlordId}`,
      ),
    );
    expect(audit.length).toBe(1);
    expect(audit[0]).toMatchObject({ acting_for_id: L1.landlordId, detail: { clientId } });
  });
});
