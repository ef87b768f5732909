import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index';
import type { CommitHooks, UnitOfWork } from '../../shared/unit-of-work';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../db/migrations');

/**
 * The database: drizzle over `pg` when a URL is given, over PGlite (embedded PostgreSQL, on disk
 * or in memory) otherwise. Both run the same migrations and the same queries.
 */
export interface Database {
  readonly driver: 'pg' | 'pglite';
  /** The handle to use: the running transaction's when inside one, else the root handle. */
  readonly db: Db;
  readonly root: Db;
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: runs `callback` once the outermost one has committed (outside it, in
   * the order queued; never if it rolls back) and returns true; outside any: returns false.
   */
  afterCommit(callback: () => Promise<void>): boolean;
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  migrationsApplied(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url?: string | undefined;
  /** PGlite data directory; `memory://` or undefined keeps it in memory */
  dataDir?: string | undefined;
  poolSize?: number;
  /** How long a request waits for a free connection of the pool (pg only; default 30 s). */
  connectionTimeoutMs?: number;
  applicationName?: string;
}

/** The running transaction of an async context, and what waits for its commit. */
interface TransactionScope {
  readonly tx: Db;
  readonly afterCommit: (() => Promise<void>)[];
}

class DrizzleDatabase implements Database {
  private readonly als = new AsyncLocalStorage<TransactionScope>();
  constructor(
    readonly driver: 'pg' | 'pglite',
    readonly root: Db,
    private readonly migrator: () => Promise<void>,
    private readonly closer: () => Promise<void>,
  ) {}

  get db(): Db {
    return this.als.getStore()?.tx ?? this.root;
  }

  /**
   * Runs the work in a transaction; nested calls join the running one. Once it has committed,
   * runs the callbacks queued by `afterCommit` (outside it: a callback that opens a transaction
   * opens a new one); a failed callback does not stop the others, and the first failure is thrown
   * after them (the event bus reports its handlers' failures itself and never throws here).
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.als.getStore()) return work();
    const afterCommit: (() => Promise<void>)[] = [];
    const result = await this.root.transaction((tx) => this.als.run({ tx: tx as unknown as Db, afterCommit }, work));
    let failure: { error: unknown } | undefined;
    for (const callback of afterCommit) {
      try {
        await callback();
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
    return result;
  }

  afterCommit(callback: () => Promise<void>): boolean {
    const scope = this.als.getStore();
    if (!scope) return false;
    scope.afterCommit.push(callback);
    return true;
  }

  migrate(): Promise<void> {
    return this.migrator();
  }

  async ping(): Promise<boolean> {
    try {
      await this.root.execute(sql`select 1`);
      return true;
    } catch {
      return false;
    }
  }

  async migrationsApplied(): Promise<boolean> {
    try {
      const result = await this.root.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const applied = Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
      return applied >= expectedMigrationCount();
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.closer();
  }
}

let cachedMigrationCount: number | undefined;
function expectedMigrationCount(): number {
  if (cachedMigrationCount === undefined) {
    // journal written by drizzle-kit
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const journal = JSON.parse(
      // read synchronously once; small file
      requireText(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json')),
    ) as { entries: unknown[] };
    cachedMigrationCount = journal.entries.length;
  }
  return cachedMigrationCount;
}

import { readFileSync } from 'node:fs';
function requireText(file: string): string {
  return readFileSync(file, 'utf8');
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'alin',
      // A burst (hundreds of applications to one offer at its opening) queues for a connection; the
      // wait is bounded, and a request that still gets none answers 503 with Retry-After, never 500.
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 30_000,
    });
    // An idle client losing its connection must not crash the process.
    pool.on('error', () => undefined);
    // Nor a checked-out one (a transaction in progress whose backend is terminated or whose socket
    // drops): pg-pool listens for a client's 'error' only while it is idle, and an 'error' event
    // without a listener is thrown. The running query gets the error (→ 503, isDatabaseUnavailable)
    // and the pool discards the broken client when it is released.
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
    const root = drizzlePg(pool, { schema }) as unknown as Db;
    return new DrizzleDatabase(
      'pg',
      root,
      () => migratePg(root as never, { migrationsFolder: MIGRATIONS_FOLDER }),
      async () => {
        // let work still holding a connection (a request whose client went away) finish, for at most 10 s
        const deadline = Date.now() + 10_000;
        while (pool.totalCount > pool.idleCount && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        await pool.end();
      },
    );
  }
  const dir = options.dataDir && options.dataDir !== 'memory://' ? path.resolve(options.dataDir, 'pglite') : undefined;
  if (dir) mkdirSync(dir, { recursive: true });
  const client = dir ? await PGlite.create(dir) : await PGlite.create();
  const root = drizzlePglite(client, { schema }) as unknown as Db;
  return new DrizzleDatabase(
    'pglite',
    root,
    () => migratePglite(root as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    () => client.close(),
  );
}

/**
 * The use cases' unit of work, backed by the database's per-async-context transaction; its
 * commit hooks let the event bus deliver events after the commit.
 */
export class DatabaseUnitOfWork implements UnitOfWork, CommitHooks {
  constructor(private readonly database: Database) {}
  run<T>(work: () => Promise<T>): Promise<T> {
    return this.database.transaction(work);
  }
  afterCommit(callback: () => Promise<void>): boolean {
    return this.database.afterCommit(callback);
  }
}

const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** True when an error means the database cannot be reached now (retry later), not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message))
      return true;
  }
  return false;
}

/** PostgreSQL error code of an error or of its cause (drizzle wraps driver errors). */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
