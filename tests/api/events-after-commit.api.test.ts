import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, type TestPlatform } from '../support/test-platform';
import { auth, deployedCompany, rows } from '../support/scenario';
import { familyDemand } from '../fixtures/sne/sne-fixtures';
import { FixedClock } from '../../src/shared/testing/clock';
import { SHARED } from '../../src/shared/tokens';
import type { DomainEvent } from '../../src/shared/events';
import { DEMAND } from '../../src/modules/demand/index';
import { importRegisteredDemand } from '../../src/modules/demand/domain/demand-lifecycle';

/**
 * Issue 15, item 3: domain events are delivered once the change has committed. The imported demand
 * is written through the demand repository exactly as the import use case writes it (the domain's
 * `importRegisteredDemand`, active, source `registry`, no SIRET: the registry's format carries
 * none), so that this test depends neither on the import route nor on the SNE simulator.
 */
const clock = new FixedClock('2026-03-15T09:00:00Z');

let p: TestPlatform;
let agent: string;
beforeAll(async () => {
  p = await createTestPlatform({ clock });
  agent = (await p.signIn('agent')).token;
});
afterAll(async () => p?.close());

async function importedActiveDemand(ownerAccountId: string, number: string): Promise<string> {
  const at = clock.now();
  const { demand } = importRegisteredDemand({
    id: crypto.randomUUID(),
    ownerAccountId,
    data: familyDemand.data,
    at,
    registry: 'sne',
    registrationNumber: number,
    registrationDate: familyDemand.registrationDate,
  });
  await p.container.get(DEMAND.Repository).insert({ demand, version: 1, updatedAt: at, pendingDocuments: 0 });
  return demand.id;
}

describe('an imported, active demand whose applicant adds their employer reaches the company', () => {
  it('PATCH with the SIRET of a deployed company → the company sees a pending validation request', async () => {
    const company = await deployedCompany(p, agent);
    const applicant = await p.signIn('applicant');
    const demandId = await importedActiveDemand(applicant.accountId, familyDemand.number);

    const before = await request(p.app).get(`/api/v1/demands/${demandId}`).set(auth(applicant.token));
    expect(before.status, before.text).toBe(200);
    expect(before.body).toMatchObject({ status: 'active', source: 'registry' });
    expect(before.body.data.applicant.employment.employerSiret).toBeUndefined();
    const none = await request(p.app).get(`/api/v1/companies/${company.id}/employees`).set(auth(company.manager));
    expect(JSON.stringify(none.body)).not.toContain(demandId);

    const applicantSection = before.body.data.applicant as { employment: Record<string, unknown> };
    const edited = await request(p.app)
      .patch(`/api/v1/demands/${demandId}`)
      .set(auth(applicant.token))
      .send({
        applicant: { ...applicantSection, employment: { ...applicantSection.employment, employerSiret: company.siret } },
      });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body).toMatchObject({ status: 'active', recheck: expect.arrayContaining(['employer']) });

    const employees = await request(p.app).get(`/api/v1/companies/${company.id}/employees`).set(auth(company.manager));
    expect(employees.status, employees.text).toBe(200);
    const listed = (employees.body.items as { demandId: string; status: string }[]).filter((e) => e.demandId === demandId);
    expect(listed, JSON.stringify(employees.body)).toEqual([expect.objectContaining({ demandId, status: 'pending' })]);
    expect(JSON.stringify(listed)).toContain('Benali');
  });
});

describe('the event bus of the platform delivers after the commit', () => {
  const TYPE = 'test.after_commit';
  const delivered: { event: DomainEvent; insideTransaction: boolean; committedRows: number }[] = [];
  const marker = () => `events-after-commit-${delivered.length}-${Math.random()}`;

  beforeAll(() => {
    const database = p.db.database;
    p.container.get(SHARED.EventBus).subscribe(TYPE, async (event) => {
      const { mark } = event.payload as { mark: string };
      const found = rows<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from platform.audit_entries where object_id = ${mark}`));
      delivered.push({ event, insideTransaction: database.db !== database.root, committedRows: Number(found[0]?.n ?? 0) });
    });
  });

  const publishIn = async (mark: string, fail: boolean) => {
    const uow = p.container.get(SHARED.UnitOfWork);
    const bus = p.container.get(SHARED.EventBus);
    const audit = p.container.get(SHARED.AuditTrail);
    await uow.run(async () => {
      await bus.publish({ type: TYPE, payload: { mark }, occurredAt: clock.now() });
      expect(delivered.filter((d) => (d.event.payload as { mark: string }).mark === mark)).toEqual([]); // not yet
      // written after the publication, in the same transaction
      await audit.record({ action: 'test.after_commit', objectType: 'test', objectId: mark });
      // a nested unit of work joins the transaction: its events wait for the outermost commit too
      await uow.run(() => bus.publish({ type: TYPE, payload: { mark, nested: true }, occurredAt: clock.now() }));
      expect(delivered.filter((d) => (d.event.payload as { mark: string }).mark === mark)).toEqual([]);
      if (fail) throw new Error('rolled back');
    });
  };

  it('commit: each event delivered once, in order, outside the transaction, seeing what it wrote', async () => {
    const mark = marker();
    await publishIn(mark, false);
    const mine = delivered.filter((d) => (d.event.payload as { mark: string }).mark === mark);
    expect(mine.map((d) => d.event.payload)).toEqual([{ mark }, { mark, nested: true }]);
    expect(mine.every((d) => !d.insideTransaction && d.committedRows === 1)).toBe(true);
  });

  it('rollback: nothing delivered', async () => {
    const mark = marker();
    await expect(publishIn(mark, true)).rejects.toThrow('rolled back');
    expect(delivered.filter((d) => (d.event.payload as { mark: string }).mark === mark)).toEqual([]);
  });

  it('outside a transaction: delivered at once', async () => {
    const mark = marker();
    await p.container.get(SHARED.EventBus).publish({ type: TYPE, payload: { mark }, occurredAt: clock.now() });
    expect(delivered.filter((d) => (d.event.payload as { mark: string }).mark === mark)).toHaveLength(1);
  });
});
