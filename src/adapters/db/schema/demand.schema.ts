import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outboxMessageColumns, unsentOutboxIndex } from './outbox-delivery.columns';

/**
 * Tables of the demand module (PostgreSQL schema `demand`). The form data (CERFA 14069) is one
 * jsonb document; the facts the back office filters on and the scheduler scans are columns.
 */
export const demandSchema = pgSchema('demand');

/**
 * States that are not final: an applicant has at most one demand in one of them. The demand domain's
 * OPEN_DEMAND_STATUSES, spelled out for the migration (tests/integration/one-home-rules.test.ts checks they agree).
 */
const OPEN_STATUSES = sql`status in ('draft', 'submitted', 'in_instruction', 'active')`;

export const demands = demandSchema.table(
  'demands',
  {
    id: uuid('id').primaryKey(),
    /** identity.accounts.id (no foreign key across modules' schemas) */
    ownerAccountId: uuid('owner_account_id').notNull(),
    status: text('status').notNull(),
    source: text('source').notNull().default('platform'), // platform | registry
    /** the registry holding its number: `sne`, or a regional shared file's id (`imhoweb`); null before registration (counts as `sne`) */
    registry: text('registry'),
    /** DemandData, as the API and the SNE mapper know it */
    data: jsonb('data').notNull(),
    /** unique per registry (demands_registry_registration_number_unique, migration 0018) */
    registrationNumber: text('registration_number'),
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
    /** no longer read: the mobility's check moved to `fact_checks` (migration 0011 copied it there) */
    mobilityCheckedAt: timestamp('mobility_checked_at', { withTimezone: true }),
    mobilityCheckedBy: uuid('mobility_checked_by'),
    /**
     * the checks of the declared facts that give points (mobility, dalo, cal_history), by fact:
     * { status: checked | unchecked, source: agent | registry, at, by?, reason?, documentId? } (StoredFactChecks)
     */
    factChecks: jsonb('fact_checks'),
    /** the renewal due date the last reminder was sent for */
    lastReminderFor: date('last_reminder_for', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    lastRenewedAt: timestamp('last_renewed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** when its personal data was anonymised (retention period over, or the account erased) */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** optimistic locking */
    version: integer('version').notNull().default(1),
    /**
     * Agents' search (migration 0017): the applicant's names, e-mail and phone normalised by
     * PostgreSQL (demand.search_text: lower case, no accents; demand.search_phone: digits, +33 as 0).
     */
    searchName: text('search_name').generatedAlwaysAs(sql`"demand"."search_text"((data->'applicant'->>'lastName') || ' ' || (data->'applicant'->>'firstName'))`),
    searchNameFirst: text('search_name_first').generatedAlwaysAs(sql`"demand"."search_text"((data->'applicant'->>'firstName') || ' ' || (data->'applicant'->>'lastName'))`),
    searchEmail: text('search_email').generatedAlwaysAs(sql`lower(btrim(data->'applicant'->>'email'))`),
    searchPhone: text('search_phone').generatedAlwaysAs(sql`"demand"."search_phone"(data->'applicant'->>'phone')`),
  },
  (t) => [
    index('demands_owner_idx').on(t.ownerAccountId),
    /** a registration number is unique within its registry only (decision 0010); no registry recorded counts as the SNE */
    uniqueIndex('demands_registry_registration_number_unique').on(sql`coalesce("registry", 'sne')`, t.registrationNumber),
    /** the agents' search: prefix on the normalised names and e-mail, exact phone */
    index('demands_search_name_idx').using('btree', t.searchName.op('text_pattern_ops'), t.id),
    index('demands_search_name_first_idx').using('btree', t.searchNameFirst.op('text_pattern_ops'), t.id),
    index('demands_search_email_idx').using('btree', t.searchEmail.op('text_pattern_ops'), t.id),
    index('demands_search_phone_idx').on(t.searchPhone),
    /** the search's exact lookup of a number, whatever its registry */
    index('demands_registration_number_idx').on(t.registrationNumber),
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
    index('demands_pending_documents_idx')
      .on(t.pendingDocuments)
      .where(sql`pending_documents > 0`),
    index('demands_documents_requested_idx')
      .on(t.documentsRequestedAt)
      .where(sql`documents_requested_at is not null`),
    index('demands_registration_pending_idx')
      .on(t.validatedAt)
      .where(sql`registration_number is null and validated_at is not null`),
    /** the platform figures (GET /stats): DALO demands and numbers delivered through the platform, counted from these small indexes alone */
    index('demands_dalo_idx')
      .on(t.status)
      .where(sql`dalo`),
    index('demands_platform_registered_idx')
      .on(t.status)
      .where(sql`source = 'platform' and registration_number is not null`),
    /** the retention run: closed demands not anonymised yet, by closing instant */
    index('demands_retention_idx')
      .on(t.closedAt)
      .where(sql`closed_at is not null and anonymised_at is null`),
  ],
);

/** The dated transitions of each demand: the applicant's timeline and the agents' record. */
export const demandHistory = demandSchema.table(
  'demand_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demands.id, { onDelete: 'cascade' }),
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
    /** at most one notification per key (a reminder per demand and due date) */
    dedupeKey: text('dedupe_key').unique(),
    ...outboxMessageColumns(),
  },
  (t) => [unsentOutboxIndex('notifications_unsent_idx', t.createdAt), index('notifications_account_idx').on(t.accountId, t.createdAt)],
);

/**
 * Supporting documents' metadata (pièces justificatives). The files live encrypted in the document
 * storage under `storage_key` (random, never derived from user input); the name the uploader's file
 * had is kept cleaned, for display only. The state history is small and kept as jsonb.
 */
export const documents = demandSchema.table(
  'documents',
  {
    id: uuid('id').primaryKey(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demands.id, { onDelete: 'cascade' }),
    /** DOCUMENT_TYPES of the catalogue */
    type: text('type').notNull(),
    /** applicant | coApplicant | otherOccupants.<i>; null for a household piece */
    person: text('person'),
    /** a tax notice's income year */
    taxYear: integer('tax_year'),
    /** uploaded | verification_pending | verified | rejected | expired */
    status: text('status').notNull(),
    originalName: text('original_name').notNull(),
    /** detected from the content: application/pdf, image/jpeg, image/png */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    /** the verification provider's reference */
    providerRef: text('provider_ref'),
    /** provider | agent | system */
    decidedBy: text('decided_by'),
    rejectionReason: text('rejection_reason'),
    replacesId: uuid('replaces_id'),
    replacedById: uuid('replaced_by_id'),
    /** a replaced piece's file may be deleted after this date (its audit period) */
    deleteAfter: date('delete_after', { mode: 'string' }),
    /** DocumentHistoryEntry[] with instants as ISO strings */
    history: jsonb('history')
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** withdrawn by its owner before any verdict */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    fileDeletedAt: timestamp('file_deleted_at', { withTimezone: true }),
    /** purged by the retention run or an erasure: personal metadata cleared, file deleted (or about to be) */
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('documents_demand_idx').on(t.demandId, t.uploadedAt),
    uniqueIndex('documents_storage_key_idx').on(t.storageKey),
    uniqueIndex('documents_provider_ref_idx')
      .on(t.providerRef)
      .where(sql`provider_ref is not null`),
    index('documents_pending_idx')
      .on(t.demandId)
      .where(sql`status in ('uploaded', 'verification_pending') and deleted_at is null`),
    index('documents_purged_file_idx')
      .on(t.id)
      .where(sql`purged_at is not null and file_deleted_at is null`),
    index('documents_files_to_delete_idx')
      .on(t.deleteAfter)
      .where(sql`file_deleted_at is null and (deleted_at is not null or delete_after is not null)`),
  ],
);

/**
 * The orphan ledger: stored files that no document row referred to when the sweeper saw them
 * (an upload whose transaction never committed), with when that was first seen. A file is deleted
 * only once it has been an orphan for the grace period.
 */
export const documentOrphanFiles = demandSchema.table('document_orphan_files', {
  storageKey: text('storage_key').primaryKey(),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
});

// ---- the import of a registry demand: attempts reserved before evaluation, proofs of the registry contact ----

/**
 * Attempt counters of the import (`import:acct:…`, `import:addr:…`, `import:num:<registry>:<number>`,
 * `import:codes:…`): fixed windows started by the first attempt, counted before each attempt is
 * evaluated and given back on success (adapters/db/repositories/drizzle-demand-import.store.ts).
 */
export const importAttempts = demandSchema.table(
  'import_attempts',
  {
    key: text('key').primaryKey(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    /** the window's length, set when it starts */
    windowSeconds: integer('window_seconds').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('import_attempts_window_idx').on(t.windowStartedAt)],
);

/** Pending proofs that an importer controls the registry's contact: the code only as an HMAC. */
export const importChallenges = demandSchema.table(
  'import_challenges',
  {
    id: uuid('id').primaryKey(),
    /** identity.accounts.id (no foreign key across modules' schemas) */
    accountId: uuid('account_id').notNull(),
    registry: text('registry').notNull(),
    registrationNumber: text('registration_number').notNull(),
    codeHash: text('code_hash').notNull(),
    channel: text('channel').notNull(),
    /** the masked address, as shown to the importer */
    sentTo: text('sent_to').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [index('import_challenges_account_number_idx').on(t.accountId, t.registrationNumber), index('import_challenges_expires_idx').on(t.expiresAt)],
);

/** Messages to the registry's contact address (the import code), delivered by the mail dispatcher; the code is erased once sent. */
export const demandContactOutbox = demandSchema.table(
  'contact_outbox',
  {
    id: uuid('id').primaryKey(),
    toEmail: text('to_email').notNull(),
    ...outboxMessageColumns(),
  },
  (t) => [unsentOutboxIndex('contact_outbox_unsent_idx', t.createdAt)],
);

/** The registry feeds read back daily (struck-off, new DALO): the day of the last successful read, from which the next read starts (migration 0014). */
export const registryFeeds = demandSchema.table(
  'registry_feeds',
  {
    registry: text('registry').notNull(),
    feed: text('feed').notNull(),
    lastSuccessOn: date('last_success_on', { mode: 'string' }),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [primaryKey({ name: 'registry_feeds_pkey', columns: [t.registry, t.feed] })],
);
