import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { OutboxMessage, OutboxRecipient, OutboxSource } from '../../../shared/outbox';
import type { Database } from '../database';
import { candidacyNotifications } from '../schema/candidacy.schema';
import { companyOutbox } from '../schema/company-space.schema';
import { demandNotifications } from '../schema/demand.schema';
import { identityOutbox } from '../schema/identity.schema';

type Row = { id: string; kind: string; payload: unknown; attempts: number; created_at: Date | string; recipient: string };

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const dateOf = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

/**
 * One module's outbox table as an `OutboxSource`. Every outbox table has `id`, `kind`, `payload`,
 * `created_at`, `sent_at` and the delivery columns (schema/outbox-delivery.columns.ts); the
 * recipient is an account id or an e-mail address, depending on the table.
 */
export class DrizzleOutboxSource implements OutboxSource {
  constructor(
    private readonly database: Database,
    readonly name: string,
    private readonly table: PgTable,
    private readonly recipient: { column: string; kind: 'account' | 'email' },
    /** payload keys holding a usable secret (a one-time link, a token): removed once the message is sent or given up */
    private readonly secretKeys: readonly string[] = [],
  ) {}

  async claimDue({ now, limit, leaseUntil }: { now: Date; limit: number; leaseUntil: Date }): Promise<OutboxMessage[]> {
    const t = this.table;
    const recipient = sql.identifier(this.recipient.column);
    const rows = await this.database.transaction(async () =>
      rowsOf<Row>(
        await this.database.db.execute(sql`
          update ${t} set attempts = attempts + 1, next_attempt_at = ${leaseUntil}
          where id in (
            select id from ${t}
            where sent_at is null and failed_at is null and (next_attempt_at is null or next_attempt_at <= ${now})
            order by created_at, id
            limit ${limit}
            for update skip locked
          )
          returning id::text as id, kind, payload, attempts, created_at, ${recipient}::text as recipient`),
      ),
    );
    return rows
      .map((r) => ({
        source: this.name,
        id: r.id,
        kind: r.kind,
        payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<string, unknown>,
        recipient: (this.recipient.kind === 'account' ? { accountId: r.recipient } : { email: r.recipient }) satisfies OutboxRecipient,
        attempts: Number(r.attempts),
        createdAt: dateOf(r.created_at),
      }))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.update(sql`sent_at = ${at}, next_attempt_at = null, last_error = null${this.purge()}`, id);
  }

  async markFailed(id: string, { error, retryAt, at }: { error: string; retryAt: Date | null; at: Date }): Promise<void> {
    const message = error.slice(0, 1000);
    await this.update(
      retryAt ? sql`next_attempt_at = ${retryAt}, last_error = ${message}` : sql`failed_at = ${at}, next_attempt_at = null, last_error = ${message}${this.purge()}`,
      id,
    );
  }

  async counts(): Promise<{ pending: number; sent: number; failed: number }> {
    const [row] = rowsOf<{ pending: number; sent: number; failed: number }>(
      await this.database.db.execute(sql`
        select count(*) filter (where sent_at is null and failed_at is null)::int as pending,
               count(*) filter (where sent_at is not null)::int as sent,
               count(*) filter (where failed_at is not null)::int as failed
        from ${this.table}`),
    );
    return { pending: Number(row?.pending ?? 0), sent: Number(row?.sent ?? 0), failed: Number(row?.failed ?? 0) };
  }

  /** `, payload = payload - 'link' - …`: the secrets leave the outbox with the message (nothing when the source has none) */
  private purge(): SQL {
    if (!this.secretKeys.length) return sql``;
    return sql`, payload = ${this.secretKeys.reduce((acc: SQL, key) => sql`${acc} - ${key}::text`, sql`payload`)}`;
  }

  private async update(set: SQL, id: string): Promise<void> {
    await this.database.db.execute(sql`update ${this.table} set ${set} where id = ${id} and sent_at is null`);
  }
}

/** The candidacy module's notifications to applicants (`candidacy.notifications`). */
export const candidacyOutboxSource = (database: Database): OutboxSource =>
  new DrizzleOutboxSource(database, 'candidacy', candidacyNotifications, { column: 'account_id', kind: 'account' });

/** The demand module's notifications to applicants (`demand.notifications`). */
export const demandOutboxSource = (database: Database): OutboxSource => new DrizzleOutboxSource(database, 'demand', demandNotifications, { column: 'account_id', kind: 'account' });

/** The company space's messages (manager invitations, `company_space.outbox`), addressed by e-mail; the invitation link is purged once mailed. */
export const companySpaceOutboxSource = (database: Database): OutboxSource =>
  new DrizzleOutboxSource(database, 'company_space', companyOutbox, { column: 'to_email', kind: 'email' }, ['link', 'invitationToken']);

/** The identity module's mails (confirmation and reset links, `identity.outbox`), addressed by e-mail; the link is purged once mailed. */
export const identityOutboxSource = (database: Database): OutboxSource =>
  new DrizzleOutboxSource(database, 'identity', identityOutbox, { column: 'to_email', kind: 'email' }, ['link']);
