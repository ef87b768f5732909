import { sql } from 'drizzle-orm';
import { outboxMessageColumns } from './outbox-delivery.columns';
import { bigserial, check, date, foreignKey, index, integer, jsonb, numeric, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Tables of the candidacy module (PostgreSQL schema `candidacy`). Demands, offers and accounts are
 * referenced by id only (no foreign keys across modules' schemas).
 */
export const candidacySchema = pgSchema('candidacy');

const euros = (name: string) => numeric(name, { precision: 10, scale: 2, mode: 'number' });

export const candidacies = candidacySchema.table(
  'candidacies',
  {
    id: uuid('id').primaryKey(),
    demandId: uuid('demand_id').notNull(),
    offerId: uuid('offer_id').notNull(),
    applicantAccountId: uuid('applicant_account_id').notNull(),
    status: text('status').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    designationRound: integer('designation_round'),
    rankAtDesignation: integer('rank_at_designation'),
    totalAtDesignation: integer('total_at_designation'),
    calRank: integer('cal_rank'),
    calReason: text('cal_reason'),
    effortRateAtApplication: numeric('effort_rate_at_application', { precision: 6, scale: 1, mode: 'number' }),
    /** the offer as it was when applying (offers do not move once published) */
    offerLandlordId: uuid('offer_landlord_id').notNull(),
    offerCommuneCode: text('offer_commune_code').notNull(),
    offerCommuneName: text('offer_commune_name'),
    offerTypology: integer('offer_typology').notNull(),
    offerRent: euros('offer_rent').notNull(),
    offerCharges: euros('offer_charges').notNull(),
  },
  (t) => [
    /** one candidacy per demand and offer, even under concurrent (double-clicked) applications */
    uniqueIndex('candidacies_demand_offer_idx').on(t.demandId, t.offerId),
    index('candidacies_offer_status_idx').on(t.offerId, t.status),
    index('candidacies_applicant_idx').on(t.applicantAccountId, t.submittedAt),
    /** scoring history: CAL refusals and declined homes of a demand */
    index('candidacies_history_idx')
      .on(t.demandId)
      .where(sql`status in ('cal_refused', 'proposal_declined')`),
    /** the platform figures and dashboard: candidacies of the day, per day over 90 days (index-only range scans) */
    index('candidacies_submitted_at_idx').on(t.submittedAt),
    /** a candidate designated or transmitted elsewhere, its outcome pending (PENDING_OUTCOME_STATUSES): the rankings' flag */
    index('candidacies_pending_outcome_idx')
      .on(t.demandId)
      .where(sql`status in ('designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted')`),
  ],
);

/** The dated transitions of each candidacy: the applicant's timeline. */
export const candidacyEvents = candidacySchema.table(
  'candidacy_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    candidacyId: uuid('candidacy_id')
      .notNull()
      .references(() => candidacies.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** account that acted; null for the system */
    by: uuid('by'),
    reason: text('reason'),
  },
  (t) => [index('candidacy_events_candidacy_idx').on(t.candidacyId, t.id)],
);

/** One row per demand that applied: locked (FOR UPDATE) while a candidacy of the demand is created, so the cap holds under concurrency. */
export const demandLocks = candidacySchema.table('demand_locks', {
  demandId: uuid('demand_id').primaryKey(),
});

/**
 * One row per offer with candidacies: locked while its candidacies change (before the offer
 * module's row, always in that order); `version` is bumped by every change (ranking caches check
 * it); `round` is the last designation round.
 */
export const offerStates = candidacySchema.table('offer_states', {
  offerId: uuid('offer_id').primaryKey(),
  version: integer('version').notNull().default(0),
  round: integer('round').notNull().default(0),
  /** the ranking snapshot in force (frozen at closing, or recomputed since); null while the offer is ranked live */
  frozenRevision: integer('frozen_revision'),
});

/**
 * Rankings frozen at an offer's closing (and each agent's recomputation since, with its reason): the
 * designation, the transmission and every view after the closing read them, not the live facts.
 */
export const rankingSnapshots = candidacySchema.table(
  'ranking_snapshots',
  {
    offerId: uuid('offer_id').notNull(),
    revision: integer('revision').notNull(),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    trigger: text('trigger').notNull(),
    computedBy: uuid('computed_by'),
    reason: text('reason'),
    candidacyCount: integer('candidacy_count').notNull(),
    /** the offer's facts and the scoring inputs (bonuses, grid) used */
    offer: jsonb('offer').notNull(),
    options: jsonb('options').notNull(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.revision] }), check('ranking_snapshots_trigger_check', sql`${t.trigger} in ('closing', 'recomputation')`)],
);

/** Each candidacy of a snapshot: its rank (null out of the running), its score with the breakdown, the facts used. */
export const rankingSnapshotEntries = candidacySchema.table(
  'ranking_snapshot_entries',
  {
    offerId: uuid('offer_id').notNull(),
    revision: integer('revision').notNull(),
    candidacyId: uuid('candidacy_id')
      .notNull()
      .references(() => candidacies.id, { onDelete: 'cascade' }),
    demandId: uuid('demand_id').notNull(),
    rank: integer('rank'),
    score: jsonb('score'),
    facts: jsonb('facts'),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.revision, t.candidacyId] }),
    foreignKey({ name: 'ranking_snapshot_entries_snapshot_fk', columns: [t.offerId, t.revision], foreignColumns: [rankingSnapshots.offerId, rankingSnapshots.revision] }).onDelete(
      'cascade',
    ),
  ],
);

/** The outbox of messages to applicants, written in the transaction of the change; a sender delivers them later. */
export const candidacyNotifications = candidacySchema.table(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: uuid('account_id').notNull(),
    candidacyId: uuid('candidacy_id').notNull(),
    ...outboxMessageColumns(),
  },
  (t) => [
    index('candidacy_notifications_account_idx').on(t.accountId, t.id),
    index('candidacy_notifications_unsent_idx')
      .on(t.id)
      .where(sql`sent_at is null`),
  ],
);
