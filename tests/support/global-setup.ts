import pg from 'pg';
import { openDatabase } from '../../src/adapters/db/database';

export const TEMPLATE_DB = 'alin_test_template';

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
  console.log(`[tests] database: PostgreSQL ${redact(url)}`);
  await withAdmin(url, async (admin) => {
    await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [TEMPLATE_DB]);
    await admin.query(`drop database if exists ${TEMPLATE_DB}`);
    await admin.query(`create database ${TEMPLATE_DB}`);
  });
  const database = await openDatabase({ url: withDatabase(url, TEMPLATE_DB), poolSize: 1 });
  await database.migrate();
  await database.close();
  return async () => {
    await withAdmin(url, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'alin_t_%'`);
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
