import type { Database, Db } from './database';

interface Preparable<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
}

/**
 * A hot read as a named prepared statement: drizzle builds its SQL once per process (building a
 * select of a 30-column table was several per cent of a request's CPU) and PostgreSQL parses and
 * plans it once per connection. Parameters are `sql.placeholder(name)`s bound at each call.
 *
 * Outside a transaction it runs on the root handle, prepared once. Inside one it must run on the
 * transaction's connection (PGlite has only one), so it is built on the transaction's handle at
 * each call, with the same name and text (the connection reuses its parsed statement).
 *
 * Note for a connection pooler: named statements need PgBouncer ≥ 1.21 with
 * `max_prepared_statements` set in transaction mode (docs/scaling.md).
 */
export function prepared<R>(database: Database, name: string, build: (db: Db) => Preparable<R>): (values: Record<string, unknown>) => Promise<R> {
  let onRoot: ReturnType<Preparable<R>['prepare']> | undefined;
  return (values) => {
    const db = database.db;
    const statement = db === database.root ? (onRoot ??= build(db).prepare(name)) : build(db).prepare(name);
    return statement.execute(values);
  };
}
