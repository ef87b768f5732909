import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type Database } from '../../src/adapters/db/database';
import * as schema from '../../src/adapters/db/schema/index';

/** The PostgreSQL schemas of the modules, whose tables the generator fills. */
export function loadedSchemas(): string[] {
  return ['identity', 'demand', 'company_space', 'landlord', 'offer', 'scoring', 'candidacy'];
}

/**
 * Development aid: the DDL of the schema files that no migration covers yet (what the next
 * `npm run db:generate` would write), applied to the scale database. Uses drizzle-kit's API on the
 * last snapshot of db/migrations/meta. A database prepared this way must be reset (--reset) once
 * the real migration exists, since that migration would create the same tables again.
 */
export async function applyPendingSchema(database: Database): Promise<string[]> {
  const kit = (await import('drizzle-kit/api')) as unknown as {
    generateDrizzleJson: (imports: Record<string, unknown>, prevId?: string) => { id: string };
    generateMigration: (prev: unknown, cur: unknown) => Promise<string[]>;
  };
  const meta = path.join(MIGRATIONS_FOLDER, 'meta');
  const snapshots = readdirSync(meta)
    .filter((f) => /^\d{4}_snapshot\.json$/.test(f))
    .sort();
  const prev = JSON.parse(readFileSync(path.join(meta, snapshots[snapshots.length - 1]!), 'utf8')) as { id: string };
  const cur = kit.generateDrizzleJson(schema as unknown as Record<string, unknown>, prev.id);
  const statements = await kit.generateMigration(prev, cur);
  for (const statement of statements) await database.root.execute(sql.raw(statement));
  return statements;
}
