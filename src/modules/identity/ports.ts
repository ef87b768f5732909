import type { Account, AccountStatus, Membership, Role } from './domain/account';

export interface NewAccount {
  id: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  displayName: string;
  status: AccountStatus;
  memberships: Membership[];
}

export interface AccountRepository {
  findByEmail(email: string): Promise<Account | null>;
  findById(id: string): Promise<Account | null>;
  /** the status of each account given that exists, by id; one query */
  statusesOf(ids: readonly string[]): Promise<Map<string, AccountStatus>>;
  /** throws DomainError conflict IDENTITY.EMAIL_TAKEN when the email exists */
  create(account: NewAccount): Promise<Account>;
  setStatus(id: string, status: AccountStatus): Promise<void>;
  setPasswordHash(id: string, hash: string): Promise<void>;
  /** Erasure: replaces the email and name, removes the password and memberships, status `erased`. */
  erase(id: string, replacement: { email: string; displayName: string }): Promise<void>;
  countByRole(): Promise<Record<string, number>>;
}

export interface SessionRecord {
  id: string;
  accountId: string;
  kind: 'api' | 'admin' | 'company_portal' | 'client' | 'invitation';
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface SessionState {
  accountId: string;
  kind: SessionRecord['kind'];
  revokedAt: Date | null;
  expiresAt: Date;
  accountStatus: AccountStatus;
  role: Role;
  /** the account's company (company_manager) or landlord (landlord roles), as `principalOf` reads them */
  companyId: string | null;
  landlordId: string | null;
}

export interface RefreshTokenRecord {
  id: string;
  sessionId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface SessionRepository {
  createSession(s: { id: string; accountId: string; kind: SessionRecord['kind']; expiresAt: Date; secretHash?: string; ip?: string; userAgent?: string }): Promise<void>;
  findSession(id: string): Promise<SessionRecord | null>;
  findSessionBySecretHash(secretHash: string): Promise<SessionRecord | null>;
  revokeSession(id: string, reason: string): Promise<void>;
  /** revokes the session if it is not yet: true for the one caller that did (an invitation used once) */
  endSession(id: string, reason: string): Promise<boolean>;
  revokeAllForAccount(accountId: string, reason: string): Promise<void>;
  addRefreshToken(t: { id: string; sessionId: string; tokenHash: string; expiresAt: Date }): Promise<void>;
  /** locks the token row (FOR UPDATE) so that two concurrent refreshes cannot both rotate it */
  findRefreshTokenForUpdate(tokenHash: string): Promise<RefreshTokenRecord | null>;
  markRefreshTokenUsed(id: string, at: Date): Promise<void>;
  /**
   * The per-request check in one read: the session (kind, revocation, expiry) and its account (status,
   * role and organisations, which an access token's claims must equal).
   */
  sessionState(sessionId: string): Promise<SessionState | null>;
}

export interface ApiClientRecord {
  id: string;
  clientId: string;
  secretHash: string;
  accountId: string;
  name: string;
  revokedAt: Date | null;
}

/** A connected system as its landlord sees it (never its secret). */
export interface ApiClientSummary {
  clientId: string;
  name: string;
  accountId: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface ApiClientRepository {
  create(c: Omit<ApiClientRecord, 'revokedAt'>): Promise<void>;
  findByClientId(clientId: string): Promise<ApiClientRecord | null>;
  /** the clients whose account is a member of the landlord, newest first */
  listForLandlord(landlordId: string): Promise<ApiClientSummary[]>;
  /** marks the client revoked (once: false when it was already) */
  revoke(clientId: string, at: Date): Promise<boolean>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** `hash` null (no such account, no password yet): compared with a dummy hash of the same cost, always false */
  verify(password: string, hash: string | null): Promise<boolean>;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
  companyId?: string;
  landlordId?: string;
}

export interface AccessTokenService {
  issue(claims: AccessTokenClaims): { token: string; expiresIn: number };
  /** throws DomainError unauthorized IDENTITY.TOKEN_INVALID / IDENTITY.TOKEN_EXPIRED */
  verify(token: string): AccessTokenClaims;
}

/**
 * Slows down password guessing. Consume first: `reserve` counts the attempt before the password is
 * checked (so attempts sent at once cannot all pass), `succeeded` gives it back when it was right.
 * The hard limit is per account *and* address (and per address); account-wide only delays.
 */
export interface LoginThrottle {
  /** throws DomainError rate_limited IDENTITY.TOO_MANY_ATTEMPTS when this attempt may not be made now */
  reserve(accountKey: string, address: string): Promise<void>;
  /** the reserved attempt was right: it does not count, and the account's failures are forgotten */
  succeeded(accountKey: string, address: string): Promise<void>;
}

/** What the unauthenticated account flows count per client address (registration, links, invitations). */
export type AddressLimitedAction = 'register' | 'confirm' | 'reset_request' | 'reset' | 'invitation' | 'mail_to';

/**
 * Limits of the unauthenticated account flows, consume first (counted when the request arrives):
 * per client address for each flow, and per recipient address for `mail_to` (the identity mails one
 * address receives, so that nobody is flooded through registrations or reset requests).
 */
export interface AddressLimits {
  /** throws DomainError rate_limited IDENTITY.TOO_MANY_REQUESTS when the key has no request left for this action */
  consume(action: AddressLimitedAction, key: string): Promise<void>;
}

/** The links of the identity mails and how long they stay usable. */
export interface AccountFlowSettings {
  /** the platform's public address (the applicant portal serves the pages of the links) */
  publicUrl: string;
  confirmationTtlSeconds: number;
  resetTtlSeconds: number;
}

export type OneTimeTokenPurpose = 'confirmation' | 'reset';

export interface OneTimeTokenRecord {
  id: string;
  accountId: string;
  purpose: OneTimeTokenPurpose;
  expiresAt: Date;
  usedAt: Date | null;
}

/** E-mail confirmation and password-reset links: only the token's hash is stored (unique index). */
export interface OneTimeTokenRepository {
  add(t: { id: string; accountId: string; purpose: OneTimeTokenPurpose; tokenHash: string; expiresAt: Date }): Promise<void>;
  /** by the token's hash (an index lookup), locked FOR UPDATE so that two uses race to one */
  findByHashForUpdate(tokenHash: string): Promise<OneTimeTokenRecord | null>;
  /** marks every unused token of the account and purpose used (the one used, and its older siblings) */
  useAll(accountId: string, purpose: OneTimeTokenPurpose, at: Date): Promise<void>;
}

/** A message of the identity module to an address (`identity.outbox`), delivered by the mail adapter. */
export interface IdentityOutbox {
  add(message: { toEmail: string; kind: IdentityMailKind; payload: Record<string, unknown> }): Promise<void>;
  /** erasure: the messages to this address, sent or not, are deleted */
  forgetAddress(email: string): Promise<void>;
}

export type IdentityMailKind = 'identity.email_confirmation' | 'identity.account_exists' | 'identity.password_reset';

/** Where security events go (login failures, revocations). The audit trail implements it later. */
export interface SecurityEventSink {
  record(event: { type: string; accountId?: string; email?: string; address?: string; detail?: string }): Promise<void> | void;
}

export interface IdentitySettings {
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  adminSessionTtlSeconds: number;
  /** how long a session's deny-list check may be reused in memory (SessionStateCache); 0 or absent: never */
  sessionCheckCacheMs?: number;
}
