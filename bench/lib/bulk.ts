import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';

/** What the loader needs of a connection: pg's Client/Pool and PGlite both have it. */
export interface SqlRunner {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

interface ColumnPlan {
  key: string;
  name: string;
  cast: string;
  json: boolean;
  timestamp: boolean;
}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** The qualified name of a drizzle table, e.g. "demand"."demands". */
export function tableName(table: PgTable): string {
  const c = getTableConfig(table);
  return c.schema ? `${q(c.schema)}.${q(c.name)}` : q(c.name);
}

function planColumns(table: PgTable, keys: readonly string[]): ColumnPlan[] {
  const config = getTableConfig(table);
  const byKey = new Map<string, PgColumn>();
  // getTableConfig gives columns without their property keys: map them through the table object
  for (const [key, value] of Object.entries(table as unknown as Record<string, unknown>)) {
    if (config.columns.includes(value as PgColumn)) byKey.set(key, value as PgColumn);
  }
  return keys.map((key) => {
    const column = byKey.get(key);
    if (!column) throw new Error(`${tableName(table)}: no column for property ${key}`);
    if (column.generated) throw new Error(`${tableName(table)}.${column.name} is generated: do not insert it`);
    const type = column.getSQLType();
    return {
      key,
      name: column.name,
      cast: `${type}[]`,
      json: type === 'jsonb' || type === 'json',
      timestamp: type.startsWith('timestamp'),
    };
  });
}

/**
 * Inserts rows (objects keyed by the drizzle property names of the table, the names the
 * repositories use) with one `INSERT … SELECT FROM unnest($1::type[], …)` statement: one array
 * parameter per column, whatever the number of rows. jsonb values are objects, instants Dates.
 */
export async function insertRows(db: SqlRunner, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const plan = planColumns(table, keys);
  const params = plan.map((c) => {
    // jsonb: one JSON array for the whole batch (jsonb_array_elements), much cheaper than a jsonb[] literal
    if (c.json) return JSON.stringify(rows.map((row) => row[c.key] ?? null));
    return rows.map((row) => {
      const v = row[c.key];
      if (v === undefined || v === null) return null;
      if (c.timestamp && v instanceof Date) return v.toISOString();
      return v;
    });
  });
  const sources = plan.map((c, i) => (c.json ? `jsonb_array_elements($${i + 1}::jsonb)` : `unnest($${i + 1}::${c.cast})`));
  const outputs = plan.map((c, i) => (c.json ? `nullif(x.c${i}, 'null'::jsonb)` : `x.c${i}`));
  const text = `insert into ${tableName(table)} (${plan.map((c) => q(c.name)).join(', ')}) select ${outputs.join(', ')} from rows from (${sources.join(', ')}) as x(${plan
    .map((_, i) => `c${i}`)
    .join(', ')})`;
  await db.query(text, params);
}

/** Time the database spent on the inserts of each table (serialized runner only). */
export const insertMs = new Map<string, number>();

/** One statement at a time on a single connection (pg warns about queued queries), in call order. */
export function serialized(db: SqlRunner): SqlRunner & { busyMs: number } {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    busyMs: 0,
    query(text, params) {
      const run = tail.then(async () => {
        const t0 = performance.now();
        try {
          return await db.query(text, params);
        } finally {
          const ms = performance.now() - t0;
          this.busyMs += ms;
          const m = /^insert into (\S+)/.exec(text);
          if (m) insertMs.set(m[1]!, (insertMs.get(m[1]!) ?? 0) + ms);
        }
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

export interface TableStats {
  table: string;
  rows: number;
  seconds: number;
}

/**
 * Buffers the rows of one table and sends them in batches, one batch in flight while the next is
 * generated (the generator and PostgreSQL each get a core).
 */
export class BatchLoader {
  private buffer: Record<string, unknown>[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private count = 0;
  private readonly started = performance.now();
  private lastReport = 0;

  constructor(
    private readonly db: SqlRunner,
    private readonly table: PgTable,
    private readonly label: string,
    private readonly batchSize = 5000,
    private readonly log: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  ) {}

  /** rows taken so far (sent or buffered) */
  get rows(): number {
    return this.count + this.buffer.length;
  }

  async add(row: Record<string, unknown>): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= this.batchSize) await this.flush();
  }

  private async flush(): Promise<void> {
    const batch = this.buffer;
    this.buffer = [];
    await this.inFlight;
    this.count += batch.length;
    this.inFlight = insertRows(this.db, this.table, batch);
    // keep an unhandled rejection from crashing before the next await sees it
    this.inFlight.catch(() => undefined);
    if (this.count - this.lastReport >= 100_000) {
      this.lastReport = this.count;
      const s = (performance.now() - this.started) / 1000;
      this.log(`  ${this.label}: ${this.count.toLocaleString('en')} rows… (${Math.round(this.count / s).toLocaleString('en')} rows/s)`);
    }
  }

  async finish(): Promise<TableStats> {
    if (this.buffer.length) await this.flush();
    await this.inFlight;
    const seconds = (performance.now() - this.started) / 1000;
    this.log(
      `  ${this.label.padEnd(34)} ${this.count.toLocaleString('en').padStart(10)} rows  ${seconds.toFixed(1).padStart(6)} s  ${Math.round(this.count / Math.max(seconds, 0.001))
        .toLocaleString('en')
        .padStart(9)} rows/s`,
    );
    return { table: this.label, rows: this.count, seconds };
  }
}
