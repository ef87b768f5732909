import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = path.resolve(BENCH_DIR, '..');
export const DEFAULT_SCALE_URL = 'postgres://postgres@127.0.0.1:5432/alin_scale';
/** The embedded variant's default data directory (under data/, which git ignores). */
export const DEFAULT_PGLITE_DIR = 'data/scale-pglite';

/** Where the scale data lives: a PostgreSQL database, or a PGlite data directory. */
export type ScaleTarget = { kind: 'pg'; url: string; database: string } | { kind: 'pglite'; dataDir: string };

/**
 * DATABASE_URL when set; else PGlite when DATA_DIR is set (or --pglite); else the local
 * PostgreSQL database alin_scale.
 */
export function resolveTarget(env: NodeJS.ProcessEnv = process.env, forcePglite = false): ScaleTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && !forcePglite) {
    const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
    return { kind: 'pg', url, database };
  }
  const dataDir = env.DATA_DIR?.trim();
  if (dataDir || forcePglite) return { kind: 'pglite', dataDir: dataDir || DEFAULT_PGLITE_DIR };
  return { kind: 'pg', url: DEFAULT_SCALE_URL, database: 'alin_scale' };
}

export function describeTarget(t: ScaleTarget): string {
  return t.kind === 'pg' ? `PostgreSQL ${t.url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}` : `PGlite ${path.resolve(t.dataDir)}`;
}

/** Refuses anything but the loopback (database or HTTP URL): the scale tools never talk to another host. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`refusing non-loopback host ${host}`);
}

/** The admin connection URL of the same server (database `postgres`). */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** Creates the database when it does not exist; with `reset`, drops it first (only databases named like *scale* or *bench*). */
export async function ensurePgDatabase(t: Extract<ScaleTarget, { kind: 'pg' }>, reset: boolean): Promise<'created' | 'exists' | 'recreated'> {
  assertLoopback(t.url);
  const admin = new pg.Client({ connectionString: adminUrl(t.url), application_name: 'alin-seed-scale' });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [t.database])).rowCount === 1;
    const ident = `"${t.database.replace(/"/g, '""')}"`;
    if (exists && reset) {
      if (!/scale|bench/i.test(t.database)) throw new Error(`--reset drops the database: refused for ${t.database} (only *scale* or *bench* databases)`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [t.database]);
      await admin.query(`drop database ${ident}`);
      await admin.query(`create database ${ident}`);
      return 'recreated';
    }
    if (!exists) {
      await admin.query(`create database ${ident}`);
      return 'created';
    }
    return 'exists';
  } finally {
    await admin.end();
  }
}

/** The ids the bench needs, written by the seed next to the data (git-ignored). */
export interface ScaleFixture {
  version: 1;
  seed: number;
  scale: number;
  /** the day the data was generated for (closing dates, ages and tax years are relative to it) */
  generatedFor: string;
  target: string;
  password: string;
  denseDepartement: string;
  s1: { accountId: string; email: string; demandId: string; departement: string; eligibleOffersExpected: number };
  agent: { accountId: string; email: string };
  bigOffer: { offerId: string; candidacies: number; candidacyId: string; applicantAccountId: string; applicantEmail: string; demandId: string };
  /** S4: applicants (active demand, no candidacy yet) each with a published offer their household fits */
  s4: { accountId: string; demandId: string; offerId: string }[];
  counts: Record<string, number>;
}

/** The fixture file of a target: data/bench/scale-fixture.<target>.json (data/ is git-ignored). */
export function fixturePath(t: ScaleTarget): string {
  const name = t.kind === 'pg' ? `pg-${t.database}` : `pglite-${path.basename(path.resolve(t.dataDir))}`;
  return path.join(REPO_DIR, 'data', 'bench', `scale-fixture.${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
}

export function writeFixture(t: ScaleTarget, fixture: ScaleFixture): string {
  const file = fixturePath(t);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(fixture, null, 1)}\n`);
  return file;
}

export function readFixture(t: ScaleTarget): ScaleFixture {
  const file = fixturePath(t);
  if (!existsSync(file)) throw new Error(`no scale fixture at ${file}: run \`npm run seed:scale\` first (same DATABASE_URL / DATA_DIR)`);
  return JSON.parse(readFileSync(file, 'utf8')) as ScaleFixture;
}
