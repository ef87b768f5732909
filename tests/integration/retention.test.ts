import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { FixedClock } from '../../src/shared/testing/clock';
import { DEMAND } from '../../src/modules/demand/index';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/test-platform';
import { auth, deployedCompany, demandData, rows } from '../support/scenario';
import { documentFileNames, SMALL_PDF as PDF } from '../support/files';

const filesOnDisk = (): string[] => documentFileNames(dataDir);

/**
 * GDPR retention on data with closed demands: a dry run, then two real runs. The dry run's counts
 * equal the first run's, the second run finds nothing, the files are gone from the storage, and the
 * demands past their own period are anonymised (the company space forgets the employee's name).
 */

const clock = new FixedClock('2026-03-15T09:00:00.000Z');
const dataDir = mkdtempSync(join(tmpdir(), 'alin-retention-'));
let p: TestPlatform;
let agent: string;

const storageKeys = async (demandId: string) =>
  rows<{ storage_key: string }>(await p.db.database.db.execute(sql`select storage_key from demand.documents where demand_id = ${demandId}`)).map((r) => r.storage_key);

/** An applicant's demand with `documents` pieces uploaded; `close` cancels it. */
async function demandWithDocuments(documents: number, options: { close?: boolean; employerSiret?: string } = {}) {
  const who = await p.signIn('applicant');
  const data = demandData(
    {},
    {
      lastName: 'Durand',
      firstName: 'Léa',
      email: 'lea.durand@example.fr',
      phone: '0612345678',
      ...(options.employerSiret ? { employment: { contractType: 'CDI', employerName: 'Acme', employerSiret: options.employerSiret, workplaceCommuneCode: '69386' } } : {}),
    },
  );
  const created = await request(p.app).post('/api/v1/demands').set(auth(who.token)).send(data);
  expect(created.status, created.text).toBe(201);
  const demandId = created.body.id as string;
  for (let i = 0; i < documents; i++) {
    const up = await request(p.app)
      .post(`/api/v1/demands/${demandId}/documents`)
      .set(auth(who.token))
      .field('documentType', i === 0 ? 'identity' : 'payslip')
      .attach('files', PDF, { filename: `Léa Durand ${i}.pdf`, contentType: 'application/pdf' });
    expect(up.status, up.text).toBe(201);
  }
  const submitted = await request(p.app).post(`/api/v1/demands/${demandId}/submit`).set(auth(who.token));
  expect(submitted.status, submitted.text).toBe(200);
  if (options.close) {
    const cancelled = await request(p.app).post(`/api/v1/demands/${demandId}/cancel`).set(auth(who.token)).send({ reason: 'Relogée chez ma sœur à Lyon' });
    expect(cancelled.status, cancelled.text).toBe(200);
  }
  return { ...who, demandId };
}

/** A fresh token (the clock moves past sessions' lifetimes). */
const tokenOf = async (who: { email: string }) => {
  const res = await request(p.app).post('/api/v1/auth/login').send({ email: who.email, password: TEST_PASSWORD });
  expect(res.status, res.text).toBe(200);
  return res.body.accessToken as string;
};
const retention = () => p.container.get(DEMAND.Retention);
const demandRow = async (id: string) =>
  rows<{ data: Record<string, any>; status: string; anonymised_at: Date | null; closed_at: Date | null; registration_date: string | null }>(
    await p.db.database.db.execute(sql`select data, status, anonymised_at, closed_at, registration_date from demand.demands where id = ${id}`),
  )[0]!;
const auditCount = async () =>
  Number(rows<{ n: number }>(await p.db.database.db.execute(sql`select count(*)::int as n from platform.audit_entries where action = 'retention.run'`))[0]!.n);

let closedA: Awaited<ReturnType<typeof demandWithDocuments>>;
let closedB: Awaited<ReturnType<typeof demandWithDocuments>>;
let open: Awaited<ReturnType<typeof demandWithDocuments>>;
let company: { id: string; siret: string; manager: string };

beforeAll(async () => {
  p = await createTestPlatform({ clock, env: { DATA_DIR: dataDir, RETENTION_DOCUMENTS_DAYS: '30', RETENTION_DEMAND_DAYS: '90' } });
  agent = (await p.signIn('agent')).token;
  company = await deployedCompany(p, agent);
  closedA = await demandWithDocuments(2, { close: true, employerSiret: company.siret });
  closedB = await demandWithDocuments(1, { close: true });
  open = await demandWithDocuments(1);
});
afterAll(async () => {
  await p?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the retention run', () => {
  it('does nothing before the documents’ period is over', async () => {
    clock.advanceDays(29);
    const dry = await retention().run(clock.now(), { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 0 });
    const real = await retention().run(clock.now());
    expect(real).toMatchObject({ dryRun: false, documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 0, failed: 0 });
    expect(await auditCount()).toBe(0);
  });

  it('deletes the closed demands’ documents once: the dry run counts what the first run does, the second run does nothing', async () => {
    clock.advanceDays(2); // 31 days after the cancellations
    const keysA = await storageKeys(closedA.demandId);
    const keysB = await storageKeys(closedB.demandId);
    const keysOpen = await storageKeys(open.demandId);
    expect(keysA).toHaveLength(2);
    expect(filesOnDisk()).toHaveLength(4);

    const dry = await retention().run(clock.now(), { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, documentsPurged: 3, filesDeleted: 3, demandsAnonymised: 0 });
    expect(filesOnDisk()).toHaveLength(4); // a dry run changes nothing
    expect(await auditCount()).toBe(0);

    const first = await retention().run(clock.now());
    expect(first).toMatchObject({ dryRun: false, documentsPurged: dry.documentsPurged, filesDeleted: dry.filesDeleted, demandsAnonymised: dry.demandsAnonymised, failed: 0 });
    // the files are gone from the storage; the open demand's file stays
    expect(filesOnDisk()).toHaveLength(1);
    for (const key of [...keysA, ...keysB]) expect(await p.container.get(DEMAND.DocumentStorage).exists(key)).toBe(false);
    expect(await p.container.get(DEMAND.DocumentStorage).exists(keysOpen[0]!)).toBe(true);
    // the rows are purged: no personal metadata, hidden, marked
    const docs = rows<{ original_name: string; sha256: string; purged_at: Date | null; deleted_at: Date | null; file_deleted_at: Date | null }>(
      await p.db.database.db.execute(
        sql`select original_name, sha256, purged_at, deleted_at, file_deleted_at from demand.documents where demand_id in (${closedA.demandId}, ${closedB.demandId})`,
      ),
    );
    expect(docs).toHaveLength(3);
    for (const d of docs) {
      expect(d).toMatchObject({ original_name: '', sha256: '' });
      expect(d.purged_at).not.toBeNull();
      expect(d.deleted_at).not.toBeNull();
      expect(d.file_deleted_at).not.toBeNull();
    }
    // the owner no longer sees them
    const listed = await request(p.app)
      .get(`/api/v1/demands/${closedA.demandId}/documents`)
      .set(auth(await tokenOf(closedA)));
    expect(listed.status, listed.text).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain('Durand');
    // one audit entry with the counts, no names
    expect(await auditCount()).toBe(1);
    const [entry] = rows<{ detail: Record<string, unknown> }>(await p.db.database.db.execute(sql`select detail from platform.audit_entries where action = 'retention.run'`));
    expect(entry!.detail).toMatchObject({ documentsPurged: 3, filesDeleted: 3, demandsAnonymised: 0 });

    const second = await retention().run(clock.now());
    expect(second).toMatchObject({ documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 0, failed: 0 });
    expect(await auditCount()).toBe(1);
    // the demands themselves are not anonymised yet
    expect((await demandRow(closedA.demandId)).data.applicant.lastName).toBe('Durand');
  });

  it('finishes the file of a row purged by a run that crashed between the row and the file', async () => {
    const keys = await storageKeys(open.demandId);
    // the open demand is closed, and a run "crashes" right after purging its document's row
    const cancelled = await request(p.app)
      .post(`/api/v1/demands/${open.demandId}/cancel`)
      .set(auth(await tokenOf(open)))
      .send({});
    expect(cancelled.status, cancelled.text).toBe(200);
    const [doc] = rows<{ id: string }>(await p.db.database.db.execute(sql`select id from demand.documents where demand_id = ${open.demandId}`));
    expect(await p.container.get(DEMAND.RetentionStore).purgeDocument(doc!.id, clock.now())).toBe(true);
    expect(await p.container.get(DEMAND.DocumentStorage).exists(keys[0]!)).toBe(true);

    const dry = await retention().run(clock.now(), { dryRun: true });
    expect(dry).toMatchObject({ documentsPurged: 0, filesDeleted: 1 });
    const run = await retention().run(clock.now());
    expect(run).toMatchObject({ documentsPurged: 0, filesDeleted: 1, failed: 0 });
    expect(await p.container.get(DEMAND.DocumentStorage).exists(keys[0]!)).toBe(false);
    expect(filesOnDisk()).toHaveLength(0);
    expect(await retention().run(clock.now())).toMatchObject({ documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 0 });
  });

  it('anonymises the demands after their own period, once, keeping what the figures need', async () => {
    const before = await demandRow(closedA.demandId);
    const [validation] = rows<{ applicant_first_name: string }>(
      await p.db.database.db.execute(sql`select applicant_first_name from company_space.employee_validations where demand_id = ${closedA.demandId}`),
    );
    expect(validation?.applicant_first_name).toBe('Léa');
    clock.advanceDays(60); // 91 days after the first cancellations, 60 after the third

    const dry = await retention().run(clock.now(), { dryRun: true });
    expect(dry).toMatchObject({ documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 2 });
    const first = await retention().run(clock.now());
    expect(first).toMatchObject({ documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 2, failed: 0 });
    expect(await retention().run(clock.now())).toMatchObject({ documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 0, failed: 0 });

    const after = await demandRow(closedA.demandId);
    expect(after.anonymised_at).not.toBeNull();
    expect(after.status).toBe('cancelled');
    expect(after.closed_at).toEqual(before.closed_at);
    const applicant = after.data.applicant;
    expect(applicant).toMatchObject({ lastName: 'Anonyme', firstName: 'Anonyme', birthDate: '1990-01-01' });
    expect(applicant.email).toBeUndefined();
    expect(applicant.phone).toBeUndefined();
    expect(applicant.address).toEqual({ line: '', postalCode: '69001', communeCode: '69381' });
    expect(applicant.employment).toEqual({ contractType: 'CDI', employerSiret: company.siret, workplaceCommuneCode: '69386' });
    expect(applicant.resources).toEqual([{ code: 'AUT', monthlyAmount: 2100 }]);
    expect(after.data.wishes).toEqual(before.data.wishes);
    expect(JSON.stringify(after.data)).not.toMatch(/Durand|Léa|lea\.durand|0612345678|République/);
    // free texts of the history are gone, its dated states stay
    const history = rows<{ action: string; reason: string | null }>(
      await p.db.database.db.execute(sql`select action, reason from demand.demand_history where demand_id = ${closedA.demandId} order by id`),
    );
    expect(history.map((h) => h.action)).toContain('cancelled');
    expect(history.every((h) => h.reason === null)).toBe(true);
    // the company space forgot the employee's name, kept the state
    const [forgotten] = rows<{ applicant_first_name: string; applicant_last_name: string; applicant_account_id: string | null; status: string }>(
      await p.db.database.db.execute(
        sql`select applicant_first_name, applicant_last_name, applicant_account_id, status from company_space.employee_validations where demand_id = ${closedA.demandId}`,
      ),
    );
    expect(forgotten).toMatchObject({ applicant_first_name: 'Anonyme', applicant_last_name: 'Anonyme', applicant_account_id: null });
    // the demand closed 60 days ago is not anonymised yet
    expect((await demandRow(open.demandId)).anonymised_at).toBeNull();
    expect(await auditCount()).toBe(3);
  });
});
