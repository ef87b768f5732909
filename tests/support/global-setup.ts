import pg from 'pg';
import { openDatabase } from '../../src/adapters/db/database';

/**
 * Each `vitest run` gets its own template and clone prefix (the run id is set by the global
 * setup and inherited by the test workers), so that runs side by side on one PostgreSQL never
 * drop each other's databases.
 */
export const testRunId = (): string => process.env.ALIN_TEST_RUN ?? 'solo';
export const templateDb = (): string => `alin_tt_${testRunId()}`;
export const clonePrefix = (): string => `alin_t_${testRunId()}_`;

/**
 * With TEST_DATABASE_URL (a real PostgreSQL), migrates a template database once; every test file
 * then clones it (CREATE DATABASE … TEMPLATE), so that each file runs on a fresh, migrated database.
 * Without it, test files use an in-memory PGlite each.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('[tests] database: PGlite in memory (set TEST_DATABASE_URL to use PostgreSQL)');
    return async () => undefined;
  }
  process.env.ALIN_TEST_RUN = `${process.pid}`;
  const template = templateDb();
  console.log(`[tests] database: PostgreSQL ${redact(url)} (template ${template})`);
  await withAdmin(url, async (admin) => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.query(`create database ${template}`);
  });
  const database = await openDatabase({ url: withDatabase(url, template), poolSize: 1 });
  await database.migrate();
  await database.close();
  return async () => {
    await withAdmin(url, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1) or datname = $2`, [clonePrefix(), template]);
      for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const redact = (url: string) => url.replace(/\/\/([^:@]+):[^@]+@/, '//$1:***@');
