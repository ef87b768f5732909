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
  revokeAllForAccount(accountId: string, reason: string): Promise<void>;
  addRefreshToken(t: { id: string; sessionId: string; tokenHash: string; expiresAt: Date }): Promise<void>;
  /** locks the token row (FOR UPDATE) so that two concurrent refreshes cannot both rotate it */
  findRefreshTokenForUpdate(tokenHash: string): Promise<RefreshTokenRecord | null>;
  markRefreshTokenUsed(id: string, at: Date): Promise<void>;
  /** the account status and the session revocation in one read: the per-request deny-list check */
  sessionState(sessionId: string): Promise<{ accountId: string; revokedAt: Date | null; expiresAt: Date; accountStatus: AccountStatus } | null>;
}

export interface ApiClientRecord {
  id: string;
  clientId: string;
  secretHash: string;
  accountId: string;
  name: string;
  revokedAt: Date | null;
}

export interface ApiClientRepository {
  create(c: Omit<ApiClientRecord, 'revokedAt'>): Promise<void>;
  findByClientId(clientId: string): Promise<ApiClientRecord | null>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
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

/** Slows down password guessing per account and per address. */
export interface LoginThrottle {
  /** throws DomainError rate_limited IDENTITY.TOO_MANY_ATTEMPTS when blocked */
  check(accountKey: string, address: string): Promise<void>;
  recordFailure(accountKey: string, address: string): Promise<void>;
  recordSuccess(accountKey: string, address: string): Promise<void>;
}

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
