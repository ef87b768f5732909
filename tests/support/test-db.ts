import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../src/adapters/db/database';
import { clonePrefix, templateDb, withAdmin, withDatabase } from './global-setup';

export interface TestDatabase {
  database: Database;
  url?: string;
  close(): Promise<void>;
}

/** A fresh migrated database for one test file: a clone of the template on PostgreSQL, or PGlite in memory. */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    return { database, close: () => database.close() };
  }
  const name = `${clonePrefix()}${randomBytes(6).toString('hex')}`;
  await withAdmin(base, (admin) => admin.query(`create database ${name} template ${templateDb()}`));
  const url = withDatabase(base, name);
  const database = await openDatabase({ url, poolSize: options.poolSize ?? 10 });
  return {
    database,
    url,
    close: async () => {
      await database.close();
      await withAdmin(base, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

export const usingPostgres = (): boolean => !!process.env.TEST_DATABASE_URL;
