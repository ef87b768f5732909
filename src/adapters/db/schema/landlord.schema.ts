import { bigserial, boolean, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outboxMessageColumns, unsentOutboxIndex } from './outbox-delivery.columns';

/** Tables of the landlord module (PostgreSQL schema `landlord`): the referential and the flux agreements. */
export const landlordSchema = pgSchema('landlord');

export const landlords = landlordSchema.table(
  'landlords',
  {
    id: uuid('id').primaryKey(),
    siren: text('siren').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(), // ESH | OPH | SEM | COOP | other
    regions: jsonb('regions').$type<string[]>().notNull().default([]),
    connectedByApi: boolean('connected_by_api').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('landlords_name_idx').on(t.name)],
);

/** Reservation agreements (loi ELAN flux): one per landlord, département and year. */
export const agreements = landlordSchema.table(
  'agreements',
  {
    id: uuid('id').primaryKey(),
    landlordId: uuid('landlord_id')
      .notNull()
      .references(() => landlords.id, { onDelete: 'restrict' }),
    departement: text('departement').notNull(),
    year: integer('year').notNull(),
    unitsOwed: integer('units_owed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreements_landlord_dep_year_idx').on(t.landlordId, t.departement, t.year)],
);

/** The people of a landlord who use the landlord portal (invited accounts); `admin` may invite and remove colleagues. */
export const landlordUsers = landlordSchema.table(
  'landlord_users',
  {
    landlordId: uuid('landlord_id')
      .notNull()
      .references(() => landlords.id, { onDelete: 'restrict' }),
    accountId: uuid('account_id').notNull(), // identity.accounts (another module's table: no foreign key)
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    admin: boolean('admin').notNull().default(false),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    invitedByAccountId: uuid('invited_by_account_id'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedByAccountId: uuid('removed_by_account_id'),
  },
  (t) => [primaryKey({ columns: [t.landlordId, t.accountId] }), index('landlord_users_account_idx').on(t.accountId)],
);

/** Messages of the landlord module (invitations of landlord users), addressed by e-mail; the link is purged once mailed. */
export const landlordOutbox = landlordSchema.table(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    toEmail: text('to_email').notNull(),
    ...outboxMessageColumns(),
  },
  (t) => [unsentOutboxIndex('landlord_outbox_unsent_idx', t.createdAt)],
);
