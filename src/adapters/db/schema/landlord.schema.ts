import { boolean, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
    landlordId: uuid('landlord_id').notNull().references(() => landlords.id, { onDelete: 'restrict' }),
    departement: text('departement').notNull(),
    year: integer('year').notNull(),
    unitsOwed: integer('units_owed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreements_landlord_dep_year_idx').on(t.landlordId, t.departement, t.year)],
);
