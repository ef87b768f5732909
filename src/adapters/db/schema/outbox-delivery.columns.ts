import { sql } from 'drizzle-orm';
import { index, integer, jsonb, text, timestamp, type IndexColumn } from 'drizzle-orm/pg-core';

/**
 * Delivery state shared by the modules' outboxes (candidacy.notifications, demand.notifications,
 * company_space.outbox), kept by the mail dispatcher (src/adapters/mail):
 * - `attempts`: tries so far (counted when a dispatcher claims the message);
 * - `next_attempt_at`: not tried again before this instant (a claim's lease while it is being
 *   sent, then the backoff after a failure); null = due now;
 * - `last_error`: the last failure's message;
 * - `failed_at`: the dispatcher gave up (attempts exhausted or a permanent refusal): never tried again.
 */
export const outboxDeliveryColumns = () => ({
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
  lastError: text('last_error'),
  failedAt: timestamp('failed_at', { withTimezone: true }),
});

/**
 * A message of a module's outbox, after its own columns (id, addressee): its kind and payload,
 * when it was written, when it was mailed (null until then), and the delivery state above.
 */
export const outboxMessageColumns = () => ({
  kind: text('kind').notNull(),
  payload: jsonb('payload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  ...outboxDeliveryColumns(),
});

/** The index the mail dispatcher reads an outbox by: its unsent messages in the order they were written. */
export const unsentOutboxIndex = (name: string, createdAt: IndexColumn) =>
  index(name)
    .on(createdAt)
    .where(sql`sent_at is null`);
