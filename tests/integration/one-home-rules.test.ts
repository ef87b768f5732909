import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/test-db';
import { DrizzleDemandRepository } from '../../src/adapters/db/repositories/drizzle-demand.repository';
import { MIGRATIONS_FOLDER } from '../../src/adapters/db/database';
import { FixedClock } from '../../src/shared/testing/clock';
import { FINAL_DEMAND_STATUSES, OPEN_DEMAND_STATUSES } from '../../src/modules/demand/index';
import { createDraftDemand } from '../../src/modules/demand/domain/demand-lifecycle';
import { platformDemand } from '../fixtures/sne/sne-fixtures';

/** Issue 15, item 9: one home per rule, as the database sees it (département of a commune, final demand states). */
const clock = new FixedClock('2026-03-15T09:00:00Z');
let t: TestDatabase;
let repo: DrizzleDemandRepository;
beforeAll(async () => {
  t = await openTestDatabase();
  repo = new DrizzleDemandRepository(t.database, clock);
});
afterAll(async () => t?.close());

async function demandIn(address: { communeCode: string; abroad?: boolean }, wishes: string[]): Promise<string> {
  const base = platformDemand();
  const data = { ...base, applicant: { ...base.applicant, address: { ...base.applicant.address!, ...address } }, wishes: { ...base.wishes, communeCodes: wishes } };
  const demand = createDraftDemand({ id: randomUUID(), ownerAccountId: randomUUID(), data, at: clock.now() });
  await repo.insert({ demand, version: 1, updatedAt: clock.now(), pendingDocuments: 0 });
  return demand.id;
}

const stored = async (id: string) =>
  ((await t.database.db.execute(sql`select departement from demand.demands where id = ${id}`)) as unknown as { rows: { departement: string | null }[] }).rows[0]?.departement;

describe('the département of a demand, stored and filtered', () => {
  it('an address in Nouvelle-Calédonie files the demand under 988; a list filtered on 988 finds it', async () => {
    const id = await demandIn({ communeCode: '98818' }, ['69386']);
    expect(await stored(id)).toBe('988');
    const page = await repo.list({ departement: '988' }, { page: 1, pageSize: 20 });
    expect(page.items.map((i) => i.id)).toContain(id);
    expect((await repo.list({ departement: '98' }, { page: 1, pageSize: 20 })).items.map((i) => i.id)).not.toContain(id);
  });

  it('migration 0010 files the demands stored under "98" again, and leaves the others', async () => {
    const caledonia = await demandIn({ communeCode: '98818' }, ['69386']);
    const abroadWishingPapeete = await demandIn({ communeCode: '99134', abroad: true }, ['98735']);
    const lyon = await demandIn({ communeCode: '69386' }, ['98735']);
    // as the demand module stored them before the rule had one home
    await t.database.db.execute(sql`update demand.demands set departement = '98' where id in (${caledonia}, ${abroadWishingPapeete})`);
    const migration = readFileSync(path.join(MIGRATIONS_FOLDER, '0010_overseas_departements.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await t.database.db.execute(sql.raw(statement));
    expect(await stored(caledonia)).toBe('988');
    expect(await stored(abroadWishingPapeete)).toBe('987');
    expect(await stored(lyon)).toBe('69');
  });
});

describe('the final demand states, as the database applies them', () => {
  it('the partial unique index "one open demand per applicant" lists exactly the domain’s open states', async () => {
    const result = await t.database.db.execute(sql`select indexdef from pg_indexes where schemaname = 'demand' and indexname = 'demands_one_open_per_owner_idx'`);
    const indexdef = (result as unknown as { rows: { indexdef: string }[] }).rows[0]?.indexdef ?? '';
    const listed = [...indexdef.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...OPEN_DEMAND_STATUSES].sort());
    expect(listed.some((s) => FINAL_DEMAND_STATUSES.includes(s as never))).toBe(false);
  });
});
