import { date, index, jsonb, pgSchema, timestamp, uuid } from 'drizzle-orm/pg-core';
import { outboxMessageColumns, unsentOutboxIndex } from './outbox-delivery.columns';

/** The alert module: applicants' saved searches and the mails they trigger (migration 0016). */
export const alertSchema = pgSchema('alert');

export const savedSearches = alertSchema.table(
  'saved_searches',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    /** { communeCodes, typologies, maxRent? } */
    criteria: jsonb('criteria').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** offers published up to this instant have been looked at */
    checkedUntil: timestamp('checked_until', { withTimezone: true }).notNull(),
    /** the day (Paris) of the last mail: at most one a day */
    lastMailedOn: date('last_mailed_on', { mode: 'string' }),
  },
  (t) => [index('saved_searches_account_idx').on(t.accountId, t.createdAt)],
);

export const alertOutbox = alertSchema.table(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    ...outboxMessageColumns(),
  },
  (t) => [unsentOutboxIndex('alert_outbox_unsent_idx', t.createdAt), index('alert_outbox_account_idx').on(t.accountId, t.createdAt)],
);
