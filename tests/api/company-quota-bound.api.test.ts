import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { auth, deployedCompany, randomSiret, rows } from '../support/scenario';
import { FixedClock } from '../../src/shared/testing/clock';

/** Quotas bounded by the company's headcount, refused above with the reason, and every change audited (issue 18 item 11). */
let p: TestPlatform;
let agentToken: string;

beforeAll(async () => {
  p = await createTestPlatform({ clock: new FixedClock('2026-06-15T10:00:00Z') });
  agentToken = (await p.signIn('agent')).token;
});
afterAll(async () => p?.close());

const auditOf = async (companyId: string) =>
  rows<{ action: string; detail: Record<string, unknown>; actor_role: string }>(
    await p.db.database.db.execute(
      sql`select action, detail, actor_role from platform.audit_entries where object_type = 'company' and object_id = ${companyId} and action = 'company.quotas_changed' order by id`,
    ),
  );

describe('the quota bound', () => {
  it('a manager may set a tranche’s quota up to the headcount, not above, and is told why in French', async () => {
    const company = await deployedCompany(p, agentToken, { headcount: 40 });
    const above = await request(p.app)
      .put(`/api/v1/companies/${company.id}/policy`)
      .set(auth(company.manager))
      .send({ quotas: { A: 41 } });
    expect(above.status, above.text).toBe(422);
    expect(above.body.code).toBe('COMPANY.QUOTA_ABOVE_HEADCOUNT');
    expect(above.body.detail).toBe(
      'Le quota 2026 de la tranche A ne peut pas dépasser l’effectif de l’entreprise (40 salariés) : chaque salarié ne reçoit une tranche qu’une fois.',
    );
    expect(above.body.errors?.[0]?.field ?? above.body.fields?.[0]?.field).toBe('quotas.A');

    const atBound = await request(p.app)
      .put(`/api/v1/companies/${company.id}/policy`)
      .set(auth(company.manager))
      .send({ quotas: { A: 40, B: 5 } });
    expect(atBound.status, atBound.text).toBe(200);
    expect(atBound.body.quotaCeiling).toBe(40);
    expect(atBound.body.quotas.find((q: { tranche: string }) => q.tranche === 'A').quota).toBe(40);
  });

  it('an agent configuring the space is bound the same way', async () => {
    const { siret } = randomSiret();
    const created = await request(p.app)
      .post('/api/v1/companies')
      .set(auth(agentToken))
      .send({ name: 'Petite SARL', sirets: [siret], headcount: 3, contribution: 'contributing' });
    expect(created.status, created.text).toBe(201);
    const res = await request(p.app)
      .post(`/api/v1/companies/${created.body.id}/space`)
      .set(auth(agentToken))
      .send({ action: 'configure', managers: [{ email: `rh-${siret}@example.fr`, displayName: 'RH' }], quotas: { A: 4 } });
    expect(res.status, res.text).toBe(422);
    expect(res.body.code).toBe('COMPANY.QUOTA_ABOVE_HEADCOUNT');
  });

  it('without a known headcount, at most 10 until an agent enters it', async () => {
    const { siret } = randomSiret();
    const created = await request(p.app)
      .post('/api/v1/companies')
      .set(auth(agentToken))
      .send({ name: 'Effectif inconnu', sirets: [siret], contribution: 'none' });
    expect(created.status, created.text).toBe(201);
    const res = await request(p.app)
      .put(`/api/v1/companies/${created.body.id}/policy`)
      .set(auth(agentToken))
      .send({ quotas: { C: 11 } });
    expect(res.status, res.text).toBe(422);
    expect(res.body.detail).toContain('L’effectif de l’entreprise n’est pas renseigné');
    expect(
      (
        await request(p.app)
          .put(`/api/v1/companies/${created.body.id}/policy`)
          .set(auth(agentToken))
          .send({ quotas: { C: 10 } })
      ).status,
    ).toBe(200);
  });
});

describe('the audit of a quota change', () => {
  it('records each change with before and after, once per change, not when nothing changes', async () => {
    const company = await deployedCompany(p, agentToken, { headcount: 100 });
    const initial = await auditOf(company.id); // the configuration set A, B, C to 5
    expect(initial).toHaveLength(1);
    expect(
      (
        await request(p.app)
          .put(`/api/v1/companies/${company.id}/policy`)
          .set(auth(company.manager))
          .send({ quotas: { A: 8, B: 5 } })
      ).status,
    ).toBe(200);
    const entries = await auditOf(company.id);
    expect(entries).toHaveLength(2);
    expect(entries[1]!.actor_role).toBe('company_manager');
    expect(entries[1]!.detail).toMatchObject({ quotas: { A: { previous: 5, next: 8 } }, headcount: 100 });
    expect(entries[1]!.detail.quotas).not.toHaveProperty('B');
    // the same values again: no new entry
    expect(
      (
        await request(p.app)
          .put(`/api/v1/companies/${company.id}/policy`)
          .set(auth(company.manager))
          .send({ quotas: { A: 8 } })
      ).status,
    ).toBe(200);
    expect(await auditOf(company.id)).toHaveLength(2);
  });
});
