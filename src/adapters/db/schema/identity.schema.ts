import { sql } from 'drizzle-orm';
import { bigserial, index, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { outboxMessageColumns, unsentOutboxIndex } from './outbox-delivery.columns';

/** Tables of the identity module (PostgreSQL schema `identity`). */
export const identity = pgSchema('identity');

export const accounts = identity.table(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull().unique(),
    passwordHash: text('password_hash'),
    role: text('role').notNull(),
    displayName: text('display_name').notNull(),
    status: text('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('accounts_role_idx').on(t.role),
    /** the audit trail's search by person: prefix of the name or the e-mail, lower-cased (migration 0017) */
    index('accounts_display_name_search_idx').using('btree', sql`lower(${t.displayName}) text_pattern_ops`),
    index('accounts_email_search_idx').using('btree', sql`lower(${t.email}) text_pattern_ops`),
  ],
);

/** Which company or landlord an account acts for. */
export const memberships = identity.table(
  'memberships',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    orgKind: text('org_kind').notNull(), // 'company' | 'landlord'
    orgId: uuid('org_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.orgKind, t.orgId] }), index('memberships_org_idx').on(t.orgKind, t.orgId)],
);

/** A sign-in: the family of rotating refresh tokens (API) or an admin cookie session. */
export const sessions = identity.table(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // 'api' | 'admin' | 'company_portal' | 'client' | 'invitation'
    secretHash: text('secret_hash').unique(), // cookie sessions: hash of the cookie's token; invitations: hash of the one-time token
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

export const refreshTokens = identity.table(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);

/** A connected landlord's system: client credentials (the secret is stored hashed). */
export const apiClients = identity.table('api_clients', {
  id: uuid('id').primaryKey(),
  clientId: text('client_id').notNull().unique(),
  secretHash: text('secret_hash').notNull(),
  accountId: uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** E-mail confirmation and password-reset links: only the token's SHA-256 is stored (unique: looked up by it). */
export const oneTimeTokens = identity.table(
  'one_time_tokens',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(), // 'confirmation' | 'reset'
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    index('one_time_tokens_account_idx')
      .on(t.accountId, t.purpose)
      .where(sql`used_at is null`),
  ],
);

/**
 * The identity module's mails (confirmation and reset links, "someone tried to register"), addressed
 * by e-mail. The usable link in `payload` is removed once the message is mailed (or given up).
 */
export const identityOutbox = identity.table(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    toEmail: text('to_email').notNull(),
    ...outboxMessageColumns(),
  },
  (t) => [unsentOutboxIndex('identity_outbox_unsent_idx', t.createdAt)],
);
