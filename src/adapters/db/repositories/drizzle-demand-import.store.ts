import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type {
  AttemptCounter,
  AttemptReservation,
  ContactMessage,
  DemandContactOutbox,
  ImportAttemptLimiter,
  ImportChallenge,
  ImportChallengeRepository,
} from '../../../modules/demand/index';
import type { Database } from '../database';
import { demandContactOutbox, importAttempts, importChallenges } from '../schema/demand.schema';
import { DrizzleOutboxSource } from './drizzle-outbox.source';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const dateOf = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

/**
 * The import's attempt counters in `demand.import_attempts`, shared by every process of the
 * platform. One statement counts the attempt on all the counters at once (an upsert: a counter
 * whose window has ended starts a new one at `now`), under the rows' locks, so that parallel
 * attempts are counted one after the other and can never all pass; when a counter is past its
 * limit, what was counted is given back and the caller is told how long to wait. A release only
 * gives back to the window it counted in.
 */
export class DrizzleImportAttemptLimiter implements ImportAttemptLimiter {
  constructor(private readonly database: Database) {}

  async reserve(counters: readonly AttemptCounter[], now: Date): Promise<AttemptReservation> {
    if (counters.length === 0) return { granted: true, release: async () => undefined };
    const byKey = new Map(counters.map((c) => [c.key, c]));
    // counters are locked in key order: two attempts on the same keys never wait for each other crosswise
    const values = [...byKey.values()]
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .map((c) => sql`(${c.key}, ${now}::timestamptz, ${c.windowSeconds}::integer, 1)`);
    // (in SET, `a.` is the row before the update, `excluded.` the attempt being counted)
    const rows = rowsOf<{ key: string; count: number; window_started_at: Date | string }>(
      await this.database.db.execute(sql`
        insert into demand.import_attempts as a (key, window_started_at, window_seconds, count)
        values ${sql.join(values, sql`, `)}
        on conflict (key) do update set
          window_started_at = case when a.window_started_at + a.window_seconds * interval '1 second' <= excluded.window_started_at
                                   then excluded.window_started_at else a.window_started_at end,
          count = case when a.window_started_at + a.window_seconds * interval '1 second' <= excluded.window_started_at
                       then 1 else a.count + 1 end,
          window_seconds = case when a.window_started_at + a.window_seconds * interval '1 second' <= excluded.window_started_at
                                then excluded.window_seconds else a.window_seconds end
        returning a.key, a.count, a.window_started_at`),
    );
    const taken = rows.map((r) => ({ key: r.key, windowStartedAt: dateOf(r.window_started_at), count: Number(r.count) }));
    const release = async () => {
      for (const t of taken) {
        await this.database.db
          .update(importAttempts)
          .set({ count: sql`greatest(${importAttempts.count} - 1, 0)` })
          .where(and(eq(importAttempts.key, t.key), eq(importAttempts.windowStartedAt, t.windowStartedAt)));
      }
    };
    let retryAfterMs = 0;
    for (const t of taken) {
      const c = byKey.get(t.key)!;
      if (t.count > c.limit) retryAfterMs = Math.max(retryAfterMs, t.windowStartedAt.getTime() + c.windowSeconds * 1000 - now.getTime());
    }
    if (retryAfterMs > 0) {
      await release();
      return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    // counters whose window ended long ago are forgotten (at most a week of windows is kept)
    await this.database.db.delete(importAttempts).where(lt(importAttempts.windowStartedAt, new Date(now.getTime() - 7 * 86_400_000)));
    return { granted: true, release };
  }
}

type ChallengeRow = typeof importChallenges.$inferSelect;

function toChallenge(r: ChallengeRow): ImportChallenge {
  return {
    id: r.id,
    accountId: r.accountId,
    registry: r.registry,
    registrationNumber: r.registrationNumber,
    codeHash: r.codeHash,
    channel: 'email',
    sentTo: r.sentTo,
    attempts: r.attempts,
    maxAttempts: r.maxAttempts,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    ...(r.confirmedAt ? { confirmedAt: r.confirmedAt } : {}),
  };
}

/** The pending proofs of the registry contact (`demand.import_challenges`). */
export class DrizzleImportChallengeRepository implements ImportChallengeRepository {
  constructor(private readonly database: Database) {}

  async insert(c: ImportChallenge, purgeBefore: Date): Promise<void> {
    const db = this.database.db;
    await db.delete(importChallenges).where(lt(importChallenges.expiresAt, purgeBefore));
    await db
      .update(importChallenges)
      .set({ expiresAt: c.createdAt })
      .where(
        and(
          eq(importChallenges.accountId, c.accountId),
          eq(importChallenges.registrationNumber, c.registrationNumber),
          isNull(importChallenges.confirmedAt),
          gt(importChallenges.expiresAt, c.createdAt),
        ),
      );
    await db.insert(importChallenges).values({
      id: c.id,
      accountId: c.accountId,
      registry: c.registry,
      registrationNumber: c.registrationNumber,
      codeHash: c.codeHash,
      channel: c.channel,
      sentTo: c.sentTo,
      attempts: c.attempts,
      maxAttempts: c.maxAttempts,
      createdAt: c.createdAt,
      expiresAt: c.expiresAt,
    });
  }

  async findById(id: string): Promise<ImportChallenge | null> {
    const [row] = await this.database.db.select().from(importChallenges).where(eq(importChallenges.id, id)).limit(1);
    return row ? toChallenge(row) : null;
  }

  async claimAttempt(id: string, accountId: string, now: Date): Promise<ImportChallenge | null> {
    const [row] = await this.database.db
      .update(importChallenges)
      .set({ attempts: sql`${importChallenges.attempts} + 1` })
      .where(
        and(
          eq(importChallenges.id, id),
          eq(importChallenges.accountId, accountId),
          isNull(importChallenges.confirmedAt),
          gt(importChallenges.expiresAt, now),
          lt(importChallenges.attempts, importChallenges.maxAttempts),
        ),
      )
      .returning();
    return row ? toChallenge(row) : null;
  }

  async releaseAttempt(id: string): Promise<void> {
    await this.database.db
      .update(importChallenges)
      .set({ attempts: sql`greatest(${importChallenges.attempts} - 1, 0)` })
      .where(eq(importChallenges.id, id));
  }

  async markConfirmed(id: string, at: Date): Promise<void> {
    await this.database.db
      .update(importChallenges)
      .set({ confirmedAt: at })
      .where(and(eq(importChallenges.id, id), isNull(importChallenges.confirmedAt)));
  }
}

/** Days a delivered (or given up) message to a registry contact is kept: its address is personal data of someone who may have no account. */
const CONTACT_MESSAGE_KEEP_DAYS = 30;

/** Messages to the registry's contact (`demand.contact_outbox`); those delivered or given up over 30 days ago are deleted as new ones come. */
export class DrizzleDemandContactOutbox implements DemandContactOutbox {
  constructor(private readonly database: Database) {}
  async add(m: ContactMessage): Promise<void> {
    const t = demandContactOutbox;
    await this.database.db
      .delete(t)
      .where(sql`${t.createdAt} < now() - make_interval(days => ${CONTACT_MESSAGE_KEEP_DAYS}) and (${t.sentAt} is not null or ${t.failedAt} is not null)`);
    await this.database.db.insert(t).values({ id: randomUUID(), toEmail: m.toEmail, kind: m.kind, payload: m.payload });
  }
}

/**
 * `demand.contact_outbox` as an outbox the mail dispatcher delivers (`demand_contact`), addressed by
 * e-mail. Once a message is sent, or given up, the secret it carried (`code`) is erased from it:
 * the code exists in clear only until it is mailed.
 */
export class DemandContactOutboxSource extends DrizzleOutboxSource {
  constructor(private readonly db: Database) {
    super(db, 'demand_contact', demandContactOutbox, { column: 'to_email', kind: 'email' });
  }

  override async markSent(id: string, at: Date): Promise<void> {
    await super.markSent(id, at);
    await this.eraseSecret(id);
  }

  override async markFailed(id: string, input: { error: string; retryAt: Date | null; at: Date }): Promise<void> {
    await super.markFailed(id, input);
    if (input.retryAt === null) await this.eraseSecret(id);
  }

  private async eraseSecret(id: string): Promise<void> {
    await this.db.db
      .update(demandContactOutbox)
      .set({ payload: sql`${demandContactOutbox.payload} - 'code'` })
      .where(eq(demandContactOutbox.id, id));
  }
}
