import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Tables of the scoring module (PostgreSQL schema `scoring`): balancing bonuses, territory grids, allocations for the balancing statistics. */
export const scoringSchema = pgSchema('scoring');

export const balancingBonuses = scoringSchema.table(
  'balancing_bonuses',
  {
    id: uuid('id').primaryKey(),
    sizeClass: text('size_class'), // PME | ETI | GE
    /** company-space company id (no foreign key across modules' schemas) */
    companyId: uuid('company_id'),
    /** SIREN of the EPCI */
    epciCode: text('epci_code'),
    points: integer('points').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** the planned last day; an ended bonus applied until the day before `ended_at` */
    endDate: date('end_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
  },
  (t) => [index('balancing_bonuses_dates_idx').on(t.startDate, t.endDate), check('balancing_bonuses_points_check', sql`${t.points} between 0 and 240`)],
);

export const territoryGrids = scoringSchema.table(
  'territory_grids',
  {
    id: uuid('id').primaryKey(),
    epciCode: text('epci_code').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull(),
    /** GridCriterion[] as the scoring engine reads them */
    criteria: jsonb('criteria').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('territory_grids_epci_idx').on(t.epciCode),
    /** at most one active grid per EPCI, even under concurrent changes */
    uniqueIndex('territory_grids_one_active_idx')
      .on(t.epciCode)
      .where(sql`active`),
  ],
);

/** Leases signed, with the employer's size class at lease time (one per offer). */
export const allocations = scoringSchema.table(
  'allocations',
  {
    offerId: uuid('offer_id').primaryKey(),
    demandId: uuid('demand_id').notNull(),
    sizeClass: text('size_class'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('allocations_at_idx').on(t.at)],
);
