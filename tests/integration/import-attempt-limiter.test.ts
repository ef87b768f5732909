import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DrizzleImportAttemptLimiter } from '../../src/adapters/db/repositories/drizzle-demand-import.store';
import type { AttemptCounter, AttemptReservation } from '../../src/modules/demand/index';
import { openTestDatabase, type TestDatabase } from '../support/test-db';

/**
 * The registry import's attempt counters on the database (issue 19 §2–3), on both drivers:
 * attempts are counted before they are evaluated, so parallel attempts never exceed a limit;
 * a refusal counts nothing; a release gives back to the window it counted in, never to a later one.
 */

let db: TestDatabase;
let limiter: DrizzleImportAttemptLimiter;
const T0 = new Date('2026-03-15T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const counter = (key: string, limit = 5, windowSeconds = 600): AttemptCounter => ({ key, limit, windowSeconds });
const granted = (r: AttemptReservation) => {
  if (!r.granted) throw new Error(`refused, retry after ${r.retryAfterSeconds} s`);
  return r;
};
const countOf = async (key: string) =>
  ((await db.database.db.execute(sql`select count from demand.import_attempts where key = ${key}`)) as unknown as { rows: { count: number }[] }).rows[0]?.count;

beforeAll(async () => {
  db = await openTestDatabase({ poolSize: 8 });
  limiter = new DrizzleImportAttemptLimiter(db.database);
});
afterAll(async () => {
  await db?.close();
});

describe('DrizzleImportAttemptLimiter', () => {
  it('40 attempts at once on one counter: exactly the limit is granted, the others wait for the window', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => limiter.reserve([counter('t:parallel')], T0)));
    expect(results.filter((r) => r.granted)).toHaveLength(5);
    const refused = results.filter((r): r is { granted: false; retryAfterSeconds: number } => !r.granted);
    expect(refused).toHaveLength(35);
    expect(new Set(refused.map((r) => r.retryAfterSeconds))).toEqual(new Set([600]));
    expect(await countOf('t:parallel')).toBe(5);
  });

  it('a granted attempt given back frees its place; a refusal counts nothing on any counter', async () => {
    const first = granted(await limiter.reserve([counter('t:a', 2), counter('t:b', 10)], T0));
    granted(await limiter.reserve([counter('t:a', 2), counter('t:b', 10)], T0));
    expect(await limiter.reserve([counter('t:a', 2), counter('t:b', 10)], at(30))).toEqual({ granted: false, retryAfterSeconds: 570 });
    expect(await countOf('t:b')).toBe(2); // the refused attempt was not left on the counter that had room
    await first.release();
    expect(await countOf('t:a')).toBe(1);
    expect(await countOf('t:b')).toBe(1);
    granted(await limiter.reserve([counter('t:a', 2), counter('t:b', 10)], at(60)));
    expect((await limiter.reserve([counter('t:a', 2)], at(61))).granted).toBe(false);
  });

  it('a window that has ended starts again at the next attempt; a late release does not touch the new window', async () => {
    const old = granted(await limiter.reserve([counter('t:w', 1, 60)], T0));
    expect((await limiter.reserve([counter('t:w', 1, 60)], at(59))).granted).toBe(false);
    const fresh = await limiter.reserve([counter('t:w', 1, 60)], at(60));
    expect(fresh.granted).toBe(true);
    await old.release(); // counted in the first window: gives nothing back to the second
    expect(await countOf('t:w')).toBe(1);
    expect((await limiter.reserve([counter('t:w', 1, 60)], at(61))).granted).toBe(false);
  });
});
