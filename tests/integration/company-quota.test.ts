import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { COMPANY_SPACE } from '../../src/modules/company-space/index';
import { IDENTITY, type Principal } from '../../src/modules/identity/index';
import { usingPostgres } from '../support/test-db';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';

/**
 * The company quota is never exceeded, also under concurrent grants (brief §4): on PostgreSQL the
 * grants really run in parallel transactions (pool of 10); on PGlite they are serialised by its
 * single connection, and the rule must hold all the same.
 */
let p: TestPlatform;
let companyId: string;
let managerToken: string;
const employees: string[] = [];
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

const agent: Principal = { accountId: randomUUID(), role: 'agent', sessionId: randomUUID() };

beforeAll(async () => {
  p = await createTestPlatform();
  const service = p.container.get(COMPANY_SPACE.Service);
  const company = await service.createCompany(agent, { name: 'Quota SA', sirets: ['55210055400013'], headcount: 300, contribution: 'contributing' });
  companyId = company.id;
  await service.actOnSpace(agent, companyId, { action: 'configure', managers: [{ email: 'rh@quota.example', displayName: 'RH' }], quotas: { A: 5 } });
  await service.actOnSpace(agent, companyId, { action: 'deploy' });
  const [invitation] = rows<{ payload: { invitationToken: string; accountId: string } }>(
    await p.db.database.db.execute(sql`select payload from company_space.outbox where to_email = 'rh@quota.example'`),
  );
  await p.container.get(IDENTITY.Service).acceptInvitation(invitation!.payload.invitationToken, TEST_PASSWORD);
  managerToken = (await request(p.app).post('/api/v1/auth/login').send({ email: 'rh@quota.example', password: TEST_PASSWORD })).body.accessToken;
  const manager: Principal = { accountId: invitation!.payload.accountId, role: 'company_manager', companyId, sessionId: randomUUID() };
  for (let i = 0; i < 30; i++) {
    const demandId = randomUUID();
    await service.recordValidationRequest({ demandId, employerSiret: '55210055400013', applicantFirstName: `P${i}`, applicantLastName: 'Q', requestedAt: new Date() });
    employees.push(demandId);
  }
  for (const demandId of employees) await service.decideValidation(manager, companyId, demandId, { decision: 'validate' });
}, 120_000);
afterAll(async () => p?.close());

const grant = (demandId: string) =>
  request(p.app).post(`/api/v1/companies/${companyId}/employees/${demandId}/tranches`).set('Authorization', `Bearer ${managerToken}`).send({ tranche: 'A', reason: 'Recrutement' });

async function quotaRow() {
  const [row] = rows<{ quota: number; used: number }>(
    await p.db.database.db.execute(sql`select quota, used from company_space.tranche_quotas where company_id = ${companyId} and tranche = 'A'`),
  );
  const [active] = rows<{ n: number }>(
    await p.db.database.db.execute(sql`select count(*)::int as n from company_space.tranche_grants where company_id = ${companyId} and tranche = 'A' and revoked_at is null`),
  );
  return { ...row!, active: Number(active!.n) };
}

describe(`company quota under concurrency (${usingPostgres() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('twenty concurrent grants against a quota of 5: exactly 5 succeed, 15 get 409 COMPANY.QUOTA_EXHAUSTED', async () => {
    const results = await Promise.all(employees.slice(0, 20).map(grant));
    const ok = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(15);
    expect(refused.every((r) => r.body.code === 'COMPANY.QUOTA_EXHAUSTED')).toBe(true);
    expect(await quotaRow()).toEqual({ quota: 5, used: 5, active: 5 });
  });

  it('revocations racing with new grants: each revoked unit is granted again at most once', async () => {
    const granted = await p.db.database.db.execute(
      sql`select demand_id from company_space.tranche_grants where company_id = ${companyId} and tranche = 'A' and revoked_at is null order by demand_id limit 2`,
    );
    const toRevoke = rows<{ demand_id: string }>(granted).map((r) => r.demand_id);
    const revokes = toRevoke.map((demandId) =>
      request(p.app).delete(`/api/v1/companies/${companyId}/employees/${demandId}/tranches/A`).set('Authorization', `Bearer ${managerToken}`),
    );
    const grants = employees.slice(20, 30).map(grant);
    const [revoked, results] = await Promise.all([Promise.all(revokes), Promise.all(grants)]);
    expect(revoked.map((r) => r.status)).toEqual([204, 204]);
    const ok = results.filter((r) => r.status === 201).length;
    expect(ok).toBeLessThanOrEqual(2);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'COMPANY.QUOTA_EXHAUSTED')).toBe(true);
    const after = await quotaRow();
    expect(after.used).toBe(3 + ok);
    expect(after.active).toBe(after.used);
    expect(after.used).toBeLessThanOrEqual(5);
  });

  it('the database itself refuses used > quota (CHECK), whatever the code does', async () => {
    await expect(p.db.database.db.execute(sql`update company_space.tranche_quotas set used = quota + 1 where company_id = ${companyId} and tranche = 'A'`)).rejects.toThrow();
    const after = await quotaRow();
    expect(after.used).toBeLessThanOrEqual(after.quota);
  });
});
