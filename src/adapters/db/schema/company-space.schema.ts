import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outboxMessageColumns, unsentOutboxIndex } from './outbox-delivery.columns';

/** Tables of the company-space module (PostgreSQL schema `company_space`). */
export const companySpace = pgSchema('company_space');

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The companies referential; `space_status` null: no space. */
export const companies = companySpace.table(
  'companies',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    siren: text('siren').notNull().unique(),
    headcount: integer('headcount'),
    contribution: text('contribution').notNull().default('none'),
    delegatesToAls: boolean('delegates_to_als').notNull().default(false),
    spaceStatus: text('space_status'),
    spaceUpdatedAt: ts('space_updated_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('companies_space_status_idx').on(t.spaceStatus),
    index('companies_name_idx').on(t.name),
    check('companies_contribution_check', sql`${t.contribution} in ('contributing', 'compensated', 'none')`),
    check('companies_space_status_check', sql`${t.spaceStatus} is null or ${t.spaceStatus} in ('requested', 'configured', 'deployed', 'suspended')`),
    check('companies_headcount_check', sql`${t.headcount} is null or ${t.headcount} >= 0`),
  ],
);

/** Establishment SIRETs of a company: the employer SIRET of a demand matches any of them. */
export const companySirets = companySpace.table(
  'company_sirets',
  {
    siret: text('siret').primaryKey(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('company_sirets_company_idx').on(t.companyId)],
);

/** The dated history of each space's status. */
export const companySpaceEvents = companySpace.table(
  'space_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorAccountId: uuid('actor_account_id'),
    reason: text('reason'),
  },
  (t) => [index('space_events_company_idx').on(t.companyId, t.at)],
);

/** Requests for a space, made by companies through the public endpoint. */
export const companySpaceRequests = companySpace.table(
  'space_requests',
  {
    id: uuid('id').primaryKey(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    siret: text('siret').notNull(),
    companyName: text('company_name').notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    requestedAt: ts('requested_at').notNull(),
    handledAt: ts('handled_at'),
  },
  (t) => [
    index('space_requests_requested_idx').on(t.requestedAt),
    index('space_requests_open_idx')
      .on(t.companyId)
      .where(sql`handled_at is null`),
  ],
);

/** Company managers invited by an agent (the account lives in the identity module). */
export const companyManagers = companySpace.table(
  'managers',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    invitedAt: ts('invited_at').notNull(),
    invitedByAccountId: uuid('invited_by_account_id'),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.accountId] }), index('managers_email_idx').on(t.email)],
);

/** Notifications to send (invitation links…); a mailer marks them sent. */
export const companyOutbox = companySpace.table(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    toEmail: text('to_email').notNull(),
    ...outboxMessageColumns(),
  },
  (t) => [unsentOutboxIndex('outbox_unsent_idx', t.createdAt)],
);

/** What each tranche means for the company (readable by its employees). */
export const companyPolicyDescriptions = companySpace.table(
  'policy_descriptions',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    tranche: text('tranche').notNull(),
    description: text('description').notNull(),
    updatedAt: ts('updated_at').notNull(),
    updatedByAccountId: uuid('updated_by_account_id'),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.tranche] }), check('policy_descriptions_tranche_check', sql`${t.tranche} in ('A', 'B', 'C')`)],
);

/**
 * Yearly quota per tranche and the units used. The CHECK makes exceeding the quota impossible
 * whatever the code does; grants take a unit with `update … set used = used + 1 where used < quota`.
 */
export const companyTrancheQuotas = companySpace.table(
  'tranche_quotas',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    tranche: text('tranche').notNull(),
    quota: integer('quota').notNull(),
    used: integer('used').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.year, t.tranche] }),
    check('tranche_quotas_tranche_check', sql`${t.tranche} in ('A', 'B', 'C')`),
    check('tranche_quotas_used_check', sql`${t.quota} >= 0 and ${t.used} >= 0 and ${t.used} <= ${t.quota}`),
  ],
);

/** One validation request per demand, attached to the company holding the employer SIRET (null while none does). */
export const companyEmployeeValidations = companySpace.table(
  'employee_validations',
  {
    demandId: uuid('demand_id').primaryKey(),
    employerSiret: text('employer_siret').notNull(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    applicantFirstName: text('applicant_first_name').notNull(),
    applicantLastName: text('applicant_last_name').notNull(),
    applicantAccountId: uuid('applicant_account_id'),
    requestedAt: ts('requested_at').notNull(),
    status: text('status').notNull(),
    validatedBy: text('validated_by'),
    validatedAt: ts('validated_at'),
    withdrawnAt: ts('withdrawn_at'),
    decidedAt: ts('decided_at'),
    decidedByAccountId: uuid('decided_by_account_id'),
    reason: text('reason'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('employee_validations_company_idx').on(t.companyId, t.status, t.requestedAt),
    index('employee_validations_unmatched_idx')
      .on(t.employerSiret)
      .where(sql`company_id is null`),
    check('employee_validations_status_check', sql`${t.status} in ('pending', 'validated', 'rejected', 'withdrawn')`),
    check('employee_validations_validated_by_check', sql`${t.validatedBy} is null or ${t.validatedBy} in ('manager', 'delegation')`),
  ],
);

/** The dated history of each validation request. */
export const companyValidationEvents = companySpace.table(
  'validation_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    demandId: uuid('demand_id').notNull(),
    companyId: uuid('company_id'),
    action: text('action').notNull(),
    at: ts('at').notNull(),
    actorAccountId: uuid('actor_account_id'),
    reason: text('reason'),
  },
  (t) => [index('validation_events_demand_idx').on(t.demandId, t.at)],
);

/** Tranches granted to employees; at most one unrevoked grant per company, demand and tranche. */
export const companyTrancheGrants = companySpace.table(
  'tranche_grants',
  {
    id: uuid('id').primaryKey(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    demandId: uuid('demand_id').notNull(),
    tranche: text('tranche').notNull(),
    year: integer('year').notNull(),
    reason: text('reason').notNull(),
    grantedAt: ts('granted_at').notNull(),
    grantedByAccountId: uuid('granted_by_account_id'),
    revokedAt: ts('revoked_at'),
    revokedByAccountId: uuid('revoked_by_account_id'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    uniqueIndex('tranche_grants_active_idx')
      .on(t.companyId, t.demandId, t.tranche)
      .where(sql`revoked_at is null`),
    index('tranche_grants_demand_idx').on(t.demandId),
    check('tranche_grants_tranche_check', sql`${t.tranche} in ('A', 'B', 'C')`),
  ],
);
