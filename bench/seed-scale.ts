/**
 * npm run seed:scale — fills a database with production-scale data (brief §1, figures of
 * 5 January 2021) through the platform's own schema: the tables and column formats its
 * repositories read (DemandData jsonb, bcrypt hashes, ISO dates, …).
 *
 *   npm run seed:scale                          # PostgreSQL alin_scale on 127.0.0.1 (created if missing)
 *   npm run seed:scale -- --reset               # drop and recreate it first
 *   npm run seed:scale -- --scale 0.1           # a 10 % version
 *   DATA_DIR=data/scale-pglite npm run seed:scale -- --scale 0.1   # embedded PGlite (DATABASE_URL unset)
 *   options: --seed N (deterministic, default 20210105), --apply-pending-schema (create tables of
 *   schema files that have no migration yet, for development before the lead generates it)
 *
 * Deterministic (seeded PRNG, no network). Rows go in with INSERT … SELECT FROM unnest($1::type[], …)
 * batches of 5,000; secondary indexes are dropped during the load and rebuilt after; ANALYZE at
 * the end. The ids the bench needs go to data/bench/scale-fixture.<target>.json (git-ignored).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import bcrypt from 'bcrypt';
import pg from 'pg';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { openDatabase } from '../src/adapters/db/database';
import * as S from '../src/adapters/db/schema/index';
import { explainHouseholdCategory } from '../src/modules/demand/domain/household';
import { monthlyResources, referenceIncome } from '../src/modules/demand/domain/resources';
import type { ApplicantFacts, Financing, HouseholdCategory } from '../src/modules/offer/index';
import { evaluateEligibility, incomeCeilingFor, minimumSurface, type EligibilityOptions, type OfferFacts } from '../src/modules/offer/domain/eligibility';
import { sizeClassOf } from '../src/modules/company-space/domain/company';
import { BatchLoader, insertMs, serialized, type SqlRunner, type TableStats } from './lib/bulk';
import { Prng, Weighted, weightedPick } from './lib/prng';
import { describeTarget, ensurePgDatabase, resolveTarget, writeFixture, type ScaleFixture, type ScaleTarget } from './lib/target';
import { Geography, type Commune } from './seed/geo';
import { household } from './seed/households';
import { dayOf, instantOn, isoOf, siren as newSiren, siret as newSiret } from './seed/ids';
import { FEMALE_FIRST, LAST, MALE_FIRST, slug } from './seed/names';
import { applyPendingSchema, loadedSchemas } from './seed/schema';

// ——— options ———

const { values: opts } = parseArgs({
  options: {
    seed: { type: 'string', default: '20210105' },
    scale: { type: 'string', default: '1' },
    reset: { type: 'boolean', default: false },
    pglite: { type: 'boolean', default: false },
    'apply-pending-schema': { type: 'boolean', default: false },
    's4-pool': { type: 'string' },
  },
});
const SEED = Number(opts.seed);
const SCALE = Number(opts.scale);
if (!Number.isInteger(SEED) || !(SCALE > 0 && SCALE <= 1)) throw new Error('--seed must be an integer and --scale in (0, 1]');

/** Production figures of 5 January 2021 (brief §1), and how the generator splits them. */
export const FIGURES = {
  applicants: 174_009,
  demands: 311_255,
  dalo: 3_584,
  registeredThroughPlatform: 31_872,
  demandsActive: 158_000,
  demandsInInstruction: 5_000,
  demandsSubmitted: 3_000,
  demandsDraft: 4_000,
  landlords: 471,
  connectedLandlords: 12,
  companies: 793,
  spaceRequests: 502,
  spacesConfigured: 521,
  spacesDeployed: 213,
  agents: 160,
  offersPublished: 1_838,
  offersInInstruction: 2_238,
  offersTransmittedOrAllocated: 16_375,
  offersAllocated: 13_275,
  candidacies: 346_900,
  candidaciesPositioned: 46_750,
} as const;

const T = (n: number) => Math.max(1, Math.round(n * SCALE));
const N = {
  applicants: T(FIGURES.applicants),
  demands: T(FIGURES.demands),
  dalo: T(FIGURES.dalo),
  platformRegistered: T(FIGURES.registeredThroughPlatform),
  active: T(FIGURES.demandsActive),
  inInstruction: T(FIGURES.demandsInInstruction),
  submitted: T(FIGURES.demandsSubmitted),
  draft: T(FIGURES.demandsDraft),
  landlords: T(FIGURES.landlords),
  connected: Math.min(T(FIGURES.landlords), FIGURES.connectedLandlords),
  companies: T(FIGURES.companies),
  spaceRequests: T(FIGURES.spaceRequests),
  configured: T(FIGURES.spacesConfigured),
  deployed: T(FIGURES.spacesDeployed),
  agents: FIGURES.agents,
  published: T(FIGURES.offersPublished),
  inInstructionOffers: T(FIGURES.offersInInstruction),
  allocated: T(FIGURES.offersAllocated),
  transmitted: T(FIGURES.offersTransmittedOrAllocated) - T(FIGURES.offersAllocated),
  candidacies: T(FIGURES.candidacies),
  positioned: T(FIGURES.candidaciesPositioned),
};
const BIG_OFFER_CANDIDATES = Math.min(1000, Math.floor(N.positioned / 3));
const S4_POOL = Number(opts['s4-pool'] ?? Math.round(30_000 * SCALE));
export const SCALE_PASSWORD = 'scale-password-2026';

// ——— time ———

const NOW = new Date();
const TODAY = NOW.toISOString().slice(0, 10);
const TODAY_DAY = dayOf(TODAY);
const YEAR = NOW.getUTCFullYear();
const EIGHT_YEARS = 8 * 365;
const FIRST_DAY = TODAY_DAY - EIGHT_YEARS;
const clampNow = (d: Date): Date => (d.getTime() > NOW.getTime() - 60_000 ? new Date(NOW.getTime() - 60_000 - (d.getTime() % 3_600_000)) : d);
const at = (rng: Prng, day: number): Date => clampNow(instantOn(rng, Math.min(day, TODAY_DAY)));

const root = new Prng(SEED);
const log = (line: string) => process.stdout.write(`${line}\n`);

// ——— the load ———

interface Ctx {
  db: SqlRunner;
  stats: TableStats[];
  loaders: Map<string, BatchLoader>;
}

function loader(ctx: Ctx, table: PgTable): BatchLoader {
  const c = getTableConfig(table);
  const label = `${c.schema}.${c.name}`;
  let l = ctx.loaders.get(label);
  if (!l) {
    l = new BatchLoader(ctx.db, table, label);
    ctx.loaders.set(label, l);
  }
  return l;
}

async function finish(ctx: Ctx, ...tables: PgTable[]): Promise<void> {
  for (const t of tables) {
    const c = getTableConfig(t);
    const label = `${c.schema}.${c.name}`;
    const l = ctx.loaders.get(label);
    if (!l) continue;
    ctx.loaders.delete(label);
    ctx.stats.push(await l.finish());
  }
}

// ——— people and organisations ———

interface AccountRow {
  id: string;
  email: string;
}

const takenEmails = new Set<string>();
function email(first: string, last: string, domain: string, n: number): string {
  let e = `${slug(first)}.${slug(last)}${n}@${domain}`;
  while (takenEmails.has(e)) e = `${slug(first)}.${slug(last)}${n}x${takenEmails.size}@${domain}`;
  takenEmails.add(e);
  return e;
}

async function addAccount(ctx: Ctx, row: { id: string; email: string; role: string; displayName: string; createdAt: Date; passwordHash: string | null }): Promise<void> {
  await loader(ctx, S.accounts).add({ ...row, status: 'active', updatedAt: row.createdAt });
}

interface Landlord {
  id: string;
  name: string;
  departements: string[];
  connected: boolean;
  userAccountId: string;
  clientAccountId: string | null;
}

interface Company {
  id: string;
  headcount: number;
  contribution: 'contributing' | 'compensated' | 'none';
  delegates: boolean;
  space: 'requested' | 'configured' | 'deployed' | null;
  sirets: string[];
  name: string;
  /** quota and used per year and tranche */
  quota: Map<string, { quota: number; used: number }>;
}

interface Offer {
  idx: number;
  id: string;
  landlord: Landlord;
  agreementId: string | null;
  status: 'published' | 'in_instruction' | 'transmitted' | 'allocated';
  commune: Commune;
  typology: number;
  surface: number;
  financing: Financing;
  rent: number;
  charges: number;
  createdDay: number;
  submittedDay: number;
  publishedDay: number | null;
  closingDay: number;
  /** designation, transmission, allocation */
  designatedDay: number | null;
  transmittedDay: number | null;
  allocatedDay: number | null;
  /** the satisfied demand that signed (allocated offers) */
  leasedDemand: number;
  candidacyCount: number;
  candidacyEvents: number;
  row: Record<string, unknown>;
}

// ——— main ———

async function main(): Promise<void> {
  const started = performance.now();
  const target = resolveTarget(process.env, opts.pglite);
  log(`seed:scale — ${describeTarget(target)}, scale ${SCALE}, seed ${SEED}, data for ${TODAY}`);

  if (target.kind === 'pg') {
    const outcome = await ensurePgDatabase(target, opts.reset);
    log(`  database ${target.database}: ${outcome}`);
  } else if (opts.reset) {
    rmSync(path.resolve(target.dataDir, 'pglite'), { recursive: true, force: true });
    log(`  removed ${path.resolve(target.dataDir, 'pglite')}`);
  }
  const database = await openDatabase(target.kind === 'pg' ? { url: target.url, poolSize: 2, applicationName: 'alin-seed-scale' } : { dataDir: target.dataDir });
  await database.migrate();
  if (opts['apply-pending-schema']) {
    const applied = await applyPendingSchema(database);
    log(`  pending schema: ${applied.length ? `${applied.length} statements applied` : 'none'}`);
  }

  let client: pg.Client | undefined;
  let runner: SqlRunner;
  if (target.kind === 'pg') {
    client = new pg.Client({ connectionString: target.url, application_name: 'alin-seed-scale' });
    await client.connect();
    await client.query(`set synchronous_commit = off`);
    await client.query(`set maintenance_work_mem = '512MB'`);
    runner = serialized(client);
  } else {
    runner = (database.root as unknown as { $client: SqlRunner }).$client;
  }
  try {
    const existing = (await runner.query(`select count(*)::int as n from identity.accounts`)).rows[0] as { n: number };
    if (existing.n > 0) throw new Error(`the database already holds ${existing.n} accounts: run again with --reset (drops and recreates it)`);
    const tables = await existingTables(runner);
    const ctx: Ctx = { db: runner, stats: [], loaders: new Map() };
    const foreignKeys = await dropForeignKeys(runner);
    const dropped = await dropSecondaryIndexes(runner);
    log(`  ${dropped.length} secondary indexes and ${foreignKeys.length} foreign keys dropped for the load`);
    const fixture = await generate(ctx, tables, target);
    const tIdx = performance.now();
    for (const def of dropped) await runner.query(def);
    log(`  ${dropped.length} indexes rebuilt in ${((performance.now() - tIdx) / 1000).toFixed(1)} s`);
    const tFk = performance.now();
    for (const def of foreignKeys) await runner.query(def);
    log(`  ${foreignKeys.length} foreign keys restored and checked in ${((performance.now() - tFk) / 1000).toFixed(1)} s`);
    const tAn = performance.now();
    // VACUUM too: the visibility map lets counts use index-only scans, as on a database autovacuum keeps
    await runner.query('vacuum (analyze)');
    log(`  VACUUM ANALYZE in ${((performance.now() - tAn) / 1000).toFixed(1)} s`);

    const counts = await countRows(runner, tables);
    fixture.counts = counts;
    const file = writeFixture(target, fixture);
    printSummary(counts, ctx.stats);
    if (process.env.SEED_TIMINGS) for (const [t, ms] of insertMs) log(`  insert time ${t}: ${ms.toFixed(0)} ms`);
    log(`\nfixture: ${path.relative(process.cwd(), file)}`);
    log(`seed:scale done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client?.end();
    await database.close();
  }
}

async function existingTables(db: SqlRunner): Promise<Set<string>> {
  const rows = (await db.query(`select table_schema || '.' || table_name as t from information_schema.tables where table_schema = any($1)`, [loadedSchemas()])).rows as {
    t: string;
  }[];
  return new Set(rows.map((r) => r.t));
}

const has = (tables: Set<string>, table: PgTable) => {
  const c = getTableConfig(table);
  return tables.has(`${c.schema}.${c.name}`);
};

/** Drops the indexes that back no constraint (rebuilt after the load); returns their definitions. */
async function dropSecondaryIndexes(db: SqlRunner): Promise<string[]> {
  const rows = (
    await db.query(
      `select n.nspname as schema, c.relname as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any($1) and not i.indisprimary
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
      [loadedSchemas()],
    )
  ).rows as { schema: string; name: string; def: string }[];
  for (const r of rows) await db.query(`drop index "${r.schema}"."${r.name}"`);
  return rows.map((r) => r.def);
}

/** Drops the foreign keys (children and parents go in by separate batches); returns the statements that restore them (and check every row). */
async function dropForeignKeys(db: SqlRunner): Promise<string[]> {
  const rows = (
    await db.query(
      `select n.nspname as schema, c.relname as tbl, k.conname as name, pg_get_constraintdef(k.oid) as def
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = any($1)`,
      [loadedSchemas()],
    )
  ).rows as { schema: string; tbl: string; name: string; def: string }[];
  for (const r of rows) await db.query(`alter table "${r.schema}"."${r.tbl}" drop constraint "${r.name}"`);
  return rows.map((r) => `alter table "${r.schema}"."${r.tbl}" add constraint "${r.name}" ${r.def}`);
}

async function countRows(db: SqlRunner, tables: Set<string>): Promise<Record<string, number>> {
  const one = async (sql: string) => Number(((await db.query(sql)).rows[0] as { n: number | string }).n);
  const counts: Record<string, number> = {
    applicants: await one(`select count(*) as n from identity.accounts where role = 'applicant'`),
    agents: await one(`select count(*) as n from identity.accounts where role = 'agent'`),
    demands: await one(`select count(*) as n from demand.demands`),
    demandsDalo: await one(`select count(*) as n from demand.demands where dalo`),
    demandsActive: await one(`select count(*) as n from demand.demands where status = 'active'`),
    registeredThroughPlatform: await one(`select count(*) as n from demand.demands where source = 'platform' and registration_number is not null`),
    landlords: await one(`select count(*) as n from landlord.landlords`),
    connectedLandlords: await one(`select count(*) as n from landlord.landlords where connected_by_api`),
    apiClients: await one(`select count(*) as n from identity.api_clients`),
    agreements: await one(`select count(*) as n from landlord.agreements`),
    companies: await one(`select count(*) as n from company_space.companies`),
    spaceRequests: await one(`select count(*) as n from company_space.space_requests`),
    spacesConfigured: await one(`select count(*) as n from company_space.companies where space_status = 'configured'`),
    spacesDeployed: await one(`select count(*) as n from company_space.companies where space_status = 'deployed'`),
    employeeValidations: await one(`select count(*) as n from company_space.employee_validations`),
    trancheGrants: await one(`select count(*) as n from company_space.tranche_grants`),
    offers: await one(`select count(*) as n from offer.offers`),
    offersPublished: await one(`select count(*) as n from offer.offers where status = 'published'`),
    offersInInstruction: await one(`select count(*) as n from offer.offers where status = 'in_instruction'`),
    offersTransmittedOrAllocated: await one(`select count(*) as n from offer.offers where status in ('transmitted', 'allocated')`),
  };
  if (tables.has('candidacy.candidacies')) {
    counts.candidacies = await one(`select count(*) as n from candidacy.candidacies`);
    counts.candidaciesPositioned = await one(
      `select count(*) as n from candidacy.candidacies c join offer.offers o on o.id = c.offer_id where o.status = 'published' and c.status = 'submitted'`,
    );
    counts.maxCandidaciesOnAnOffer = await one(
      `select coalesce(max(n), 0) as n from (select count(*) as n from candidacy.candidacies where status = 'submitted' group by offer_id) x`,
    );
  }
  return counts;
}

function printSummary(counts: Record<string, number>, stats: TableStats[]): void {
  const expected: Record<string, number> = {
    applicants: N.applicants,
    agents: N.agents,
    demands: N.demands,
    demandsDalo: N.dalo,
    registeredThroughPlatform: N.platformRegistered,
    landlords: N.landlords,
    connectedLandlords: N.connected,
    companies: N.companies,
    spaceRequests: N.spaceRequests,
    spacesConfigured: N.configured,
    spacesDeployed: N.deployed,
    offersPublished: N.published,
    offersInInstruction: N.inInstructionOffers,
    offersTransmittedOrAllocated: N.transmitted + N.allocated,
    offers: N.published + N.inInstructionOffers + N.transmitted + N.allocated,
    candidacies: N.candidacies,
    candidaciesPositioned: N.positioned,
  };
  const production: Record<string, number> = {
    applicants: FIGURES.applicants,
    agents: FIGURES.agents,
    demands: FIGURES.demands,
    demandsDalo: FIGURES.dalo,
    registeredThroughPlatform: FIGURES.registeredThroughPlatform,
    landlords: FIGURES.landlords,
    connectedLandlords: FIGURES.connectedLandlords,
    companies: FIGURES.companies,
    spaceRequests: FIGURES.spaceRequests,
    spacesConfigured: FIGURES.spacesConfigured,
    spacesDeployed: FIGURES.spacesDeployed,
    offersPublished: FIGURES.offersPublished,
    offersInInstruction: FIGURES.offersInInstruction,
    offersTransmittedOrAllocated: FIGURES.offersTransmittedOrAllocated,
    offers: FIGURES.offersPublished + FIGURES.offersInInstruction + FIGURES.offersTransmittedOrAllocated,
    candidacies: FIGURES.candidacies,
    candidaciesPositioned: FIGURES.candidaciesPositioned,
  };
  log(`\n${'figure'.padEnd(30)} ${'rows'.padStart(10)} ${'target'.padStart(10)} ${'production'.padStart(11)}  ok`);
  for (const [k, v] of Object.entries(counts)) {
    const e = expected[k];
    log(
      `${k.padEnd(30)} ${v.toLocaleString('en').padStart(10)} ${(e === undefined ? '' : e.toLocaleString('en')).padStart(10)} ${(production[k] === undefined ? '' : production[k]!.toLocaleString('en')).padStart(11)}  ${e === undefined ? '' : e === v ? '✓' : '✗'}`,
    );
  }
  const total = stats.reduce((s, t) => s + t.rows, 0);
  log(`\n${stats.length} tables, ${total.toLocaleString('en')} rows loaded`);
}

// ——— generation ———

async function generate(ctx: Ctx, tables: Set<string>, target: ScaleTarget): Promise<ScaleFixture> {
  const geo = new Geography();
  const t0 = performance.now();
  const hash = await bcrypt.hash(SCALE_PASSWORD, 12);
  log(`  one bcrypt hash (cost 12) for every generated account: ${(performance.now() - t0).toFixed(0)} ms`);

  // ——— agents ———
  const rngA = root.fork('agents');
  const agents: AccountRow[] = [];
  for (let i = 0; i < N.agents + 2; i++) {
    const female = rngA.chance(0.6);
    const first = rngA.pick(female ? FEMALE_FIRST : MALE_FIRST);
    const last = rngA.pick(LAST);
    const row = {
      id: rngA.uuid(),
      email: email(first, last, 'als.example.fr', i + 1),
      role: i < N.agents ? 'agent' : 'admin',
      displayName: `${first} ${last}`,
      createdAt: at(rngA, FIRST_DAY + rngA.int(0, EIGHT_YEARS - 30)),
      passwordHash: hash,
    };
    await addAccount(ctx, row);
    if (i < N.agents) agents.push(row);
  }

  // ——— landlords, agreements, landlord accounts and API clients ———
  const rngL = root.fork('landlords');
  const landlords: Landlord[] = [];
  const landlordsByDep = new Map<string, Landlord[]>();
  const agreementIds = new Map<string, string>();
  const sirens = new Set<string>();
  const KINDS = [
    ['ESH', 60],
    ['OPH', 25],
    ['SEM', 10],
    ['COOP', 5],
  ] as const;
  for (let i = 0; i < N.landlords; i++) {
    const kind = weightedPick(rngL, KINDS);
    const home = geo.departementWeights.draw(rngL);
    const deps = new Set([home]);
    const reach = i < 40 ? rngL.int(3, 12) : rngL.int(0, 2);
    for (let k = 0; k < reach; k++) deps.add(geo.departementWeights.draw(rngL));
    const city = geo.communeIn(rngL, home);
    const name = `${kind === 'OPH' ? 'Office public de l’habitat' : kind === 'SEM' ? 'SEM' : kind === 'COOP' ? 'Coopérative' : 'Habitat'} ${city.name}${i >= 300 ? ` ${i}` : ''}`;
    const l: Landlord = { id: rngL.uuid(), name, departements: [...deps], connected: i < N.connected, userAccountId: '', clientAccountId: null };
    landlords.push(l);
    for (const d of deps) landlordsByDep.set(d, [...(landlordsByDep.get(d) ?? []), l]);
  }
  // every département has at least one landlord
  for (const d of geo.byDepartement.keys()) {
    if (!landlordsByDep.has(d)) {
      const l = landlords[rngL.int(0, Math.min(39, landlords.length - 1))]!;
      l.departements.push(d);
      landlordsByDep.set(d, [l]);
    }
  }
  for (const [i, l] of landlords.entries()) {
    const created = at(rngL, FIRST_DAY + rngL.int(0, 400));
    const regions = [...new Set(l.departements.map((d) => geo.byDepartement.get(d)?.[0]?.code.slice(0, 2) ?? d))];
    await loader(ctx, S.landlords).add({
      id: l.id,
      siren: newSiren(rngL, sirens),
      name: l.name,
      kind: l.name.startsWith('Office') ? 'OPH' : l.name.startsWith('SEM') ? 'SEM' : l.name.startsWith('Coop') ? 'COOP' : 'ESH',
      regions,
      connectedByApi: l.connected,
      createdAt: created,
      updatedAt: created,
    });
    for (const d of l.departements) {
      for (const year of [YEAR - 2, YEAR - 1, YEAR]) {
        const id = rngL.uuid();
        agreementIds.set(`${l.id}|${d}|${year}`, id);
        const createdAgreement = at(rngL, dayOf(`${year}-01-01`) - rngL.int(0, 60));
        await loader(ctx, S.agreements).add({
          id,
          landlordId: l.id,
          departement: d,
          year,
          unitsOwed: i < 40 ? rngL.int(40, 400) : rngL.int(3, 60),
          createdAt: createdAgreement,
          updatedAt: createdAgreement,
        });
      }
    }
    const users = i < 40 ? 3 : rngL.int(1, 2);
    for (let u = 0; u < users; u++) {
      const first = rngL.pick(rngL.chance(0.5) ? FEMALE_FIRST : MALE_FIRST);
      const last = rngL.pick(LAST);
      const id = rngL.uuid();
      if (u === 0) l.userAccountId = id;
      await addAccount(ctx, {
        id,
        email: email(first, last, `bailleur${i + 1}.example.fr`, u + 1),
        role: 'landlord_user',
        displayName: `${first} ${last}`,
        createdAt: created,
        passwordHash: hash,
      });
      await loader(ctx, S.memberships).add({ accountId: id, orgKind: 'landlord', orgId: l.id, createdAt: created });
    }
    if (l.connected) {
      const id = rngL.uuid();
      l.clientAccountId = id;
      const clientId = `llc_scale_${String(i + 1).padStart(3, '0')}`;
      await addAccount(ctx, { id, email: `${clientId}@clients.alin.invalid`, role: 'landlord_client', displayName: `SI ${l.name}`, createdAt: created, passwordHash: null });
      await loader(ctx, S.memberships).add({ accountId: id, orgKind: 'landlord', orgId: l.id, createdAt: created });
      const { createHash } = await import('node:crypto');
      await loader(ctx, S.apiClients).add({
        id: rngL.uuid(),
        clientId,
        secretHash: createHash('sha256')
          .update(`scale-client-secret-${i + 1}`)
          .digest('hex'),
        accountId: id,
        name: `SI ${l.name}`,
        createdAt: created,
      });
    }
  }

  // ——— companies, spaces, managers, policies, quotas ———
  const rngC = root.fork('companies');
  const companies: Company[] = [];
  const siretTaken = new Set<string>();
  const spacePlan: Company['space'][] = rngC.shuffle([
    ...Array<Company['space']>(N.deployed).fill('deployed'),
    ...Array<Company['space']>(N.configured).fill('configured'),
    ...Array<Company['space']>(Math.max(0, Math.min(40, N.companies - N.deployed - N.configured))).fill('requested'),
    ...Array<Company['space']>(Math.max(0, N.companies - N.deployed - N.configured - Math.min(40, N.companies - N.deployed - N.configured))).fill(null),
  ]);
  let requestsLeft = N.spaceRequests;
  for (let i = 0; i < N.companies; i++) {
    const size = weightedPick(rngC, [
      ['PME', 50],
      ['ETI', 38],
      ['GE', 12],
    ] as const);
    const headcount = size === 'PME' ? rngC.int(50, 249) : size === 'ETI' ? rngC.int(250, 4999) : Math.round(rngC.logNormal(12_000, 0.8)) + 5000;
    const s = newSiren(rngC, sirens);
    const siretCount = size === 'PME' ? rngC.int(1, 2) : size === 'ETI' ? rngC.int(2, 10) : rngC.int(10, 60);
    const sirets = Array.from({ length: siretCount }, () => newSiret(rngC, s, siretTaken));
    const space = spacePlan[i] ?? null;
    const c: Company = {
      id: rngC.uuid(),
      headcount,
      contribution: weightedPick(rngC, [
        ['contributing', 85],
        ['compensated', 8],
        ['none', 7],
      ] as const),
      delegates: space === 'deployed' && rngC.chance(0.15),
      space,
      sirets,
      name: `${rngC.pick(['Groupe', 'Société', 'Établissements', 'SAS', 'Compagnie'])} ${rngC.pick(LAST)} ${rngC.pick(['Industrie', 'Services', 'Distribution', 'Santé', 'Logistique', 'Conseil', 'Bâtiment', 'Transports'])}`,
      quota: new Map(),
    };
    companies.push(c);
    const createdDay = FIRST_DAY + rngC.int(0, EIGHT_YEARS - 400);
    const created = at(rngC, createdDay);
    let lastEvent = created;
    const spaceDay = createdDay + rngC.int(30, 900);
    await loader(ctx, S.companies).add({
      id: c.id,
      name: c.name,
      siren: s,
      headcount,
      contribution: c.contribution,
      delegatesToAls: c.delegates,
      spaceStatus: space,
      spaceUpdatedAt: space ? at(rngC, Math.min(TODAY_DAY - 1, spaceDay + 60)) : null,
      createdAt: created,
      updatedAt: created,
    });
    for (const siret of sirets) await loader(ctx, S.companySirets).add({ siret, companyId: c.id, createdAt: created });
    if (space) {
      const requested = at(rngC, Math.min(TODAY_DAY - 3, spaceDay));
      if (requestsLeft > 0) {
        requestsLeft--;
        const first = rngC.pick(FEMALE_FIRST);
        const last = rngC.pick(LAST);
        await loader(ctx, S.companySpaceRequests).add({
          id: rngC.uuid(),
          companyId: c.id,
          siret: sirets[0],
          companyName: c.name,
          contactName: `${first} ${last}`,
          contactEmail: `${slug(first)}.${slug(last)}@${slug(c.name)}.example.fr`,
          contactPhone: `01${String(rngC.int(0, 99_999_999)).padStart(8, '0')}`,
          requestedAt: requested,
          handledAt: space === 'requested' ? null : new Date(requested.getTime() + 86_400_000 * rngC.int(1, 20)),
        });
      }
      const agent = rngC.pick(agents).id;
      const events: [string, string | null, string, Date, string | null][] = [['request', null, 'requested', requested, null]];
      if (space !== 'requested') events.push(['configure', 'requested', 'configured', clampNow(new Date(requested.getTime() + 86_400_000 * rngC.int(2, 25))), agent]);
      if (space === 'deployed') events.push(['deploy', 'configured', 'deployed', clampNow(new Date(events[1]![3].getTime() + 86_400_000 * rngC.int(5, 60))), agent]);
      for (const [action, from, to, when, by] of events) {
        await loader(ctx, S.companySpaceEvents).add({ companyId: c.id, at: when, action, fromStatus: from, toStatus: to, actorAccountId: by, reason: null });
        lastEvent = when;
      }
      if (space !== 'requested') {
        for (let m = 0; m < (headcount > 2000 ? 2 : 1); m++) {
          const first = rngC.pick(rngC.chance(0.6) ? FEMALE_FIRST : MALE_FIRST);
          const last = rngC.pick(LAST);
          const id = rngC.uuid();
          const mail = email(first, last, `${slug(c.name).slice(0, 20)}.example.fr`, i + 1);
          await addAccount(ctx, { id, email: mail, role: 'company_manager', displayName: `${first} ${last}`, createdAt: lastEvent, passwordHash: hash });
          await loader(ctx, S.memberships).add({ accountId: id, orgKind: 'company', orgId: c.id, createdAt: lastEvent });
          await loader(ctx, S.companyManagers).add({
            companyId: c.id,
            accountId: id,
            email: mail,
            displayName: `${first} ${last}`,
            invitedAt: lastEvent,
            invitedByAccountId: agent,
          });
        }
        const texts = {
          A: 'Recrutement, alternance, mobilité géographique imposée par l’entreprise.',
          B: 'Rapprochement du lieu de travail (plus de 45 minutes de trajet).',
          C: 'Salarié de moins de 30 ans, ou en CDI depuis plus de deux ans.',
        };
        for (const [tranche, description] of Object.entries(texts)) {
          await loader(ctx, S.companyPolicyDescriptions).add({ companyId: c.id, tranche, description, updatedAt: lastEvent, updatedByAccountId: null });
        }
        if (space === 'deployed') {
          const base = Math.max(2, Math.round(Math.sqrt(headcount) / 2));
          for (const year of [YEAR - 1, YEAR]) {
            c.quota.set(`${year}|A`, { quota: base, used: 0 });
            c.quota.set(`${year}|B`, { quota: base * 2, used: 0 });
            c.quota.set(`${year}|C`, { quota: base * 3, used: 0 });
          }
        }
      }
    }
  }
  const companyBySiretPick = new Weighted(
    companies,
    companies.map((c) => Math.pow(c.headcount, 0.8)),
  );
  await finish(
    ctx,
    S.landlords,
    S.agreements,
    S.apiClients,
    S.companies,
    S.companySirets,
    S.companySpaceRequests,
    S.companySpaceEvents,
    S.companyManagers,
    S.companyPolicyDescriptions,
  );

  // ——— offers (in memory; inserted after the candidacies, which set their counts) ———
  const rngO = root.fork('offers');
  const offers: Offer[] = [];
  const plan: Offer['status'][] = [
    ...Array<Offer['status']>(N.published).fill('published'),
    ...Array<Offer['status']>(N.inInstructionOffers).fill('in_instruction'),
    ...Array<Offer['status']>(N.transmitted).fill('transmitted'),
    ...Array<Offer['status']>(N.allocated).fill('allocated'),
  ];
  const allocatedByDep = new Map<string, number[]>();
  for (const status of plan) {
    const commune = geo.commune(rngO);
    const ls = landlordsByDep.get(commune.departement)!;
    const landlord = rngO.pick(ls);
    const typology = weightedPick(rngO, [
      [1, 10],
      [2, 28],
      [3, 33],
      [4, 20],
      [5, 7],
      [6, 2],
    ] as const);
    const surface = Math.round(([0, 27, 47, 65, 80, 97, 115][typology]! + rngO.normal(0, 5)) * 10) / 10;
    const financing = weightedPick<Financing>(rngO, [
      ['PLAI', 25],
      ['PLUS', 55],
      ['PLS', 15],
      ['PLI', 5],
    ]);
    const perM2 =
      { PLAI: 5.6, PLUS: 6.4, PLS: 9.2, PLI: 12.5 }[financing] *
      (commune.zone === 'paris_and_bordering' ? 1.45 : commune.zone === 'ile_de_france_other' ? 1.2 : 1) *
      (0.9 + rngO.next() * 0.2);
    const rent = Math.round(surface * perM2 * 100) / 100;
    const charges = Math.round(surface * (1 + rngO.next() * 1.4) * 100) / 100;
    let createdDay: number;
    let submittedDay: number;
    let publishedDay: number | null = null;
    let closingDay: number;
    let designatedDay: number | null = null;
    let transmittedDay: number | null = null;
    let allocatedDay: number | null = null;
    if (status === 'published') {
      publishedDay = TODAY_DAY - rngO.int(0, 25);
      submittedDay = publishedDay - rngO.int(2, 20);
      createdDay = submittedDay - rngO.int(0, 10);
      closingDay = Math.max(TODAY_DAY + 20, publishedDay + rngO.int(30, 60));
    } else if (status === 'in_instruction') {
      submittedDay = TODAY_DAY - rngO.int(0, 30);
      createdDay = submittedDay - rngO.int(0, 10);
      closingDay = TODAY_DAY + rngO.int(30, 75);
    } else if (status === 'transmitted') {
      transmittedDay = TODAY_DAY - rngO.int(0, 100);
      designatedDay = transmittedDay - rngO.int(0, 5);
      closingDay = designatedDay - rngO.int(1, 10);
      publishedDay = closingDay - rngO.int(20, 40);
      submittedDay = publishedDay - rngO.int(2, 20);
      createdDay = submittedDay - rngO.int(0, 10);
    } else {
      allocatedDay = TODAY_DAY - 7 - Math.floor(Math.pow(rngO.next(), 0.8) * (5 * 365));
      transmittedDay = allocatedDay - rngO.int(20, 60);
      designatedDay = transmittedDay - rngO.int(0, 5);
      closingDay = designatedDay - rngO.int(1, 10);
      publishedDay = closingDay - rngO.int(20, 40);
      submittedDay = publishedDay - rngO.int(2, 20);
      createdDay = submittedDay - rngO.int(0, 10);
    }
    const year = Number(isoOf(submittedDay).slice(0, 4));
    const o: Offer = {
      idx: offers.length,
      id: rngO.uuid(),
      landlord,
      agreementId: agreementIds.get(`${landlord.id}|${commune.departement}|${year}`) ?? null,
      status,
      commune,
      typology,
      surface,
      financing,
      rent,
      charges,
      createdDay,
      submittedDay,
      publishedDay,
      closingDay,
      designatedDay,
      transmittedDay,
      allocatedDay,
      leasedDemand: -1,
      candidacyCount: 0,
      candidacyEvents: 0,
      row: {},
    };
    offers.push(o);
    if (status === 'allocated') allocatedByDep.set(commune.departement, [...(allocatedByDep.get(commune.departement) ?? []), o.idx]);
  }
  const published = offers.filter((o) => o.status === 'published');
  const publishedByDep = new Map<string, Offer[]>();
  for (const o of published) publishedByDep.set(o.commune.departement, [...(publishedByDep.get(o.commune.departement) ?? []), o]);
  const denseDep = [...publishedByDep.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]![0];
  // the 1,000-candidate offer: a T3 in PLUS in the dense département's largest commune
  const denseCommunes = geo.byDepartement.get(denseDep)!;
  const bigCommune = [...denseCommunes].sort((a, b) => b.population - a.population)[0]!;
  const bigOffer = publishedByDep.get(denseDep)![0]!;
  Object.assign(bigOffer, {
    commune: bigCommune,
    typology: 3,
    surface: 68,
    financing: 'PLUS' as Financing,
    rent: bigCommune.zone === 'other_regions' ? 452.2 : 561.4,
    charges: 96,
  });
  log(
    `  offers planned: ${offers.length.toLocaleString('en')} (dense département ${denseDep}, ${publishedByDep.get(denseDep)!.length} published; 1,000-candidate offer in ${bigCommune.name})`,
  );

  // ——— applicants, demands, validations, grants ———
  const rngD = root.fork('demands');
  const nApplicants = N.applicants;
  const openTotal = N.active + N.inInstruction + N.submitted + N.draft;
  if (openTotal > nApplicants) throw new Error('more open demands than applicants');
  const finalTotal = N.demands - openTotal;
  const satisfiedTotal = N.allocated;
  const cancelledTotal = Math.round((finalTotal - satisfiedTotal) * 0.4);
  const expiredTotal = finalTotal - satisfiedTotal - cancelledTotal;
  // the current demand of each applicant (open, or final for applicants with no open demand)
  const currentPlan = rngD.shuffle([
    ...Array<string>(N.active).fill('active'),
    ...Array<string>(N.inInstruction).fill('in_instruction'),
    ...Array<string>(N.submitted).fill('submitted'),
    ...Array<string>(N.draft).fill('draft'),
    ...Array<string>(nApplicants - openTotal).fill('final'),
  ]);
  const finalPlan = rngD.shuffle([
    ...Array<string>(satisfiedTotal).fill('satisfied'),
    ...Array<string>(cancelledTotal).fill('cancelled'),
    ...Array<string>(expiredTotal).fill('expired'),
  ]);
  // past demands per applicant: the final ones beyond each applicant's current
  const past = new Uint8Array(nApplicants);
  for (let k = 0; k < finalTotal - (nApplicants - openTotal); k++) {
    let i = rngD.int(0, nApplicants - 1);
    while (past[i]! >= 3) i = rngD.int(0, nApplicants - 1);
    past[i]!++;
  }

  const D = N.demands;
  const dId: string[] = new Array(D);
  const dAccount = new Int32Array(D);
  const dStatus = new Uint8Array(D); // 1 active, 2 in_instruction, 3 submitted, 4 draft, 5 satisfied, 6 cancelled, 7 expired
  const dDep: string[] = new Array(D);
  const dCreated = new Int32Array(D);
  const dClosed = new Int32Array(D).fill(2_000_000_000);
  const dCategory = new Uint8Array(D);
  const dSize = new Uint8Array(D);
  const dExtra = new Uint8Array(D);
  const dIncome = new Float64Array(D);
  const dBasis = new Uint8Array(D);
  const dMonthly = new Float64Array(D);
  const dApl = new Float64Array(D);
  const dComplete = new Uint8Array(D);
  const dOpen = new Uint8Array(D);
  const dApplied = new Uint8Array(D);
  const dSizeClass = new Uint8Array(D); // validated employer's size class: 0 none, 1 PME, 2 ETI, 3 GE
  const accId: string[] = new Array(nApplicants);
  const accEmail: string[] = new Array(nApplicants);
  const activeByDep = new Map<string, number[]>();
  const allByDep = new Map<string, number[]>();

  let daloLeft = N.dalo;
  let platformLeft = N.platformRegistered;
  let validatedLeft = 0; // set below: validated demands still to generate (for exact platform numbers)
  {
    // validated demands: active, satisfied, expired, and 60 % of the cancelled (drawn below, exactly)
    validatedLeft = N.active + satisfiedTotal + expiredTotal + Math.round(cancelledTotal * 0.6);
  }
  let cancelledValidatedLeft = Math.round(cancelledTotal * 0.6);
  let cancelledLeft = cancelledTotal;
  let nurSeq = 0;
  let finalIdx = 0;
  let dIdx = 0;
  const ageTable: (readonly [readonly [number, number], number])[] = [
    [[18, 24], 12],
    [[25, 29], 20],
    [[30, 39], 30],
    [[40, 49], 20],
    [[50, 59], 12],
    [[60, 70], 6],
  ];
  const STATUS_CODE: Record<string, number> = { active: 1, in_instruction: 2, submitted: 3, draft: 4, satisfied: 5, cancelled: 6, expired: 7 };
  const checkYear = YEAR;

  const hist = loader(ctx, S.demandHistory);
  const demandsL = loader(ctx, S.demands);
  const valL = loader(ctx, S.companyEmployeeValidations);
  const valEvL = loader(ctx, S.companyValidationEvents);
  const grantL = loader(ctx, S.companyTrancheGrants);

  for (let a = 0; a < nApplicants; a++) {
    const accountId = rngD.uuid();
    const female = rngD.chance(0.55);
    const first = rngD.pick(female ? FEMALE_FIRST : MALE_FIRST);
    const last = rngD.pick(LAST);
    const mail = email(first, last, rngD.pick(['exemple.fr', 'courriel.example.fr', 'mail.example.com']), a + 1);
    accId[a] = accountId;
    accEmail[a] = mail;
    const statuses: string[] = [];
    for (let p = 0; p < past[a]!; p++) statuses.push(finalPlan[finalIdx++]!);
    const current = currentPlan[a]!;
    statuses.push(current === 'final' ? finalPlan[finalIdx++]! : current);
    const home = geo.commune(rngD);
    let accountCreated: Date | null = null;
    // the past demands come first in time
    let cursor = FIRST_DAY + Math.floor(rngD.next() * (statuses.length > 1 ? EIGHT_YEARS / 2 : EIGHT_YEARS));
    for (const [k, status] of statuses.entries()) {
      const isLast = k === statuses.length - 1;
      const idx = dIdx++;
      const id = rngD.uuid();
      const r = rngD;
      let validated = status === 'active' || status === 'satisfied' || status === 'expired';
      if (status === 'cancelled') {
        validated = r.next() < cancelledValidatedLeft / cancelledLeft;
        if (validated) cancelledValidatedLeft--;
        cancelledLeft--;
      }
      let source: 'platform' | 'registry' = 'platform';
      if (validated) {
        source = r.next() < platformLeft / validatedLeft ? 'platform' : 'registry';
        if (source === 'platform') platformLeft--;
        validatedLeft--;
      }
      // dates
      let createdDay: number;
      let regDay: number | null = null;
      let validatedDay: number | null = null;
      let submittedDay: number | null = null;
      let closedDay: number | null = null;
      let renewalDue: number | null = null;
      let lastRenewed: number | null = null;
      let asOfDay: number;
      let leasedOffer = -1;
      if (status === 'active') {
        regDay = isLast ? Math.max(cursor, TODAY_DAY - Math.floor(Math.pow(r.next(), 1.25) * EIGHT_YEARS)) : cursor;
        regDay = Math.min(regDay, TODAY_DAY - 2);
        // next anniversary after today
        let due = dayOf(addYearsIso(isoOf(regDay), 1));
        let years = 1;
        while (due <= TODAY_DAY) due = dayOf(addYearsIso(isoOf(regDay), ++years));
        renewalDue = due;
        if (years > 1) lastRenewed = Math.min(TODAY_DAY - 1, dayOf(addYearsIso(isoOf(regDay), years - 1)) - r.int(0, 30));
      } else if (status === 'satisfied') {
        const deps = allocatedByDep.get(home.departement);
        let offerIdx = deps?.length ? deps.pop()! : -1;
        if (offerIdx < 0) {
          for (const list of allocatedByDep.values()) {
            if (list.length) {
              offerIdx = list.pop()!;
              break;
            }
          }
        }
        leasedOffer = offerIdx;
        closedDay = offers[offerIdx]!.allocatedDay!;
        regDay = Math.max(FIRST_DAY - 200, closedDay - r.int(90, 5 * 365));
      } else if (status === 'expired') {
        regDay = Math.min(cursor, TODAY_DAY - 400);
        const renewals = r.int(0, Math.max(0, Math.floor((TODAY_DAY - 400 - regDay) / 365)));
        closedDay = Math.min(TODAY_DAY - 1, dayOf(addYearsIso(isoOf(regDay), renewals + 1)) + 1);
        if (renewals > 0) lastRenewed = dayOf(addYearsIso(isoOf(regDay), renewals)) - r.int(0, 30);
      } else if (status === 'cancelled') {
        const c0 = Math.min(cursor, TODAY_DAY - 30);
        if (validated) regDay = c0;
        closedDay = Math.min(TODAY_DAY - 1, c0 + r.int(5, 700));
      }
      if (regDay !== null) {
        validatedDay = source === 'registry' ? Math.min(TODAY_DAY - 1, regDay + r.int(0, 900)) : regDay;
        if (status === 'active' && source === 'registry' && validatedDay > TODAY_DAY - 1) validatedDay = TODAY_DAY - 1;
        if (closedDay !== null && validatedDay > closedDay) validatedDay = closedDay;
        createdDay = source === 'registry' ? validatedDay : regDay - r.int(3, 60);
        submittedDay = source === 'registry' ? null : createdDay + r.int(0, 2);
      } else if (status === 'in_instruction') {
        createdDay = TODAY_DAY - r.int(5, 60);
        submittedDay = createdDay + r.int(0, 4);
      } else if (status === 'submitted') {
        createdDay = TODAY_DAY - r.int(1, 20);
        submittedDay = createdDay + r.int(0, Math.min(1, TODAY_DAY - createdDay));
      } else if (status === 'draft') {
        createdDay = TODAY_DAY - r.int(0, 120);
      } else {
        // cancelled before validation
        createdDay = Math.min(closedDay!, cursor);
        submittedDay = r.chance(0.5) ? Math.min(closedDay!, createdDay + r.int(0, 3)) : null;
      }
      asOfDay = Math.max(createdDay, validatedDay ?? 0, lastRenewed ?? 0);
      if (status === 'active') asOfDay = Math.max(asOfDay, TODAY_DAY - r.int(0, 300));
      if (closedDay !== null) asOfDay = Math.min(asOfDay, closedDay);
      asOfDay = Math.min(asOfDay, TODAY_DAY);
      cursor = (closedDay ?? createdDay) + r.int(30, 500);
      if (accountCreated === null) accountCreated = at(r, createdDay - r.int(0, 3));

      const [ageLo, ageHi] = weightedPick(r, ageTable);
      const ageAt = r.int(ageLo, ageHi);
      const mobility = status === 'active' ? r.chance(0.08) : r.chance(0.04);
      const employed = r.chance(0.88);
      let employer: Company | undefined;
      let siret: string | undefined;
      let employerName: string | undefined;
      if (employed) {
        if (r.chance(0.32)) {
          employer = companyBySiretPick.draw(r);
          siret = r.pick(employer.sirets);
          employerName = employer.name;
        } else {
          siret = newSiret(r, newSiren(r, sirens), siretTaken);
          employerName = `Entreprise ${r.pick(LAST)}`;
        }
      }
      const dalo = r.next() < daloLeft / (D - idx);
      if (dalo) daloLeft--;
      const incomplete = status === 'active' && r.chance(0.03);
      const asOf = isoOf(asOfDay);
      const { data } = household(r, geo, {
        asOf,
        applicantAge: ageAt + Math.floor((asOfDay - (regDay ?? createdDay)) / 365),
        home,
        employerSiret: siret,
        employerName,
        mobility,
        dalo,
        incompleteIncome: incomplete,
        importedCalRefusal: source === 'registry' && r.chance(0.02),
      });
      if (k === 0) {
        data.applicant.firstName = first;
        data.applicant.lastName = last;
      }
      data.applicant.email = mail;

      const registrationNumber =
        validated && regDay !== null
          ? `${home.departement.padStart(3, '0')}${isoOf(regDay).slice(2, 4)}${isoOf(regDay).slice(5, 7)}${String(++nurSeq).padStart(8, '0')}${String.fromCharCode(65 + (nurSeq % 26))}${String(nurSeq % 97).padStart(2, '0')}`
          : null;
      const created = at(r, createdDay);
      const submittedAt = submittedDay !== null ? clampNow(new Date(Math.max(created.getTime() + 60_000, at(r, submittedDay).getTime()))) : null;
      const validatedAt = validatedDay !== null ? clampNow(new Date(Math.max((submittedAt ?? created).getTime() + 60_000, at(r, validatedDay).getTime()))) : null;
      const closedAt = closedDay !== null ? clampNow(new Date(Math.max((validatedAt ?? submittedAt ?? created).getTime() + 60_000, at(r, closedDay).getTime()))) : null;
      const lastRenewedAt = lastRenewed !== null ? at(r, lastRenewed) : null;
      const agent = r.pick(agents).id;
      const mobilityChecked = mobility && validatedAt !== null && r.chance(0.6);
      const statusName = status;
      await demandsL.add({
        id,
        ownerAccountId: accountId,
        status: statusName,
        source,
        registry: source === 'registry' ? 'sne' : null,
        data,
        registrationNumber,
        registrationDate: regDay !== null && validated ? isoOf(regDay) : null,
        renewalDueDate: renewalDue !== null ? isoOf(renewalDue) : regDay !== null && validated && closedDay !== null ? isoOf(Math.max(regDay + 365, closedDay)) : null,
        departement: home.departement,
        employerSiret: siret ?? null,
        dalo,
        documentsRequest: null,
        documentsRequestedAt: null,
        pendingDocuments: status === 'in_instruction' ? r.int(0, 3) : 0,
        lastRejection: null,
        mobilityCheckedAt: null,
        mobilityCheckedBy: null,
        // the checks of the declared facts (issue 15, item 4): the mobility by an agent, the DALO flag of an imported demand by the registry
        factChecks:
          mobilityChecked || (dalo && source === 'registry')
            ? {
                ...(mobilityChecked
                  ? { mobility: { status: 'checked', source: 'agent', at: clampNow(new Date(validatedAt!.getTime() + 86_400_000 * r.int(0, 10))).toISOString(), by: agent } }
                  : {}),
                ...(dalo && source === 'registry' ? { dalo: { status: 'checked', source: 'registry', at: created.toISOString() } } : {}),
              }
            : null,
        lastReminderFor: null,
        createdAt: created,
        submittedAt,
        validatedAt,
        lastRenewedAt,
        closedAt,
        updatedAt: closedAt ?? lastRenewedAt ?? validatedAt ?? submittedAt ?? created,
        version: 1 + (submittedAt ? 1 : 0) + (validatedAt ? 1 : 0) + (closedAt ? 1 : 0) + (lastRenewedAt ? 1 : 0),
      });
      // history
      const h = async (action: string, from: string, to: string, when: Date, by: string | null, reason: string | null = null) =>
        hist.add({ demandId: id, action, fromStatus: from, toStatus: to, at: when, by, reason });
      let state = 'draft';
      if (source === 'registry') {
        await h('imported', 'draft', 'active', validatedAt!, accountId);
        state = 'active';
      } else {
        if (submittedAt) {
          await h('submitted', 'draft', 'submitted', submittedAt, accountId);
          state = 'submitted';
        }
        if (status === 'in_instruction' || validatedAt) {
          await h('instruction_started', 'submitted', 'in_instruction', new Date((submittedAt ?? created).getTime() + 30_000), agent);
          state = 'in_instruction';
        }
        if (validatedAt) {
          await h('validated', 'in_instruction', 'active', validatedAt, agent);
          state = 'active';
        }
      }
      if (lastRenewedAt) await h('renewed', 'active', 'active', lastRenewedAt, accountId);
      if (closedAt)
        await h(
          status,
          state,
          status,
          closedAt,
          status === 'expired' ? null : status === 'satisfied' ? agent : accountId,
          status === 'cancelled' ? 'Je ne souhaite plus de logement social.' : null,
        );

      // compact facts
      dId[idx] = id;
      dAccount[idx] = a;
      dStatus[idx] = STATUS_CODE[status]!;
      dDep[idx] = home.departement;
      dCreated[idx] = createdDay;
      if (closedDay !== null) dClosed[idx] = closedDay;
      (allByDep.get(home.departement) ?? allByDep.set(home.departement, []).get(home.departement)!).push(idx);
      if (status === 'active') {
        (activeByDep.get(home.departement) ?? activeByDep.set(home.departement, []).get(home.departement)!).push(idx);
        const hh = explainHouseholdCategory(data, TODAY);
        const income = referenceIncome(data, checkYear);
        dCategory[idx] = hh.category;
        dSize[idx] = hh.householdSize;
        dExtra[idx] = hh.extraPersonUnits;
        dIncome[idx] = income.amount;
        dBasis[idx] = income.basis === 'N-1' ? 1 : 0;
        dComplete[idx] = income.missing.length === 0 ? 1 : 0;
        dMonthly[idx] = monthlyResources(data);
        dApl[idx] = data.expectedHousingBenefit ?? 0;
      }
      if (leasedOffer >= 0) offers[leasedOffer]!.leasedDemand = idx;

      // the employer's validation (demands that reached submitted, with a SIRET)
      const requested = submittedAt ?? validatedAt;
      if (siret && requested) {
        let vStatus = 'pending';
        let validatedBy: string | null = null;
        let vAt: Date | null = null;
        let decidedAt: Date | null = null;
        let withdrawnAt: Date | null = null;
        let decidedBy: string | null = null;
        if (employer && employer.space === 'deployed') {
          if (employer.delegates) {
            vStatus = 'validated';
            validatedBy = 'delegation';
            vAt = new Date(requested.getTime() + 1000);
          } else {
            vStatus = weightedPick(r, [
              ['validated', 72],
              ['pending', 18],
              ['rejected', 5],
              ['withdrawn', 5],
            ] as const);
            if (vStatus !== 'pending') {
              decidedAt = clampNow(new Date(requested.getTime() + 86_400_000 * r.int(1, 30)));
              decidedBy = null;
            }
            if (vStatus === 'validated' || vStatus === 'withdrawn') {
              validatedBy = 'manager';
              vAt = decidedAt;
            }
            if (vStatus === 'withdrawn') {
              withdrawnAt = clampNow(new Date(vAt!.getTime() + 86_400_000 * r.int(30, 300)));
              decidedAt = withdrawnAt;
            }
          }
        }
        await valL.add({
          demandId: id,
          employerSiret: siret,
          companyId: employer?.id ?? null,
          applicantFirstName: data.applicant.firstName,
          applicantLastName: data.applicant.lastName,
          applicantAccountId: accountId,
          requestedAt: requested,
          status: vStatus,
          validatedBy,
          validatedAt: vAt,
          withdrawnAt,
          decidedAt,
          decidedByAccountId: decidedBy,
          reason: vStatus === 'rejected' ? 'Ne fait pas partie de nos effectifs.' : null,
          updatedAt: decidedAt ?? vAt ?? requested,
        });
        await valEvL.add({ demandId: id, companyId: employer?.id ?? null, action: 'requested', at: requested, actorAccountId: null, reason: null });
        if (vStatus !== 'pending') {
          await valEvL.add({
            demandId: id,
            companyId: employer!.id,
            action: validatedBy === 'delegation' ? 'auto_validated' : vStatus === 'withdrawn' ? 'validated' : vStatus,
            at: vAt ?? decidedAt!,
            actorAccountId: null,
            reason: vStatus === 'rejected' ? 'Ne fait pas partie de nos effectifs.' : null,
          });
          if (vStatus === 'withdrawn')
            await valEvL.add({ demandId: id, companyId: employer!.id, action: 'withdrawn', at: withdrawnAt!, actorAccountId: null, reason: 'A quitté l’entreprise.' });
        }
        if (employer && vStatus === 'validated' && (status === 'active' || status === 'satisfied')) {
          dSizeClass[idx] = { PME: 1, ETI: 2, GE: 3 }[sizeClassOf(employer.headcount)!];
          if (employer.contribution !== 'none' && !employer.delegates && status === 'active') {
            for (const [tranche, p] of [
              ['A', 0.06],
              ['B', 0.12],
              ['C', 0.18],
            ] as const) {
              if (!r.chance(p)) continue;
              const grantDay = Math.max(dayOf(vAt!.toISOString().slice(0, 10)) + 1, dayOf(`${YEAR - 1}-01-01`)) + r.int(0, 200);
              if (grantDay >= TODAY_DAY) continue;
              const year = Number(isoOf(grantDay).slice(0, 4));
              const q = employer.quota.get(`${year}|${tranche}`);
              if (!q || q.used >= q.quota) continue;
              q.used++;
              await grantL.add({
                id: r.uuid(),
                companyId: employer.id,
                demandId: id,
                tranche,
                year,
                reason: tranche === 'A' ? 'Recrutement en alternance' : tranche === 'B' ? 'Rapprochement domicile-travail' : 'Moins de 30 ans en CDI',
                grantedAt: at(r, grantDay),
                grantedByAccountId: null,
                revokedAt: null,
                revokedByAccountId: null,
                revokeReason: null,
              });
            }
          }
        }
      }
    }
    await addAccount(ctx, { id: accountId, email: mail, role: 'applicant', displayName: `${first} ${last}`, createdAt: accountCreated!, passwordHash: hash });
  }
  if (dIdx !== D) throw new Error(`generated ${dIdx} demands, expected ${D}`);
  for (const c of companies) {
    for (const [key, q] of c.quota) {
      const [year, tranche] = key.split('|');
      await loader(ctx, S.companyTrancheQuotas).add({ companyId: c.id, year: Number(year), tranche, quota: q.quota, used: q.used });
    }
  }
  await finish(ctx, S.accounts, S.memberships, S.demands, S.demandHistory, S.companyEmployeeValidations, S.companyValidationEvents, S.companyTrancheGrants, S.companyTrancheQuotas);

  // ——— candidacies ———
  const eligibilityOptions: EligibilityOptions = { year: YEAR, table: geo.ceilings, parisCodes: geo.parisCodes, ileDeFranceDepartements: geo.ileDeFrance };
  const factsOfDemand = (i: number): ApplicantFacts => ({
    referenceIncome: dIncome[i]!,
    referenceIncomeBasis: dBasis[i] ? 'N-1' : 'N-2',
    householdCategory: dCategory[i]! as ApplicantFacts['householdCategory'],
    householdSize: dSize[i]!,
    extraPersonUnits: dExtra[i]!,
    monthlyResources: dMonthly[i]!,
    expectedHousingBenefit: dApl[i]!,
  });
  const offerFactsOf = (o: Offer): OfferFacts => ({
    communeCode: o.commune.code,
    financing: o.financing,
    typology: o.typology,
    mainRooms: o.typology,
    surface: o.surface,
    rent: o.rent,
    charges: o.charges,
  });
  // the blocking rules of evaluateEligibility (income ceiling, over- and under-occupation), without
  // building its explanations (which format numbers, slow at this volume); checked against it below
  const fitsFast = (i: number, o: Offer): boolean => {
    if (o.financing === 'PLI') return false;
    const size = dSize[i]!;
    if (o.typology > size + 1 || o.surface < minimumSurface(size)) return false;
    const ceiling = incomeCeilingFor(geo.ceilings, YEAR, o.financing, o.commune.zone, dCategory[i]! as HouseholdCategory, dExtra[i]!);
    return ceiling !== undefined && dIncome[i]! <= ceiling;
  };
  let crossChecks = 0;
  const fits = (i: number, o: Offer): boolean => {
    if (dComplete[i] !== 1) return false;
    const fast = fitsFast(i, o);
    if (crossChecks < 2000) {
      crossChecks++;
      const full = evaluateEligibility(factsOfDemand(i), offerFactsOf(o), eligibilityOptions).fits;
      if (full !== fast) throw new Error(`eligibility shortcut disagrees with the domain for demand ${dId[i]} and offer ${o.id}`);
    }
    return fast;
  };
  const effort = (i: number, o: Offer): number | null => (dMonthly[i]! > 0 ? Math.round(((o.rent + o.charges - dApl[i]!) / dMonthly[i]!) * 1000) / 10 : null);

  let bigCandidacy: { id: string; demand: number } | null = null;
  if (has(tables, S.candidacies)) {
    const rngK = root.fork('candidacies');
    const candL = loader(ctx, S.candidacies);
    const evL = loader(ctx, S.candidacyEvents);
    const activeAll: number[] = [];
    for (const list of activeByDep.values()) activeAll.push(...list);
    const OPEN = new Set(['submitted', 'designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted']);
    const COMPETING = new Set([...OPEN, 'leased']);

    const emit = async (
      o: Offer,
      demand: number,
      status: string,
      submittedDay: number,
      extra: { round?: number; rank?: number; total?: number; calRank?: number; calReason?: string } = {},
    ) => {
      const id = rngK.uuid();
      const submittedAt = at(rngK, submittedDay);
      const events: [string, string | null, string, Date, string | null, string | null][] = [['submitted', null, 'submitted', submittedAt, accId[dAccount[demand]!]!, null]];
      const agent = rngK.pick(agents).id;
      const step = (days: number) => clampNow(new Date(events[events.length - 1]![3].getTime() + 86_400_000 * days + 60_000));
      const chain: Record<string, string[]> = {
        designated: ['designated'],
        transmitted: ['designated', 'transmitted'],
        cal_accepted: ['designated', 'transmitted', 'cal_accepted'],
        cal_refused: ['designated', 'transmitted', 'cal_refused'],
        cal_postponed: ['designated', 'transmitted', 'cal_postponed'],
        proposal_accepted: ['designated', 'transmitted', 'cal_accepted', 'proposal_accepted'],
        proposal_declined: ['designated', 'transmitted', 'cal_accepted', 'proposal_declined'],
        leased: ['designated', 'transmitted', 'cal_accepted', 'proposal_accepted', 'leased'],
        withdrawn: ['withdrawn'],
        not_retained: ['not_retained'],
      };
      let from = 'submitted';
      for (const action of chain[status] ?? []) {
        const when =
          action === 'designated'
            ? at(rngK, o.designatedDay ?? submittedDay + 1)
            : action === 'transmitted'
              ? at(rngK, o.transmittedDay ?? submittedDay + 2)
              : action === 'not_retained'
                ? at(rngK, o.allocatedDay ?? TODAY_DAY)
                : step(rngK.int(1, 12));
        const by =
          action === 'not_retained'
            ? null
            : action === 'withdrawn' || action.startsWith('proposal')
              ? accId[dAccount[demand]!]!
              : action.startsWith('cal') || action === 'leased'
                ? o.landlord.userAccountId
                : agent;
        const whenSafe = clampNow(new Date(Math.max(when.getTime(), events[events.length - 1]![3].getTime() + 60_000)));
        events.push([action, from, action, whenSafe, by, action === 'cal_refused' ? 'Taux d’effort trop élevé' : action === 'withdrawn' ? 'J’ai trouvé un autre logement.' : null]);
        from = action;
      }
      const last = events[events.length - 1]!;
      await candL.add({
        id,
        demandId: dId[demand],
        offerId: o.id,
        applicantAccountId: accId[dAccount[demand]!],
        status,
        submittedAt,
        statusChangedAt: last[3],
        designationRound: extra.round ?? null,
        rankAtDesignation: extra.rank ?? null,
        totalAtDesignation: extra.total ?? null,
        calRank: extra.calRank ?? null,
        calReason: status === 'cal_refused' ? 'Taux d’effort trop élevé' : status === 'cal_postponed' ? 'Dossier incomplet : avis d’imposition manquant' : null,
        effortRateAtApplication: dStatus[demand] === 1 ? effort(demand, o) : null,
        offerLandlordId: o.landlord.id,
        offerCommuneCode: o.commune.code,
        offerCommuneName: o.commune.name,
        offerTypology: o.typology,
        offerRent: o.rent,
        offerCharges: o.charges,
      });
      for (const [action, f, to, when, by, reason] of events) await evL.add({ candidacyId: id, action, fromStatus: f, toStatus: to, at: when, by, reason });
      if (OPEN.has(status)) dOpen[demand]!++;
      dApplied[demand] = 1;
      if (COMPETING.has(status)) o.candidacyCount++;
      o.candidacyEvents += events.length;
      return id;
    };

    // positioned candidacies on published offers: skewed counts, exactly N.positioned
    const others = published.filter((o) => o !== bigOffer);
    const counts = new Map<Offer, number>([[bigOffer, BIG_OFFER_CANDIDATES]]);
    const huge = SCALE >= 0.5 ? [1480, 1210] : [];
    for (const [k, n] of huge.entries()) counts.set(others[k * 7 + 3]!, n);
    const rest = others.filter((o) => !counts.has(o));
    const left = N.positioned - [...counts.values()].reduce((s, n) => s + n, 0);
    const raw = rest.map(() => rngK.logNormal(14, 0.9));
    const sum = raw.reduce((s, x) => s + x, 0);
    let assigned = 0;
    rest.forEach((o, k) => {
      const n = k === rest.length - 1 ? left - assigned : Math.max(0, Math.round((raw[k]! / sum) * left));
      counts.set(o, Math.max(0, n));
      assigned += Math.max(0, n);
    });
    const pick = (o: Offer, taken: Set<number>, pool: number[], requireFit: boolean, tries = 40): number => {
      for (let t = 0; t < tries; t++) {
        const i = pool[Math.floor(rngK.next() * pool.length)]!;
        if (taken.has(i) || dOpen[i]! >= 5) continue;
        if (requireFit && !fits(i, o)) continue;
        return i;
      }
      return -1;
    };
    let positioned = 0;
    for (const o of published) {
      const n = counts.get(o) ?? 0;
      const taken = new Set<number>();
      const local = activeByDep.get(o.commune.departement) ?? activeAll;
      for (let k = 0; k < n; k++) {
        let i = pick(o, taken, local, true);
        if (i < 0) i = pick(o, taken, activeAll, true, 400);
        if (i < 0) i = pick(o, taken, activeAll, false, 400);
        if (i < 0) throw new Error('could not find a candidate');
        taken.add(i);
        const id = await emit(o, i, 'submitted', Math.min(TODAY_DAY, o.publishedDay! + rngK.int(0, TODAY_DAY - o.publishedDay!)));
        positioned++;
        if (o === bigOffer && k === Math.floor(n / 2)) bigCandidacy = { id, demand: i };
      }
      // a few withdrawn ones
      if (n > 0 && rngK.chance(0.5)) {
        const i = pick(o, taken, local, false);
        if (i >= 0) {
          taken.add(i);
          await emit(o, i, 'withdrawn', Math.min(TODAY_DAY, o.publishedDay! + rngK.int(0, TODAY_DAY - o.publishedDay!)));
        }
      }
    }
    log(`  positioned candidacies: ${positioned.toLocaleString('en')}`);

    // candidacies of the past: transmitted and allocated offers
    const pastOffers = offers.filter((o) => o.status === 'transmitted' || o.status === 'allocated');
    // the rest of the 346,900: designated candidates (1 to 3 per offer, the lease among them) and
    // the others, who stayed positioned (transmitted offers) or were not retained (allocated ones)
    const pastTarget = Math.max(0, N.candidacies - candL.rows);
    const designatedCounts = pastOffers.map((o) =>
      o.status === 'allocated'
        ? 1 +
          weightedPick(rngK, [
            [0, 60],
            [1, 28],
            [2, 12],
          ] as const)
        : rngK.int(1, 3),
    );
    const spare = Math.max(0, pastTarget - designatedCounts.reduce((s, n) => s + n, 0));
    const pastRaw = pastOffers.map(() => rngK.logNormal(12, 0.8));
    const pastSum = pastRaw.reduce((s, x) => s + x, 0);
    const undesignated = pastRaw.map((x) => Math.floor((x / pastSum) * spare));
    for (let left = spare - undesignated.reduce((s, n) => s + n, 0); left > 0; left--) undesignated[rngK.int(0, undesignated.length - 1)]!++;
    const allDemands = Array.from({ length: D }, (_, i) => i);
    const pastTaken = new Map<Offer, Set<number>>();
    const emitPast = async (o: Offer, status: string, rank: number | undefined): Promise<boolean> => {
      const taken = pastTaken.get(o) ?? pastTaken.set(o, new Set()).get(o)!;
      const open = OPEN.has(status);
      const pool = open ? (activeByDep.get(o.commune.departement) ?? activeAll) : allByDep.get(o.commune.departement)!;
      const pubDay = o.publishedDay!;
      let i = -1;
      for (let t = 0; t < 30 && i < 0; t++) {
        const c = pool[Math.floor(rngK.next() * pool.length)]!;
        if (taken.has(c)) continue;
        if (open && dOpen[c]! >= 5) continue;
        // a demand that existed while the offer was published (relaxed after a few tries)
        if (!open && (dCreated[c]! > pubDay || dClosed[c]! < pubDay) && t < 25) continue;
        i = c;
      }
      if (i < 0) i = pick(o, taken, open ? activeAll : allDemands, false, 400);
      if (i < 0) return false;
      taken.add(i);
      await emit(
        o,
        i,
        status,
        pubDay + rngK.int(0, Math.max(0, o.closingDay - pubDay)),
        rank === undefined
          ? {}
          : {
              round: 1,
              rank,
              total: rngK.int(250, 650),
              ...(status === 'cal_accepted' || status.startsWith('proposal') ? { calRank: rngK.int(1, 3) } : {}),
            },
      );
      return true;
    };
    let missed = 0;
    for (const [k, o] of pastOffers.entries()) {
      let designatedLeft = designatedCounts[k]!;
      let rank = 1;
      if (o.status === 'allocated' && o.leasedDemand >= 0) {
        (pastTaken.get(o) ?? pastTaken.set(o, new Set()).get(o)!).add(o.leasedDemand);
        await emit(o, o.leasedDemand, 'leased', o.publishedDay! + rngK.int(0, Math.max(0, o.closingDay - o.publishedDay!)), { round: 1, rank: rank++, total: rngK.int(300, 700) });
        designatedLeft--;
      }
      for (; designatedLeft > 0; designatedLeft--) {
        const status =
          o.status === 'allocated'
            ? weightedPick(rngK, [
                ['cal_refused', 45],
                ['proposal_declined', 15],
                ['withdrawn', 40],
              ] as const)
            : weightedPick(rngK, [
                ['transmitted', 50],
                ['cal_accepted', 20],
                ['cal_postponed', 10],
                ['cal_refused', 10],
                ['proposal_accepted', 10],
              ] as const);
        if (!(await emitPast(o, status, rank++))) missed++;
      }
      for (let m = 0; m < undesignated[k]!; m++) if (!(await emitPast(o, o.status === 'allocated' ? 'not_retained' : 'submitted', undefined))) missed++;
    }
    // whatever could not be placed above goes to allocated offers, as not retained
    const allocatedOffers = pastOffers.filter((o) => o.status === 'allocated');
    for (let guard = 0; candL.rows < N.candidacies && guard < 10 * (missed + 10); guard++) {
      await emitPast(allocatedOffers[rngK.int(0, allocatedOffers.length - 1)]!, 'not_retained', undefined);
    }
    await finish(ctx, S.candidacies, S.candidacyEvents);
    // per-offer state rows and per-demand lock rows
    const statesL = loader(ctx, S.offerStates);
    for (const o of offers) {
      if (o.candidacyEvents > 0) await statesL.add({ offerId: o.id, version: o.candidacyEvents, round: o.designatedDay !== null ? 1 : 0 });
    }
    const locksL = loader(ctx, S.demandLocks);
    for (let i = 0; i < D; i++) if (dApplied[i]) await locksL.add({ demandId: dId[i] });
    await finish(ctx, S.offerStates, S.demandLocks);
  } else {
    log('  candidacy tables not in the database (no migration yet): candidacies skipped — rerun with --apply-pending-schema or after the migration');
  }

  // ——— offers and their history ———
  const offersL = loader(ctx, S.offers);
  const ohL = loader(ctx, S.offerHistory);
  for (const o of offers) {
    const rngH = rngO;
    const createdBy = o.landlord.clientAccountId ?? o.landlord.userAccountId;
    const agent = rngH.pick(agents).id;
    const created = at(rngH, o.createdDay);
    const submitted = clampNow(new Date(Math.max(created.getTime() + 60_000, at(rngH, o.submittedDay).getTime())));
    const started = clampNow(new Date(submitted.getTime() + 86_400_000 * rngH.int(0, 2) + 60_000));
    const publishedAt = o.publishedDay !== null ? clampNow(new Date(Math.max(started.getTime() + 60_000, at(rngH, o.publishedDay).getTime()))) : null;
    const history: [string, string, string, Date, string | null][] = [
      ['submitted', 'draft', 'submitted', submitted, createdBy],
      ['instruction_started', 'submitted', 'in_instruction', started, agent],
    ];
    if (publishedAt) history.push(['published', 'in_instruction', 'published', publishedAt, agent]);
    if (o.designatedDay !== null) {
      history.push(['closed', 'published', 'closed', at(rngH, o.closingDay + 1), null]);
      history.push(['designated', 'closed', 'designated', at(rngH, o.designatedDay), agent]);
      history.push(['transmitted', 'designated', 'transmitted', at(rngH, o.transmittedDay!), agent]);
    }
    if (o.allocatedDay !== null) history.push(['allocated', 'transmitted', 'allocated', at(rngH, o.allocatedDay), o.landlord.userAccountId]);
    for (let k = 1; k < history.length; k++) {
      if (history[k]![3].getTime() <= history[k - 1]![3].getTime()) history[k]![3] = new Date(history[k - 1]![3].getTime() + 60_000);
    }
    const street = `${rngH.int(1, 120)} ${rngH.pick(['rue', 'avenue', 'allée', 'boulevard'])} ${rngH.pick(LAST)}`;
    const floor = rngH.int(0, o.typology >= 4 ? 8 : 12);
    await offersL.add({
      id: o.id,
      landlordId: o.landlord.id,
      agreementId: o.agreementId,
      agreementExplicit: false,
      status: o.status,
      addressLine: street,
      postalCode: o.commune.postalCode,
      communeCode: o.commune.code,
      departement: o.commune.departement,
      zone: o.commune.zone,
      typology: o.typology,
      mainRooms: o.typology,
      surface: o.surface,
      floor,
      elevator: floor >= 3 ? rngH.chance(0.9) : rngH.chance(0.2),
      accessible: rngH.chance(0.15),
      energyClass: weightedPick(rngH, [
        ['A', 3],
        ['B', 10],
        ['C', 25],
        ['D', 35],
        ['E', 18],
        ['F', 6],
        ['G', 3],
      ] as const),
      rent: o.rent,
      charges: o.charges,
      financing: o.financing,
      availableFrom: isoOf(o.closingDay + rngH.int(7, 45)),
      closingDate: isoOf(o.closingDay),
      description: `T${o.typology} de ${o.surface} m² à ${o.commune.name}, ${floor === 0 ? 'en rez-de-chaussée' : `au ${floor}e étage`}, proche commerces et transports.`,
      candidacyCount: o.candidacyCount,
      everPublished: publishedAt !== null,
      createdBy,
      createdAt: created,
      updatedAt: history[history.length - 1]![3],
      submittedAt: submitted,
      publishedAt: o.status === 'published' ? publishedAt : publishedAt,
    });
    for (const [action, from, to, when, by] of history) await ohL.add({ offerId: o.id, action, fromStatus: from, toStatus: to, at: when, byAccountId: by, reason: null });
  }
  await finish(ctx, S.offers, S.offerHistory);

  // ——— scoring: allocations, bonuses, grids; the income ceilings ———
  const rngS = root.fork('scoring');
  if (has(tables, S.allocations)) {
    const alL = loader(ctx, S.allocations);
    for (const o of offers) {
      if (o.status !== 'allocated' || o.leasedDemand < 0) continue;
      await alL.add({ offerId: o.id, demandId: dId[o.leasedDemand], sizeClass: ([null, 'PME', 'ETI', 'GE'] as const)[dSizeClass[o.leasedDemand]!], at: at(rngS, o.allocatedDay!) });
    }
    const agent = agents[0]!.id;
    const bonuses = [
      { sizeClass: 'PME', points: 60, start: isoOf(TODAY_DAY - 40), end: isoOf(TODAY_DAY + 50), reason: 'Les salariés des PME sont en retard sur l’objectif annuel.', ended: null },
      { sizeClass: 'ETI', points: 120, start: isoOf(TODAY_DAY - 400), end: isoOf(TODAY_DAY - 250), reason: 'Rattrapage ETI du premier semestre.', ended: null },
    ];
    for (const b of bonuses) {
      const created = at(rngS, dayOf(b.start) - 2);
      await loader(ctx, S.balancingBonuses).add({
        id: rngS.uuid(),
        sizeClass: b.sizeClass,
        companyId: null,
        epciCode: null,
        points: b.points,
        startDate: b.start,
        endDate: b.end,
        reason: b.reason,
        createdAt: created,
        createdBy: agent,
        updatedAt: created,
        endedAt: b.ended,
        endedBy: null,
      });
    }
    const gridEpcis = new Set<string>();
    if (bigOffer.commune.epciCode) gridEpcis.add(bigOffer.commune.epciCode);
    for (const c of [...geo.communes].sort((a, b) => b.population - a.population)) {
      if (gridEpcis.size >= 6) break;
      if (c.epciCode) gridEpcis.add(c.epciCode);
    }
    const lbl = (fr: string, en: string) => ({ fr, en });
    for (const epci of gridEpcis) {
      const created = at(rngS, TODAY_DAY - rngS.int(60, 700));
      await loader(ctx, S.territoryGrids).add({
        id: rngS.uuid(),
        epciCode: epci,
        name: `Grille de cotation intercommunale ${epci}`,
        active: true,
        createdAt: created,
        updatedAt: created,
        createdBy: agent,
        version: 1,
        criteria: [
          { id: 'dalo', label: lbl('Reconnu prioritaire DALO', 'DALO priority'), fact: 'dalo', operator: 'true', points: 50 },
          { id: 'famille', label: lbl('Ménage de 4 personnes ou plus', 'Household of 4 or more'), fact: 'householdSize', operator: 'gte', value: 4, points: 20 },
          { id: 'anciennete', label: lbl('Demande de plus de 3 ans', 'Demand older than 3 years'), fact: 'monthsSinceRegistration', operator: 'gte', value: 36, points: 30 },
          { id: 'ressources', label: lbl('Ressources mensuelles ≤ 1 500 €', 'Monthly resources ≤ €1,500'), fact: 'monthlyResources', operator: 'lte', value: 1500, points: 25 },
        ],
      });
    }
    await finish(ctx, S.allocations, S.balancingBonuses, S.territoryGrids);
  } else {
    log('  scoring tables not in the database (no migration yet): allocations, bonuses and grids skipped');
  }
  for (const row of geo.ceilingRows) {
    await loader(ctx, S.incomeCeilings).add({ year: row.year, financing: row.financing, zone: row.zone, category: String(row.category), amount: row.amount, derived: row.derived });
  }
  await finish(ctx, S.incomeCeilings);

  // ——— the fixture ———
  const denseActive = (activeByDep.get(denseDep) ?? []).filter((i) => dComplete[i] === 1 && dSize[i]! <= 2 && !dApplied[i]);
  const densePublished = publishedByDep.get(denseDep)!;
  let s1 = denseActive[0]!;
  let s1Fits = -1;
  for (const i of denseActive.slice(0, 3000)) {
    const n = densePublished.filter((o) => fits(i, o)).length;
    if (n > s1Fits) {
      s1 = i;
      s1Fits = n;
    }
  }
  // S4: applicants with no candidacy, each with a published offer (other than the 1,000-candidate one) their household fits
  const s4: ScaleFixture['s4'] = [];
  const rngF = root.fork('fixture');
  const s4Offers = published.filter((o) => o !== bigOffer);
  const s4Candidates = rngF.shuffle(activeAllOf(activeByDep).filter((i) => dComplete[i] === 1 && !dApplied[i] && i !== s1));
  let cursor = 0;
  for (const i of s4Candidates) {
    if (s4.length >= S4_POOL) break;
    const local = publishedByDep.get(dDep[i]!)?.filter((o) => o !== bigOffer) ?? [];
    let chosen: Offer | undefined;
    for (let t = 0; t < 6 && !chosen; t++) {
      const o = t < 3 && local.length ? local[(cursor + t) % local.length]! : s4Offers[(cursor * 7 + t) % s4Offers.length]!;
      if (fits(i, o)) chosen = o;
    }
    cursor++;
    if (chosen) s4.push({ accountId: accId[dAccount[i]!]!, demandId: dId[i]!, offerId: chosen.id });
  }
  const agent = agents[0]!;
  const big = bigCandidacy as { id: string; demand: number } | null;
  return {
    version: 1,
    seed: SEED,
    scale: SCALE,
    generatedFor: TODAY,
    target: describeTarget(target),
    password: SCALE_PASSWORD,
    denseDepartement: denseDep,
    s1: { accountId: accId[dAccount[s1]!]!, email: accEmail[dAccount[s1]!]!, demandId: dId[s1]!, departement: denseDep, eligibleOffersExpected: s1Fits },
    agent: { accountId: agent.id, email: agent.email },
    bigOffer: {
      offerId: bigOffer.id,
      candidacies: BIG_OFFER_CANDIDATES,
      candidacyId: big?.id ?? '',
      demandId: big ? dId[big.demand]! : '',
      applicantAccountId: big ? accId[dAccount[big.demand]!]! : '',
      applicantEmail: big ? accEmail[dAccount[big.demand]!]! : '',
    },
    s4,
    counts: {},
  };
}

function activeAllOf(m: Map<string, number[]>): number[] {
  const out: number[] = [];
  for (const k of [...m.keys()].sort()) out.push(...m.get(k)!);
  return out;
}

function addYearsIso(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`seed:scale failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
