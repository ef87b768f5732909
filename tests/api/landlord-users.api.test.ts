import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { LANDLORD_INVITATION_KIND } from '../../src/modules/landlord/application/invite-landlord-user';
import { renderMail } from '../../src/adapters/mail/templates';
import { bearer, createLandlord } from '../support/candidacy-fixtures';
import { rows } from '../support/scenario';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';

/**
 * The landlord's users (issue 17): an agent invites a landlord user (an administrator), who sets
 * a password through the mailed one-time link; an administrator invites and removes colleagues of
 * the same landlord; a removed user's sessions end at once.
 */

const clock = new FixedClock('2026-03-15T09:00:00Z');
let p: TestPlatform;
let agent: string;
let L1: { landlordId: string; landlordToken: string };
let L2: { landlordId: string; landlordToken: string };

function expectProblem(res: request.Response, status: number, code?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
}

async function invitationOf(email: string): Promise<{ invitationToken: string; link: string; landlordName: string; admin: boolean; expiresAt: string }> {
  const [row] = rows<{ payload: { invitationToken: string; link: string; landlordName: string; admin: boolean; expiresAt: string } }>(
    await p.db.database.db.execute(sql`select payload from landlord.outbox where to_email = ${email} and kind = ${LANDLORD_INVITATION_KIND} order by id desc limit 1`),
  );
  expect(row, `an invitation to ${email}`).toBeDefined();
  return row!.payload;
}

/** accepts the invitation mailed to `email` and signs in: the access token */
async function acceptAndSignIn(email: string): Promise<string> {
  const { invitationToken } = await invitationOf(email);
  const accepted = await request(p.app).post('/api/v1/auth/invitations/accept').send({ token: invitationToken, password: TEST_PASSWORD });
  expect(accepted.status, accepted.text).toBe(200);
  const login = await request(p.app).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
  expect(login.status, login.text).toBe(200);
  return login.body.accessToken as string;
}

let admin: string;
let adminId: string;
let colleague: string;
let colleagueId: string;
const suffix = `${process.pid}-${Date.now()}`;
const adminEmail = `admin-${suffix}@bailleur.example`;
const colleagueEmail = `collegue-${suffix}@bailleur.example`;

beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
  L1 = await createLandlord(p, agent);
  L2 = await createLandlord(p, agent);
}, 60_000);

afterAll(async () => {
  await p?.close();
});

describe('an agent invites a landlord’s administrator', () => {
  it('an account of the landlord, invited, with a one-time link to the landlord portal mailed in French', async () => {
    const invited = await request(p.app)
      .post(`/api/v1/landlords/${L1.landlordId}/users`)
      .set(bearer(agent))
      .send({ email: `  ${adminEmail.toUpperCase()} `, displayName: 'Mme Admin', admin: true });
    expect(invited.status, invited.text).toBe(201);
    expect(invited.body).toMatchObject({ email: adminEmail, displayName: 'Mme Admin', admin: true, status: 'invited', statusLabel: 'Invitation envoyée' });
    adminId = invited.body.accountId as string;

    const payload = await invitationOf(adminEmail);
    expect(payload.link).toMatch(/\/bailleur\/invitation\?token=/);
    const mail = renderMail(LANDLORD_INVITATION_KIND, payload, { publicUrl: 'https://alin.example' });
    expect(mail.subject).toContain('espace bailleur');
    expect(mail.text).toContain('administrateur');
    expect(mail.text).toContain(payload.link);

    admin = await acceptAndSignIn(adminEmail);
    const me = await request(p.app).get('/api/v1/me').set(bearer(admin));
    expect(me.body).toMatchObject({ role: 'landlord_user', memberships: [{ orgKind: 'landlord', orgId: L1.landlordId }] });
    // the audit trail: the agent invited, for the landlord
    const [audit] = rows<{ actor_role: string; acting_for_id: string }>(
      await p.db.database.db.execute(
        sql`select actor_role, acting_for_id::text as acting_for_id from platform.audit_entries where action = 'landlord.user_invited' and object_id = ${adminId}`,
      ),
    );
    expect(audit).toMatchObject({ actor_role: 'agent', acting_for_id: L1.landlordId });
  });

  it('an address already in use, or invalid, is refused in French with the field named', async () => {
    expectProblem(
      await request(p.app).post(`/api/v1/landlords/${L1.landlordId}/users`).set(bearer(agent)).send({ email: adminEmail, displayName: 'Doublon' }),
      409,
      'IDENTITY.EMAIL_TAKEN',
    );
    const bad = await request(p.app).post(`/api/v1/landlords/${L1.landlordId}/users`).set(bearer(agent)).send({ email: 'pas-une-adresse', displayName: 'X' });
    expectProblem(bad, 422, 'LANDLORD.INVALID_USER');
    expect(bad.body.errors).toEqual([{ field: 'email', message: 'Adresse e-mail invalide.' }]);
  });
});

describe('the landlord’s administrator manages colleagues', () => {
  it('lists, invites a colleague who then signs in', async () => {
    const invited = await request(p.app).post(`/api/v1/landlords/${L1.landlordId}/users`).set(bearer(admin)).send({ email: colleagueEmail, displayName: 'M. Collègue' });
    expect(invited.status, invited.text).toBe(201);
    expect(invited.body.admin).toBe(false);
    colleagueId = invited.body.accountId as string;
    colleague = await acceptAndSignIn(colleagueEmail);
    const list = await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/users`).set(bearer(admin));
    expect(list.status, list.text).toBe(200);
    expect(list.body.map((u: { accountId: string; admin: boolean; status: string }) => [u.accountId, u.admin, u.status])).toEqual([
      [colleagueId, false, 'active'],
      [adminId, true, 'active'],
    ]);
  });

  it('a colleague who is not an administrator sees the list but may not invite or remove (403)', async () => {
    expect((await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/users`).set(bearer(colleague))).status).toBe(200);
    expectProblem(
      await request(p.app)
        .post(`/api/v1/landlords/${L1.landlordId}/users`)
        .set(bearer(colleague))
        .send({ email: `x-${suffix}@bailleur.example`, displayName: 'X' }),
      403,
      'LANDLORD.USER_ADMIN_ONLY',
    );
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/users/${adminId}`).set(bearer(colleague)), 403, 'LANDLORD.USER_ADMIN_ONLY');
    // a landlord user created before the portal (no rights recorded) is not an administrator either
    expectProblem(
      await request(p.app)
        .post(`/api/v1/landlords/${L1.landlordId}/users`)
        .set(bearer(L1.landlordToken))
        .send({ email: `y-${suffix}@bailleur.example`, displayName: 'Y' }),
      403,
      'LANDLORD.USER_ADMIN_ONLY',
    );
  });

  it('another landlord’s users do not exist for it (404), the same answer as an unknown landlord', async () => {
    const unknown = await request(p.app).get('/api/v1/landlords/00000000-0000-4000-8000-00000000abcd/users').set(bearer(admin));
    const other = await request(p.app).get(`/api/v1/landlords/${L2.landlordId}/users`).set(bearer(admin));
    expectProblem(other, 404, 'LANDLORD.NOT_FOUND');
    expect({ ...other.body, instance: undefined, requestId: undefined }).toEqual({ ...unknown.body, instance: undefined, requestId: undefined });
    expectProblem(
      await request(p.app)
        .post(`/api/v1/landlords/${L2.landlordId}/users`)
        .set(bearer(admin))
        .send({ email: `z-${suffix}@bailleur.example`, displayName: 'Z' }),
      404,
      'LANDLORD.NOT_FOUND',
    );
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L2.landlordId}/users/${colleagueId}`).set(bearer(admin)), 404, 'LANDLORD.NOT_FOUND');
    expectProblem(await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/users`).set(bearer(L2.landlordToken)), 404, 'LANDLORD.NOT_FOUND');
    // a user of another landlord under this landlord's path
    const l2User = await request(p.app)
      .post(`/api/v1/landlords/${L2.landlordId}/users`)
      .set(bearer(agent))
      .send({ email: `l2-${suffix}@bailleur.example`, displayName: 'Autre' });
    expect(l2User.status).toBe(201);
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/users/${l2User.body.accountId}`).set(bearer(admin)), 404, 'LANDLORD.USER_NOT_FOUND');
    // applicants: the role may not
    expect(
      (
        await request(p.app)
          .get(`/api/v1/landlords/${L1.landlordId}/users`)
          .set(bearer((await p.signIn('applicant')).token))
      ).status,
    ).toBe(403);
  });

  it('removing a colleague ends their sessions at once; an administrator does not remove themself', async () => {
    expect((await request(p.app).get('/api/v1/me').set(bearer(colleague))).status).toBe(200);
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/users/${adminId}`).set(bearer(admin)), 409, 'LANDLORD.CANNOT_REMOVE_SELF');
    expect((await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/users/${colleagueId}`).set(bearer(admin))).status).toBe(204);
    expect((await request(p.app).get('/api/v1/me').set(bearer(colleague))).status).toBe(401);
    expect((await request(p.app).post('/api/v1/auth/login').send({ email: colleagueEmail, password: TEST_PASSWORD })).status).not.toBe(200);
    const list = await request(p.app).get(`/api/v1/landlords/${L1.landlordId}/users`).set(bearer(admin));
    expect(list.body.map((u: { accountId: string }) => u.accountId)).toEqual([adminId]);
    expectProblem(await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/users/${colleagueId}`).set(bearer(admin)), 404, 'LANDLORD.USER_NOT_FOUND');
    // an agent removes the administrator
    expect((await request(p.app).delete(`/api/v1/landlords/${L1.landlordId}/users/${adminId}`).set(bearer(agent))).status).toBe(204);
    expect((await request(p.app).get('/api/v1/me').set(bearer(admin))).status).toBe(401);
  });
});
