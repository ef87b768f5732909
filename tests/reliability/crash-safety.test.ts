import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { openDatabase, type Database } from '../../src/adapters/db/database';
import { startSneSimulator, type SneSimulator } from '../../src/adapters/sne/index';
import { startSmtpSimulator } from '../../src/adapters/mail/simulator/smtp-simulator';
import { testConfig } from '../../src/bootstrap/testing/test-config';
import { buildContainer } from '../../src/bootstrap/container';
import { DEMAND } from '../../src/modules/demand/index';
import { openTestDatabase, usingPostgres, type TestDatabase } from '../support/test-db';
import { checkDocumentStorage } from '../support/storage-consistency';
import { registryDemandData } from '../support/scenario';
import { largePdf } from '../support/files';

/**
 * Issue 9 §6, crash safety: the real entry point (`npm start`) in a child process, killed with
 * SIGKILL while it works through a batch — demands' SNE registrations in its durable queue,
 * applicants importing their SNE demands, applicants uploading documents — on on-disk PGlite and
 * on PostgreSQL. After a restart on the same data: no half-written demand, no document row
 * without its complete file, no stored file without its row once the sweep has run, every upload
 * acknowledged before the kill is there, the registrations resume and complete with one number
 * per demand (the registry never registers anyone twice), and the interrupted imports, sent again,
 * give each applicant exactly one demand.
 */

const M_REGISTRATIONS = 10;
const N_IMPORTS = 10;
const U_UPLOADERS = 4;
const KEY = randomBytes(32).toString('hex');
const PASSWORD = 'crash-test-password-1';
/** a PDF of about 1.5 MB: big enough for the kill to land between a file and its row */
/** a real PDF of about 1.5 MB (the upload checks parse it) */
const BIG_PDF = largePdf(1_500_000);

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

interface Server {
  proc: ChildProcess;
  output(): string;
}

function startServer(env: Record<string, string>): Server {
  let out = '';
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/bootstrap/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return { proc, output: () => out };
}

async function waitReady(base: string, server: Server): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.proc.exitCode !== null) throw new Error(`server exited with ${server.proc.exitCode}:\n${server.output().slice(-3000)}`);
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return;
    } catch {
      /* not yet listening */
    }
    await sleep(200);
  }
  throw new Error(`server not ready:\n${server.output().slice(-3000)}`);
}

const exited = (proc: ChildProcess) => new Promise<number | null>((resolve) => (proc.exitCode !== null ? resolve(proc.exitCode) : proc.once('exit', (code) => resolve(code))));

const demandData = (lastName: string, birthDate: string) => registryDemandData({ lastName, birthDate, firstName: 'Jean' });
/** letters only: the registry matches people by name */
const nameOf = (prefix: string, i: number) => `${prefix}${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`.toUpperCase();

function client(base: string) {
  const call = async (method: string, p: string, token?: string, body?: unknown) => {
    const res = await fetch(`${base}/api/v1${p}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : {}, text };
  };
  const signIn = async (email: string, password = PASSWORD) => {
    const res = await call('POST', '/auth/login', undefined, { email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.text}`);
    return res.body.accessToken as string;
  };
  /** self-registration (202 "check your mailbox"): the account waits for its confirmation link (issue 19 §5) */
  const register = async (tag: string) => {
    const email = `${tag}-${randomBytes(4).toString('hex')}@crash.test`;
    const reg = await call('POST', '/auth/register', undefined, { email, password: PASSWORD, displayName: tag });
    if (reg.status !== 202) throw new Error(`register: ${reg.status} ${reg.text}`);
    return email;
  };
  const confirm = async (token: string) => {
    const res = await call('POST', '/auth/register/confirm', undefined, { token, password: PASSWORD });
    if (res.status !== 200) throw new Error(`confirm: ${res.status} ${res.text}`);
  };
  const upload = async (token: string, demandId: string) => {
    const form = new FormData();
    form.append('documentType', 'identity');
    form.append('files', new Blob([new Uint8Array(BIG_PDF)], { type: 'application/pdf' }), 'piece.pdf');
    const res = await fetch(`${base}/api/v1/demands/${demandId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : {}, text };
  };
  return { call, signIn, register, confirm, upload };
}

/** Runs `work` over the items, `width` at a time. */
async function pool<T, R>(items: T[], width: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!, i);
      }
    }),
  );
  return out;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function crashDuringBatch(driver: 'pglite' | 'pg'): Promise<void> {
  const t0 = Date.now();
  const phases: string[] = [];
  const phase = (name: string) => phases.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const dataDir = mkdtempSync(path.join(tmpdir(), `alin-crash-${driver}-`));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  let pgDb: TestDatabase | undefined;
  if (driver === 'pg') {
    pgDb = await openTestDatabase({ poolSize: 2 });
    cleanups.push(() => pgDb!.close());
  }
  const sne: SneSimulator = await startSneSimulator({});
  cleanups.push(() => sne.close());
  // the import codes reach the registry's contact through the mail relay (issue 19 §2)
  const smtp = await startSmtpSimulator();
  cleanups.push(() => smtp.close());
  const port = 20000 + Math.floor(Math.random() * 20000);
  const base = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: pgDb?.url ?? '',
    BCRYPT_COST: '4',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    DOCUMENT_ENCRYPTION_KEY: KEY,
    SNE_ENDPOINT: sne.url,
    SNE_TIMEOUT_MS: '3000',
    SNE_RETRIES: '1',
    JOBS_LOCK_SECONDS: '4',
    SMTP_URL: smtp.url,
    ACCOUNT_REQUESTS_PER_ADDRESS: '1000', // every applicant registers from this one address
  };
  let server = startServer(env);
  cleanups.push(() => void (server.proc.exitCode === null && server.proc.kill('SIGKILL')));
  await waitReady(base, server);
  phase('ready');
  const api = client(base);
  const agent = await api.signIn('agent@alin.demo', 'demo-password-2026');

  // the applicants register themselves; their confirmation links come by mail (the scheduler mails the outboxes every 30 s)
  const tags = [
    ...Array.from({ length: M_REGISTRATIONS }, (_, i) => `reg${i}`),
    ...Array.from({ length: N_IMPORTS }, (_, i) => `imp${i}`),
    ...Array.from({ length: U_UPLOADERS }, (_, i) => `up${i}`),
  ];
  const emails = await pool(tags, 4, (tag) => api.register(tag));
  const linksDeadline = Date.now() + 75_000;
  const applicantTokens = new Map<string, string>();
  await pool(tags, 4, async (tag, i) => {
    let link: string | undefined;
    while (!link && Date.now() < linksDeadline) {
      const mail = smtp.received.find((m) => m.recipients.includes(emails[i]!));
      link = mail ? /https?:\/\/\S+\?token=[\w-]+/.exec(mail.text)?.[0] : undefined;
      if (!link) await sleep(200);
    }
    expect(link, `confirmation link mailed to ${emails[i]}`).toBeDefined();
    await api.confirm(new URL(link!).searchParams.get('token')!);
    applicantTokens.set(tag, await api.signIn(emails[i]!));
  });
  const newApplicant = async (tag: string) => applicantTokens.get(tag)!;
  phase('applicants confirmed');

  // the registration batch: submitted demands, validated during the batch (each validation queues its
  // registration in the durable queue; the registry is slow, so some are still waiting when the server dies)
  sne.setMode('slow', { delayMs: 400 });
  const registrations = await pool(
    Array.from({ length: M_REGISTRATIONS }, (_, i) => i),
    4,
    async (i) => {
      const token = await newApplicant(`reg${i}`);
      const name = nameOf('REG', i);
      const created = await api.call('POST', '/demands', token, demandData(name, `1980-01-${String(1 + i).padStart(2, '0')}`));
      expect(created.status, created.text).toBe(201);
      const id = created.body.id as string;
      expect((await api.call('POST', `/demands/${id}/submit`, token)).status).toBe(200);
      return { token, id, name };
    },
  );
  const validate = (id: string) => api.call('POST', `/demands/${id}/validate`, agent, { piecesOverride: { reason: 'Pièces vues au guichet (test)' } });
  // the batch's registrations in the registry (the demo's demands are registered too: count only the batch's)
  const registeredInBatch = () => sne.store.list().filter((d) => d.data.applicant.lastName.startsWith('REG')).length;
  // the imports: demands the registry holds, each brought back by its applicant
  // (two steps: number + birth date send a code to the registry's e-mail, here before the batch; the batch confirms the codes)
  const importers = await pool(
    Array.from({ length: N_IMPORTS }, (_, i) => i),
    4,
    async (i) => {
      const birthDate = `1975-02-${String(1 + i).padStart(2, '0')}`;
      const name = nameOf('IMP', i);
      const seeded = sne.seed({ data: { ...demandData(name, birthDate), otherOccupants: [] } as never, registrationDate: '2025-01-10' });
      const token = await newApplicant(`imp${i}`);
      const started = await api.call('POST', '/demands/import', token, { registry: 'sne', number: seeded.number, birthDate });
      expect(started.status, started.text).toBe(202);
      return { token, number: seeded.number, birthDate, email: `${name.toLowerCase()}@example.org`, challengeId: started.body.challengeId as string, code: '' };
    },
  );
  const codesDeadline = Date.now() + 75_000; // the scheduler mails the outboxes every 30 s
  for (const imp of importers) {
    while (!imp.code && Date.now() < codesDeadline) {
      const mail = smtp.received.find((m) => m.recipients.includes(imp.email));
      const code = mail ? /code sur AL’in : (\d{6})/.exec(mail.text)?.[1] : undefined;
      if (code) imp.code = code;
      else await sleep(200);
    }
    expect(imp.code, `import code mailed to ${imp.email}`).toMatch(/^\d{6}$/);
  }
  // the uploaders: applicants with a draft demand
  const uploaders = await pool(
    Array.from({ length: U_UPLOADERS }, (_, i) => i),
    4,
    async (i) => {
      const token = await newApplicant(`up${i}`);
      const created = await api.call('POST', '/demands', token, demandData(nameOf('UPL', i), `1990-03-${String(1 + i).padStart(2, '0')}`));
      expect(created.status, created.text).toBe(201);
      return { token, demandId: created.body.id as string };
    },
  );

  phase('prepared');
  // the batch runs; the server is killed in the middle of it
  const acknowledged: { demandId: string; documentId: string }[] = [];
  const unexpected: string[] = [];
  let killed = false;
  const uploadLoops = uploaders.map(async (u) => {
    while (!killed) {
      try {
        const res = await api.upload(u.token, u.demandId);
        if (res.status === 201) for (const d of res.body.documents as { id: string }[]) acknowledged.push({ demandId: u.demandId, documentId: d.id });
        else unexpected.push(`upload ${res.status} ${res.text.slice(0, 200)}`);
      } catch (error) {
        if (!killed) unexpected.push(`upload: ${String(error)}`);
        return; // the server died under the request
      }
    }
  });
  // the imports, two at a time, so that some are answered and some are in flight when the server dies
  const importOutcomes: (number | 'killed' | undefined)[] = new Array(N_IMPORTS).fill(undefined);
  const importsSent = pool(importers, 2, async (imp, i) => {
    if (killed) return;
    try {
      importOutcomes[i] = (await api.call('POST', '/demands/import/confirm', imp.token, { challengeId: imp.challengeId, code: imp.code })).status;
    } catch (error) {
      importOutcomes[i] = 'killed';
      if (!killed) unexpected.push(`import: ${String(error)}`);
    }
  });
  const validationsSent = pool(registrations, 2, async (r) => {
    if (killed) return;
    try {
      const validated = await validate(r.id);
      if (validated.status !== 200) unexpected.push(`validate ${validated.status} ${validated.text.slice(0, 200)}`);
    } catch (error) {
      if (!killed) unexpected.push(`validate: ${String(error)}`);
    }
  });
  const answered = () => importOutcomes.filter((o) => o !== undefined).length;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !(registeredInBatch() >= 3 && acknowledged.length >= 3 && answered() >= 2)) await sleep(20);
  const registeredBeforeKill = registeredInBatch();
  const importsAnsweredBeforeKill = answered();
  const died = exited(server.proc);
  killed = true;
  server.proc.kill('SIGKILL');
  await died;
  await Promise.allSettled(uploadLoops);
  await importsSent;
  await validationsSent;
  expect(unexpected).toEqual([]);
  expect(importsAnsweredBeforeKill).toBeLessThan(N_IMPORTS);
  // the batch was interrupted: some registrations were done, not all
  expect(registeredBeforeKill).toBeGreaterThanOrEqual(1);
  expect(registeredBeforeKill).toBeLessThan(M_REGISTRATIONS);
  expect(acknowledged.length).toBeGreaterThanOrEqual(1);
  await sleep(500); // the slow registry finishes the calls the dead server made (it registers them: the platform never saw the answer)
  sne.setMode('normal');

  // restart on the same data: the queue resumes (claims of the dead process expire after JOBS_LOCK_SECONDS)
  phase('killed');
  const claimsExpireAt = Date.now() + Number(env.JOBS_LOCK_SECONDS) * 1000;
  server = startServer(env);
  await waitReady(base, server);
  phase('restarted');
  // the validations the kill interrupted (or that never went out) are made again by the agent
  for (const r of registrations) {
    const view = await api.call('GET', `/demands/${r.id}`, r.token);
    if (view.body.status !== 'active') {
      const again = await validate(r.id);
      expect(again.status, again.text).toBe(200);
    }
  }
  const pending = new Set(registrations.map((r) => r.id));
  const resumeDeadline = Date.now() + 40_000;
  while (pending.size && Date.now() < resumeDeadline) {
    for (const r of registrations) {
      if (!pending.has(r.id)) continue;
      const view = await api.call('GET', `/demands/${r.id}`, r.token);
      expect(view.status, view.text).toBe(200);
      if (view.body.registrationNumber) pending.delete(r.id);
    }
    if (pending.size) await sleep(500);
  }
  expect([...pending], 'registrations not resumed').toEqual([]);
  phase('resumed');
  const numbers = new Set<string>();
  for (const r of registrations) {
    const view = await api.call('GET', `/demands/${r.id}`, r.token);
    const inRegistry = sne.store.list().filter((d) => d.data.applicant.lastName === r.name);
    expect(
      inRegistry.map((d) => d.number),
      `registry entries of ${r.name}`,
    ).toEqual([view.body.registrationNumber]);
    expect(view.body.history.filter((h: { action: string }) => h.action === 'registered')).toHaveLength(1);
    numbers.add(view.body.registrationNumber as string);
  }
  expect(numbers.size).toBe(M_REGISTRATIONS);

  // the interrupted imports, sent again: one demand each, with the registry's number
  for (const [i, imp] of importers.entries()) {
    const again = await api.call('POST', '/demands/import/confirm', imp.token, { challengeId: imp.challengeId, code: imp.code });
    expect([200, 201], `import ${i} (before the kill: ${importOutcomes[i]}): ${again.text}`).toContain(again.status);
    if (importOutcomes[i] === 201) expect(again.status).toBe(200);
    const mine = await api.call('GET', '/demands', imp.token);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0].registrationNumber ?? (await api.call('GET', `/demands/${mine.body.items[0].id}`, imp.token)).body.registrationNumber).toBe(imp.number);
  }

  // every upload acknowledged before the kill is there
  for (const u of uploaders) {
    const docs = await api.call('GET', `/demands/${u.demandId}/documents`, u.token);
    expect(docs.status, docs.text).toBe(200);
    const ids = new Set((docs.body.items as { id: string }[]).map((d) => d.id));
    for (const a of acknowledged.filter((x) => x.demandId === u.demandId)) expect(ids.has(a.documentId), `acknowledged document ${a.documentId}`).toBe(true);
  }

  // A job whose work committed just before the kill but not its "done" mark is claimed again
  // (idempotently: the demand is registered once, checked above) once the dead process's claim
  // expires: give the worker that time and two polls before stopping, then check none is left.
  const drained = claimsExpireAt + 2500 - Date.now();
  if (drained > 0) await sleep(drained);
  const stopped = exited(server.proc);
  server.proc.kill('SIGTERM');
  expect(await stopped).toBe(0);

  phase('stopped');
  // offline checks on the same data, the server stopped
  let database: Database;
  if (driver === 'pg') database = pgDb!.database;
  else {
    database = await openDatabase({ dataDir });
    cleanups.push(() => database.close());
  }
  const q = async <T>(query: ReturnType<typeof sql>) => rows<T>(await database.root.execute(query));
  // no half-written demand: every demand past the draft has its history; imports are whole; numbers unique
  expect(await q(sql`select d.id from demand.demands d where d.status <> 'draft' and not exists (select 1 from demand.demand_history h where h.demand_id = d.id)`)).toEqual([]);
  expect(await q(sql`select id from demand.demands where source = 'registry' and (registration_number is null or status <> 'active')`)).toEqual([]);
  expect(await q(sql`select registration_number from demand.demands where registration_number is not null group by 1 having count(*) > 1`)).toEqual([]);
  expect(
    await q(
      sql`select d.id from demand.demands d where d.source = 'registry' and (select count(*) from platform.audit_entries a where a.action = 'demand.imported' and a.object_id = d.id::text) <> 1`,
    ),
  ).toEqual([]);
  expect(await q(sql`select kind, status, count(*)::int as n from platform.jobs where kind = 'demand.register-with-registry' and status <> 'done' group by 1, 2`)).toEqual([]);

  // documents against the storage: no row without its complete file
  const before = await checkDocumentStorage(database, { dataDir, encryptionKey: KEY });
  expect(before.rowsWithoutFile).toEqual([]);
  expect(before.rowsWithBadFile).toEqual([]);
  expect(before.rows).toBeGreaterThanOrEqual(acknowledged.length);
  // files without a row can only be the uploads cut by the kill (at most one in flight per uploader)
  expect(before.filesWithoutRow.length + before.temporaryFiles).toBeLessThanOrEqual(U_UPLOADERS);
  // the platform's sweep removes them once they have been orphans for its grace period (hourly task)
  const container = buildContainer({ config: testConfig({ DATA_DIR: dataDir, DOCUMENT_ENCRYPTION_KEY: KEY }), database, logger: pino({ level: 'silent' }) });
  const documents = container.get(DEMAND.Documents);
  const now = Date.now();
  await documents.sweepFiles(new Date(now + 60_000)); // notes the orphans
  const swept = await documents.sweepFiles(new Date(now + 3 * 3_600_000)); // past the grace period
  expect(swept.orphansDeleted).toBe(before.filesWithoutRow.length);
  const after = await checkDocumentStorage(database, { dataDir, encryptionKey: KEY });
  expect(after).toMatchObject({ rowsWithoutFile: [], rowsWithBadFile: [], filesWithoutRow: [], temporaryFiles: 0, rows: before.rows, files: before.rows });
  phase('checked');
  console.log(
    `[crash safety ${driver}] ${phases.join(', ')}; killed after ${registeredBeforeKill}/${M_REGISTRATIONS} registrations, ${importsAnsweredBeforeKill}/${N_IMPORTS} imports answered and ${acknowledged.length} acknowledged uploads; ` +
      `imports before the kill: ${JSON.stringify(importOutcomes)}; leftovers: ${before.filesWithoutRow.length} orphan files, ${before.temporaryFiles} temporary files (swept)`,
  );
}

describe('crash safety: SIGKILL during a batch (registrations, imports, uploads)', () => {
  it('on the embedded PGlite database on disk', () => crashDuringBatch('pglite'), 180_000);
  if (!usingPostgres()) console.warn('[crash safety] PostgreSQL case SKIPPED: set TEST_DATABASE_URL=postgres://… to run it');
  it.runIf(usingPostgres())('on PostgreSQL', () => crashDuringBatch('pg'), 180_000);
});
