import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import request from 'supertest';
import { sql } from 'drizzle-orm';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '../../support/test-platform';
import { serve } from '../../support/test-server';
import { applicantWithActiveDemand, bearer, createLandlord, newSiren, publishedOffer, siretOf } from '../../support/candidacy-fixtures';
import { IDENTITY, type Role } from '../../../src/modules/identity/index';
import type { Env } from '../../../src/bootstrap/config';
import { filesUnder } from '../../support/files';

/** A small valid PDF. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** A multipart body written by hand, so that names and headers are sent exactly as given. */
export function multipart(fields: [string, string][], files: { field?: string; name: string; content: Buffer; type?: string }[]): { body: Buffer; contentType: string } {
  const boundary = '----alin-security-boundary-Zx81Qa';
  const parts: Buffer[] = [];
  for (const [k, v] of fields) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'files'}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/pdf'}\r\n\r\n`,
        'utf8',
      ),
    );
    parts.push(f.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface Caller {
  role: Role;
  token: string;
}

/** The platform with one object of every kind and a signed-in caller of every role that owns them. */
export interface World {
  p: TestPlatform;
  url: string;
  dataDir: string;
  callers: Record<Role, Caller>;
  ids: { demandId: string; documentId: string; companyId: string; landlordId: string; agreementId: string; offerId: string; candidacyId: string };
  applicantEmail: string;
  close(): Promise<void>;
}

export async function buildWorld(env: Partial<Record<keyof Env, string>> = {}): Promise<World> {
  const dataDir = mkdtempSync(join(tmpdir(), 'alin-security-'));
  const p = await createTestPlatform({ env: { DATA_DIR: dataDir, ACCESS_TOKEN_TTL_SECONDS: '7200', ...env } });
  const agent = await p.signIn('agent');
  const admin = await p.signIn('admin');
  const landlord = await createLandlord(p, agent.token);
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const offerId = await publishedOffer(p, agent.token, landlord.landlordToken, { closingDate: day(30), availableFrom: day(60) });
  // a company and its manager (the space is not deployed: its invitation mail goes through the outbox, not needed here)
  const siret = siretOf(newSiren());
  const createdCompany = await request(p.app)
    .post('/api/v1/companies')
    .set(bearer(agent.token))
    .send({ name: 'Entreprise Sécurité', sirets: [siret], headcount: 1200, contribution: 'contributing', delegatesToAls: false });
  expect(createdCompany.status, createdCompany.text).toBe(201);
  const company = { id: createdCompany.body.id as string, siret, manager: (await p.signIn('company_manager', { orgId: createdCompany.body.id as string })).token };
  const applicant = await applicantWithActiveDemand(p, agent.token, { birthDate: '1990-04-12', monthlyResources: 2000, employerSiret: company.siret });
  const applied = await request(p.app).post('/api/v1/candidacies').set(bearer(applicant.token)).send({ demandId: applicant.demandId, offerId });
  expect(applied.status, applied.text).toBe(201);
  const { body, contentType } = multipart([['documentType', 'identity']], [{ name: 'cni.pdf', content: PDF }]);
  const uploaded = await request(p.app).post(`/api/v1/demands/${applicant.demandId}/documents`).set(bearer(applicant.token)).set('Content-Type', contentType).send(body);
  expect(uploaded.status, uploaded.text).toBe(201);
  const client = await p.container.get(IDENTITY.Service).registerApiClient({ landlordId: landlord.landlordId, name: 'Système du bailleur' });
  const clientToken = await request(p.app).post('/api/v1/auth/token').send({ grantType: 'client_credentials', clientId: client.clientId, clientSecret: client.clientSecret });
  expect(clientToken.status, clientToken.text).toBe(200);
  const served = await serve(p.app);
  return {
    p,
    url: served.url,
    dataDir,
    applicantEmail: applicant.email,
    callers: {
      applicant: { role: 'applicant', token: applicant.token },
      agent: { role: 'agent', token: agent.token },
      admin: { role: 'admin', token: admin.token },
      company_manager: { role: 'company_manager', token: company.manager },
      landlord_user: { role: 'landlord_user', token: landlord.landlordToken },
      landlord_client: { role: 'landlord_client', token: clientToken.body.accessToken as string },
    },
    ids: {
      demandId: applicant.demandId,
      documentId: uploaded.body.documents[0].id as string,
      companyId: company.id,
      landlordId: landlord.landlordId,
      agreementId: landlord.agreementId,
      offerId,
      candidacyId: applied.body.id as string,
    },
    async close() {
      await served.close();
      await p.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { TEST_PASSWORD };

/**
 * The application tables (every schema but the migrations'), minus the append-only audit trail and
 * the registry import's attempt counters: both record refused attempts on purpose (a refused import
 * keeps the attempt it reserved before being evaluated, issue 19 §2–3).
 */
export const FINGERPRINT_EXCLUDED = ['platform.audit_entries', 'demand.import_attempts'];

/**
 * A cheap fingerprint of the database: per table, the row count and a hash over its rows. The
 * audit trail is left out: it records refused attempts (security.login_failed…) on purpose.
 */
export async function fingerprint(p: TestPlatform): Promise<Map<string, string>> {
  const db = p.db.database.db;
  const tables = (await db.execute(sql`
    select table_schema as s, table_name as t from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema in ('identity','demand','offer','candidacy','company_space','landlord','scoring','platform')
    order by 1, 2`)) as unknown as { rows: { s: string; t: string }[] };
  const names = tables.rows.map((r) => `${r.s}.${r.t}`).filter((n) => !FINGERPRINT_EXCLUDED.includes(n));
  const query = names
    .map((n) => `select '${n}' as name, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '-') as fp from ${n} x`)
    .join(' union all ');
  const result = (await db.execute(sql.raw(query))) as unknown as { rows: { name: string; fp: string }[] };
  return new Map(result.rows.map((r) => [r.name, r.fp]));
}

export function fingerprintDiff(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((k) => before.get(k) !== after.get(k));
}

/** Every file under the document storage (to spot a file left without its row). */
export const storedFiles = (dataDir: string): string[] => filesUnder(join(dataDir, 'documents'));

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** A request sent exactly as given (path not normalised, any header), over a keep-alive connection. */
export function send(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: Buffer | string, retry = true): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const withLength =
      body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length' || h.toLowerCase() === 'transfer-encoding')
        ? { ...headers, 'content-length': String(Buffer.byteLength(body)) }
        : headers;
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers: withLength, agent: keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // a kept-alive socket the server closed while idle: once more on a new connection
      if (retry && req.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up')) {
        send(baseUrl, method, path, { ...headers, connection: 'close' }, body, false).then(resolve, reject);
        return;
      }
      reject(new Error(`${method} ${path.slice(0, 200)}: ${error.message}`));
    });
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/** The problem+json checks of a 4xx answer; returns what is wrong, or nothing. */
export function problemDefects(res: RawResponse): string[] {
  const defects: string[] = [];
  if (!/^application\/problem\+json/.test(String(res.headers['content-type'] ?? ''))) defects.push(`content-type ${res.headers['content-type']}`);
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(res.text) as Record<string, unknown>;
  } catch {
    defects.push('body is not JSON');
    return defects;
  }
  if (typeof body.type !== 'string' || !body.type) defects.push('no type');
  if (typeof body.title !== 'string' || !body.title) defects.push('no title');
  if (body.status !== res.status) defects.push(`status ${String(body.status)} ≠ ${res.status}`);
  if (/at .*\.(ts|js):\d+/.test(res.text)) defects.push('stack trace');
  if (body.code === 'REQUEST.INVALID') {
    const errors = body.errors as { field?: unknown; message?: unknown }[] | undefined;
    if (!Array.isArray(errors) || errors.length === 0) defects.push('validation error without fields');
    else if (errors.some((e) => typeof e.field !== 'string' || !e.field || typeof e.message !== 'string')) defects.push('validation error with an unnamed field');
  }
  return defects;
}
