import { index, integer, jsonb, pgSchema, text, timestamp, uuid, bigserial, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** Cross-cutting platform tables: the audit trail and the durable job queue (schema `platform`). */
export const platform = pgSchema('platform');

/** Append-only: a trigger (migration 0002) refuses UPDATE and DELETE. */
export const auditEntries = platform.table(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorAccountId: uuid('actor_account_id'),
    actorRole: text('actor_role'),
    actingForKind: text('acting_for_kind'),
    actingForId: uuid('acting_for_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    detail: jsonb('detail'),
    address: text('address'),
  },
  (t) => [index('audit_actor_idx').on(t.actorAccountId, t.at), index('audit_object_idx').on(t.objectType, t.objectId, t.at), index('audit_at_idx').on(t.at)],
);

export const jobs = platform.table(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('pending'), // pending | done | failed
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(20),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`status = 'pending'`),
    uniqueIndex('jobs_dedupe_idx')
      .on(t.dedupeKey)
      .where(sql`status = 'pending' and dedupe_key is not null`),
    index('jobs_kind_status_idx').on(t.kind, t.status),
  ],
);
