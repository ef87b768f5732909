import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Tables of the demand module (PostgreSQL schema `demand`). The form data (CERFA 14069) is one
 * jsonb document; the facts the back office filters on and the scheduler scans are columns.
 */
export const demandSchema = pgSchema('demand');

/** States that are not final: an applicant has at most one demand in one of them. */
const OPEN_STATUSES = sql`status in ('draft', 'submitted', 'in_instruction', 'active')`;

export const demands = demandSchema.table(
  'demands',
  {
    id: uuid('id').primaryKey(),
    /** identity.accounts.id (no foreign key across modules' schemas) */
    ownerAccountId: uuid('owner_account_id').notNull(),
    status: text('status').notNull(),
    source: text('source').notNull().default('platform'), // platform | registry
    registry: text('registry'),
    /** DemandData, as the API and the SNE mapper know it */
    data: jsonb('data').notNull(),
    registrationNumber: text('registration_number').unique(),
    registrationDate: date('registration_date', { mode: 'string' }),
    renewalDueDate: date('renewal_due_date', { mode: 'string' }),
    /** from the applicant's address, else the first wished commune */
    departement: text('departement'),
    employerSiret: text('employer_siret'),
    dalo: boolean('dalo').notNull().default(false),
    /** an agent's pending request for pieces (message, types, when, by whom) */
    documentsRequest: jsonb('documents_request'),
    documentsRequestedAt: timestamp('documents_requested_at', { withTimezone: true }),
    /** documents uploaded and not yet checked (kept by the documents feature) */
    pendingDocuments: integer('pending_documents').notNull().default(0),
    lastRejection: jsonb('last_rejection'),
    mobilityCheckedAt: timestamp('mobility_checked_at', { withTimezone: true }),
    mobilityCheckedBy: uuid('mobility_checked_by'),
    /** the renewal due date the last reminder was sent for */
    lastReminderFor: date('last_reminder_for', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    lastRenewedAt: timestamp('last_renewed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** optimistic locking */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('demands_owner_idx').on(t.ownerAccountId),
    /** one demand that is not final per applicant, even under concurrent creations */
    uniqueIndex('demands_one_open_per_owner_idx').on(t.ownerAccountId).where(OPEN_STATUSES),
    /** the agents' queue: by state, département, registration date */
    index('demands_status_departement_idx').on(t.status, t.departement, t.registrationDate),
    index('demands_status_created_idx').on(t.status, t.createdAt),
    index('demands_registration_date_idx').on(t.registrationDate),
    /** the daily run: active demands by renewal due date */
    index('demands_status_renewal_idx').on(t.status, t.renewalDueDate),
    /** the company space: demands naming the company's establishments */
    index('demands_employer_siret_idx').on(t.employerSiret),
    index('demands_pending_documents_idx').on(t.pendingDocuments).where(sql`pending_documents > 0`),
    index('demands_documents_requested_idx').on(t.documentsRequestedAt).where(sql`documents_requested_at is not null`),
    index('demands_registration_pending_idx').on(t.validatedAt).where(sql`registration_number is null and validated_at is not null`),
  ],
);

/** The dated transitions of each demand: the applicant's timeline and the agents' record. */
export const demandHistory = demandSchema.table(
  'demand_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    demandId: uuid('demand_id').notNull().references(() => demands.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** account that acted; null for the system */
    by: uuid('by'),
    reason: text('reason'),
  },
  (t) => [index('demand_history_demand_idx').on(t.demandId, t.id)],
);

/** Outbox of messages to applicants (renewal reminders, decisions); a sender delivers them and sets sent_at. */
export const demandNotifications = demandSchema.table(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    /** at most one notification per key (a reminder per demand and due date) */
    dedupeKey: text('dedupe_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('notifications_unsent_idx').on(t.createdAt).where(sql`sent_at is null`), index('notifications_account_idx').on(t.accountId, t.createdAt)],
);
