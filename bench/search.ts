/**
 * The agents' search (issue 18 item 1) on the scale data: one agent's searches, one after the
 * other, through the platform's own repository (the statements the /admin/demandes page and
 * GET /demands?q= run), with their p50/p95/p99, then EXPLAIN (ANALYZE, BUFFERS) of the statements
 * of one search by name.
 *
 *   npx tsx bench/search.ts                       # PostgreSQL alin_scale (DATABASE_URL to change it)
 *   DATABASE_URL= DATA_DIR=data/scale-pglite npx tsx bench/search.ts   # the embedded PGlite
 *   options: --runs N (searches per kind, default 200), --seed N
 *
 * The terms come from the data itself (a seeded sample of demands): a last-name prefix of 4
 * letters, « prénom nom », a surname typed without its accents in capitals, an e-mail prefix, a
 * phone written +33 6 …, a registration number. Every search asks for the first page of 25 with
 * its total, sorted newest first, as the page does.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/adapters/db/database';
import { DrizzleDemandRepository } from '../src/adapters/db/repositories/drizzle-demand.repository';
import { systemClock } from '../src/shared/clock';
import { pageRequest } from '../src/shared/pagination';
import { assertLoopback, resolveTarget } from './lib/target';
import { Prng } from './lib/prng';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '200' }, seed: { type: 'string', default: '18' } } });
const RUNS = Number(opts.runs);

interface Captured {
  text: string;
  values: unknown[];
}
let capture: Captured[] | null = null;
type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as QueryFn;
(pg.Client.prototype as unknown as { query: QueryFn }).query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string; values?: unknown[] };
  const text = typeof first === 'string' ? first : first?.text;
  const values = ((typeof first === 'object' && first?.values) || (Array.isArray(args[1]) ? args[1] : undefined)) as unknown[] | undefined;
  if (capture && text) capture.push({ text, values: values ?? [] });
  return original.apply(this, args);
};

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const target = resolveTarget();
  if (target.kind === 'pg') assertLoopback(target.url);
  const database = await openDatabase(target.kind === 'pg' ? { url: target.url, poolSize: 2, applicationName: 'alin-bench-search' } : { dataDir: target.dataDir });
  const repo = new DrizzleDemandRepository(database, systemClock);
  const db = database.db;
  const n = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from demand.demands`))[0]!.n;
  console.log(`target: ${target.kind === 'pg' ? target.database : target.dataDir}, ${n.toLocaleString('fr-FR')} demands`);

  const rng = new Prng(Number(opts.seed));
  const sample = rowsOf<{ last: string; first: string; email: string | null; phone: string | null; nur: string | null }>(
    await db.execute(sql`
    select data->'applicant'->>'lastName' as last, data->'applicant'->>'firstName' as first, data->'applicant'->>'email' as email,
           data->'applicant'->>'phone' as phone, registration_number as nur
      from demand.demands tablesample system (1) repeatable (${Number(opts.seed)}) limit 2000`),
  );
  const pick = <T>(f: (s: (typeof sample)[number]) => T | null | undefined): T[] => {
    const out: T[] = [];
    while (out.length < RUNS) {
      const v = f(sample[rng.int(0, sample.length - 1)]!);
      if (v) out.push(v);
    }
    return out;
  };
  const kinds: Record<string, string[]> = {
    'nom (4 premières lettres)': pick((s) => s.last.slice(0, 4)),
    'prénom nom': pick((s) => `${s.first} ${s.last}`),
    'NOM sans accents, capitales': pick((s) => s.last.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()),
    'courriel (début)': pick((s) => s.email?.slice(0, 12)),
    'téléphone +33': pick((s) => (s.phone ? `+33 ${s.phone.slice(1, 2)} ${s.phone.slice(2, 4)} ${s.phone.slice(4, 6)} ${s.phone.slice(6, 8)} ${s.phone.slice(8, 10)}` : null)),
    'numéro unique': pick((s) => s.nur),
  };

  // warm-up: the first searches read the indexes from disk
  for (const q of kinds['nom (4 premières lettres)']!.slice(0, 20)) await repo.list({ search: q }, pageRequest(1, 25));

  const all: number[] = [];
  console.log('\n| recherche | n | p50 | p95 | p99 | max | lignes trouvées (médiane) |\n|---|---|---|---|---|---|---|');
  for (const [kind, terms] of Object.entries(kinds)) {
    const times: number[] = [];
    const totals: number[] = [];
    for (const q of terms) {
      const t0 = performance.now();
      const page = await repo.list({ search: q }, pageRequest(1, 25), 'created_desc');
      times.push(performance.now() - t0);
      totals.push(page.total);
    }
    all.push(...times);
    times.sort((a, b) => a - b);
    totals.sort((a, b) => a - b);
    console.log(
      `| ${kind} | ${times.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(times, 99))} | ${ms(times[times.length - 1]!)} | ${totals[Math.floor(totals.length / 2)]} |`,
    );
  }
  all.sort((a, b) => a - b);
  console.log(`| **toutes** | ${all.length} | ${ms(percentile(all, 50))} | ${ms(percentile(all, 95))} | **${ms(percentile(all, 99))}** | ${ms(all[all.length - 1]!)} | |`);

  // The plans of one search by name, statement by statement (PostgreSQL: the statements captured as pg sends them).
  const term = kinds['nom (4 premières lettres)']![0]!;
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the statements of one search, q = « ${term} »:`);
  if (target.kind === 'pg') {
    capture = [];
    await repo.list({ search: term }, pageRequest(1, 25), 'created_desc');
    const statements = capture;
    capture = null;
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    for (const s of statements) {
      console.log(`\n-- ${s.text}\n-- values: ${JSON.stringify(s.values)}`);
      const plan = await client.query(`explain (analyze, buffers) ${s.text}`, s.values);
      for (const r of plan.rows as { 'QUERY PLAN': string }[]) console.log(r['QUERY PLAN']);
    }
    await client.end();
  } else {
    const [norm] = rowsOf<{ t: string }>(await db.execute(sql`select demand.search_text(${term}) as t`));
    const prefix = `${norm!.t}%`;
    const plan = rowsOf<{ 'QUERY PLAN': string }>(
      await db.execute(sql`explain (analyze, buffers) select id from demand.demands
      where registration_number = ${term.toUpperCase()} or search_name like ${prefix} or search_name_first like ${prefix} or search_email like ${`${term.toLowerCase()}%`}
      order by created_at desc, id desc limit 25`),
    );
    for (const r of plan) console.log(r['QUERY PLAN']);
  }
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
