import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { FixedClock } from '../../src/shared/testing/clock';
import { PermanentJobFailure } from '../../src/shared/jobs';
import { DrizzleAuditTrail } from '../../src/adapters/db/repositories/drizzle-audit.trail';
import { DrizzleJobQueue, JobWorker } from '../../src/adapters/db/repositories/drizzle-job.queue';
import { openTestDatabase, type TestDatabase } from '../support/test-db';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
/** The driver's message of a failed query (drizzle wraps it in `cause`). */
const failure = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return String((e as { cause?: { message?: string } }).cause?.message ?? (e as Error).message);
  }
};

describe('audit trail', () => {
  it('records entries and refuses UPDATE, DELETE and TRUNCATE through the application role', async () => {
    const audit = new DrizzleAuditTrail(t.database);
    await audit.record({
      action: 'document.read',
      objectType: 'document',
      objectId: 'd1',
      actorAccountId: '00000000-0000-4000-8000-000000000001',
      actorRole: 'landlord_user',
      actingFor: { kind: 'landlord', id: '00000000-0000-4000-8000-000000000002' },
    });
    const [entry] = rows<{ action: string; acting_for_kind: string }>(await t.database.db.execute(sql`select * from platform.audit_entries`));
    expect(entry).toMatchObject({ action: 'document.read', acting_for_kind: 'landlord' });
    expect(await failure(t.database.db.execute(sql`update platform.audit_entries set action = 'x'`))).toMatch(/append-only/);
    expect(await failure(t.database.db.execute(sql`delete from platform.audit_entries`))).toMatch(/append-only/);
    expect(await failure(t.database.db.execute(sql`truncate platform.audit_entries`))).toMatch(/append-only/);
    expect(rows(await t.database.db.execute(sql`select * from platform.audit_entries`))).toHaveLength(1);
  });

  it('an entry written in a rolled-back transaction does not exist', async () => {
    const audit = new DrizzleAuditTrail(t.database);
    await expect(
      t.database.transaction(async () => {
        await audit.record({ action: 'x.rolled_back', objectType: 'x', objectId: '1' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(rows(await t.database.db.execute(sql`select * from platform.audit_entries where action = 'x.rolled_back'`))).toHaveLength(0);
  });
});

describe('durable job queue', () => {
  it('retries a failing job with backoff until it succeeds, and deduplicates pending jobs', async () => {
    const clock = new FixedClock('2026-03-01T10:00:00Z');
    const queue = new DrizzleJobQueue(t.database, clock);
    const worker = new JobWorker(t.database, clock, pino({ level: 'silent' }), { backoffBaseMs: 1000 });
    let calls = 0;
    const seen: unknown[] = [];
    worker.register('flaky', async (payload) => {
      calls++;
      if (calls < 3) throw new Error('outside system down');
      seen.push(payload);
    });
    await queue.enqueue('flaky', { n: 1 }, { dedupeKey: 'flaky:1' });
    await queue.enqueue('flaky', { n: 1 }, { dedupeKey: 'flaky:1' });
    expect(await worker.runDue()).toBe(1);
    expect(await worker.runDue()).toBe(0); // backing off
    clock.advanceDays(1);
    expect(await worker.runDue()).toBe(1);
    clock.advanceDays(1);
    expect(await worker.runDue()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    expect(calls).toBe(3);
    clock.advanceDays(1);
    expect(await worker.runDue()).toBe(0);
  });

  it('a job enqueued in a rolled-back transaction never runs', async () => {
    const clock = new FixedClock('2026-03-01T10:00:00Z');
    const queue = new DrizzleJobQueue(t.database, clock);
    await expect(
      t.database.transaction(async () => {
        await queue.enqueue('ghost', {});
        throw new Error('rollback');
      }),
    ).rejects.toThrow();
    const worker = new JobWorker(t.database, clock, pino({ level: 'silent' }));
    worker.register('ghost', async () => {
      throw new Error('must not run');
    });
    expect(await worker.runDue()).toBe(0);
  });

  it('a permanent failure stops retries and is visible in the stats', async () => {
    const clock = new FixedClock('2026-03-01T10:00:00Z');
    const queue = new DrizzleJobQueue(t.database, clock);
    const worker = new JobWorker(t.database, clock, pino({ level: 'silent' }));
    worker.register('doomed', async () => {
      throw new PermanentJobFailure('never');
    });
    await queue.enqueue('doomed', {});
    await worker.runDue();
    clock.advanceDays(1);
    expect(await worker.runDue()).toBe(0);
    expect(await worker.stats()).toContainEqual({ kind: 'doomed', status: 'failed', n: 1 });
  });
});
