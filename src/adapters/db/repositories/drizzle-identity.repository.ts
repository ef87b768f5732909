import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  Account,
  AccountStatus,
  ApiClientRecord,
  ApiClientRepository,
  ApiClientSummary,
  AccountRepository,
  IdentityOutbox,
  Membership,
  NewAccount,
  OneTimeTokenPurpose,
  OneTimeTokenRecord,
  OneTimeTokenRepository,
  RefreshTokenRecord,
  Role,
  SessionRecord,
  SessionRepository,
  SessionState,
} from '../../../modules/identity/index';
import { identityError } from '../../../modules/identity/index';
import type { Database } from '../database';
import { prepared } from '../prepared';
import { pgErrorCode } from '../database';
import { accounts, apiClients, identityOutbox, memberships, oneTimeTokens, refreshTokens, sessions } from '../schema/identity.schema';

type AccountRow = typeof accounts.$inferSelect;

function toAccount(row: AccountRow, ms: Membership[]): Account {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.passwordHash,
    role: row.role as Role,
    displayName: row.displayName,
    status: row.status as AccountStatus,
    memberships: ms,
    createdAt: row.createdAt,
  };
}

export class DrizzleAccountRepository implements AccountRepository {
  constructor(private readonly database: Database) {}

  private async withMemberships(row: AccountRow | undefined): Promise<Account | null> {
    if (!row) return null;
    const ms = await this.database.db.select({ orgKind: memberships.orgKind, orgId: memberships.orgId }).from(memberships).where(eq(memberships.accountId, row.id));
    return toAccount(row, ms as Membership[]);
  }

  async findByEmail(email: string): Promise<Account | null> {
    const [row] = await this.database.db.select().from(accounts).where(eq(accounts.email, email)).limit(1);
    return this.withMemberships(row);
  }

  async findById(id: string): Promise<Account | null> {
    const [row] = await this.database.db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
    return this.withMemberships(row);
  }

  async statusesOf(ids: readonly string[]): Promise<Map<string, AccountStatus>> {
    if (ids.length === 0) return new Map();
    const rows = await this.database.db
      .select({ id: accounts.id, status: accounts.status })
      .from(accounts)
      .where(inArray(accounts.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r.status as AccountStatus]));
  }

  async create(a: NewAccount): Promise<Account> {
    try {
      return await this.database.transaction(async () => {
        const [row] = await this.database.db
          .insert(accounts)
          .values({ id: a.id, email: a.email, passwordHash: a.passwordHash, role: a.role, displayName: a.displayName, status: a.status })
          .returning();
        if (a.memberships.length) {
          await this.database.db.insert(memberships).values(a.memberships.map((m) => ({ accountId: a.id, orgKind: m.orgKind, orgId: m.orgId })));
        }
        return toAccount(row!, a.memberships);
      });
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw identityError.emailTaken();
      throw error;
    }
  }

  async erase(id: string, replacement: { email: string; displayName: string }): Promise<void> {
    await this.database.db
      .update(accounts)
      .set({ email: replacement.email, displayName: replacement.displayName, passwordHash: null, status: 'erased', updatedAt: new Date() })
      .where(eq(accounts.id, id));
    await this.database.db.delete(memberships).where(eq(memberships.accountId, id));
  }

  async setStatus(id: string, status: AccountStatus): Promise<void> {
    await this.database.db.update(accounts).set({ status, updatedAt: new Date() }).where(eq(accounts.id, id));
  }

  async setPasswordHash(id: string, hash: string): Promise<void> {
    await this.database.db.update(accounts).set({ passwordHash: hash, updatedAt: new Date() }).where(eq(accounts.id, id));
  }

  async countByRole(): Promise<Record<string, number>> {
    const rows = await this.database.db
      .select({ role: accounts.role, n: sql<number>`count(*)::int` })
      .from(accounts)
      .groupBy(accounts.role);
    return Object.fromEntries(rows.map((r) => [r.role, Number(r.n)]));
  }
}

export class DrizzleSessionRepository implements SessionRepository {
  /** the per-request deny-list check, prepared (see prepared.ts) */
  private readonly state;

  constructor(private readonly database: Database) {
    this.state = prepared(database, 'identity_session_state', (db) =>
      db
        .select({
          accountId: sessions.accountId,
          kind: sessions.kind,
          revokedAt: sessions.revokedAt,
          expiresAt: sessions.expiresAt,
          accountStatus: accounts.status,
          role: accounts.role,
          companyId: sql<string | null>`(select min(m.org_id::text) from identity.memberships m where m.account_id = ${accounts.id} and m.org_kind = 'company')`,
          landlordId: sql<string | null>`(select min(m.org_id::text) from identity.memberships m where m.account_id = ${accounts.id} and m.org_kind = 'landlord')`,
        })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(eq(sessions.id, sql.placeholder('id')))
        .limit(1),
    );
  }

  async createSession(s: Parameters<SessionRepository['createSession']>[0]): Promise<void> {
    await this.database.db.insert(sessions).values({
      id: s.id,
      accountId: s.accountId,
      kind: s.kind,
      expiresAt: s.expiresAt,
      secretHash: s.secretHash ?? null,
      ip: s.ip ?? null,
      userAgent: s.userAgent ?? null,
    });
  }

  async findSession(id: string): Promise<SessionRecord | null> {
    const [row] = await this.database.db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
    return row ? { id: row.id, accountId: row.accountId, kind: row.kind as SessionRecord['kind'], expiresAt: row.expiresAt, revokedAt: row.revokedAt } : null;
  }

  async findSessionBySecretHash(secretHash: string): Promise<SessionRecord | null> {
    const [row] = await this.database.db.select().from(sessions).where(eq(sessions.secretHash, secretHash)).limit(1);
    return row ? { id: row.id, accountId: row.accountId, kind: row.kind as SessionRecord['kind'], expiresAt: row.expiresAt, revokedAt: row.revokedAt } : null;
  }

  async revokeSession(id: string, reason: string): Promise<void> {
    await this.database.db
      .update(sessions)
      .set({ revokedAt: new Date(), revokedReason: reason })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  }

  async endSession(id: string, reason: string): Promise<boolean> {
    const ended = await this.database.db
      .update(sessions)
      .set({ revokedAt: new Date(), revokedReason: reason })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    return ended.length === 1;
  }

  async revokeAllForAccount(accountId: string, reason: string): Promise<void> {
    await this.database.db
      .update(sessions)
      .set({ revokedAt: new Date(), revokedReason: reason })
      .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)));
  }

  async addRefreshToken(t: { id: string; sessionId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.database.db.insert(refreshTokens).values(t);
  }

  async findRefreshTokenForUpdate(tokenHash: string): Promise<RefreshTokenRecord | null> {
    const [row] = await this.database.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).for('update').limit(1);
    return row ? { id: row.id, sessionId: row.sessionId, expiresAt: row.expiresAt, usedAt: row.usedAt } : null;
  }

  async markRefreshTokenUsed(id: string, at: Date): Promise<void> {
    await this.database.db.update(refreshTokens).set({ usedAt: at }).where(eq(refreshTokens.id, id));
  }

  async sessionState(sessionId: string): Promise<SessionState | null> {
    const [row] = await this.state({ id: sessionId });
    return row
      ? {
          accountId: row.accountId,
          kind: row.kind as SessionRecord['kind'],
          revokedAt: row.revokedAt,
          expiresAt: row.expiresAt,
          accountStatus: row.accountStatus as AccountStatus,
          role: row.role as Role,
          companyId: row.companyId ?? null,
          landlordId: row.landlordId ?? null,
        }
      : null;
  }
}

export class DrizzleApiClientRepository implements ApiClientRepository {
  constructor(private readonly database: Database) {}
  async create(c: Omit<ApiClientRecord, 'revokedAt'>): Promise<void> {
    await this.database.db.insert(apiClients).values(c);
  }
  async findByClientId(clientId: string): Promise<ApiClientRecord | null> {
    const [row] = await this.database.db.select().from(apiClients).where(eq(apiClients.clientId, clientId)).limit(1);
    return row ? { id: row.id, clientId: row.clientId, secretHash: row.secretHash, accountId: row.accountId, name: row.name, revokedAt: row.revokedAt } : null;
  }
  async listForLandlord(landlordId: string): Promise<ApiClientSummary[]> {
    const rows = await this.database.db
      .select({ clientId: apiClients.clientId, name: apiClients.name, accountId: apiClients.accountId, createdAt: apiClients.createdAt, revokedAt: apiClients.revokedAt })
      .from(apiClients)
      .innerJoin(memberships, and(eq(memberships.accountId, apiClients.accountId), eq(memberships.orgKind, 'landlord'), eq(memberships.orgId, landlordId)))
      .orderBy(desc(apiClients.createdAt), apiClients.clientId)
      .limit(200);
    return rows;
  }
  async revoke(clientId: string, at: Date): Promise<boolean> {
    const done = await this.database.db
      .update(apiClients)
      .set({ revokedAt: at })
      .where(and(eq(apiClients.clientId, clientId), isNull(apiClients.revokedAt)))
      .returning({ id: apiClients.id });
    return done.length > 0;
  }
}

export class DrizzleOneTimeTokenRepository implements OneTimeTokenRepository {
  constructor(private readonly database: Database) {}

  async add(t: { id: string; accountId: string; purpose: OneTimeTokenPurpose; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.database.db.insert(oneTimeTokens).values(t);
  }

  async findByHashForUpdate(tokenHash: string): Promise<OneTimeTokenRecord | null> {
    const [row] = await this.database.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.tokenHash, tokenHash)).for('update').limit(1);
    return row ? { id: row.id, accountId: row.accountId, purpose: row.purpose as OneTimeTokenPurpose, expiresAt: row.expiresAt, usedAt: row.usedAt } : null;
  }

  async useAll(accountId: string, purpose: OneTimeTokenPurpose, at: Date): Promise<void> {
    await this.database.db
      .update(oneTimeTokens)
      .set({ usedAt: at })
      .where(and(eq(oneTimeTokens.accountId, accountId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
  }
}

export class DrizzleIdentityOutbox implements IdentityOutbox {
  constructor(private readonly database: Database) {}

  async add(message: Parameters<IdentityOutbox['add']>[0]): Promise<void> {
    await this.database.db.insert(identityOutbox).values({ toEmail: message.toEmail, kind: message.kind, payload: message.payload });
  }

  async forgetAddress(email: string): Promise<void> {
    await this.database.db.delete(identityOutbox).where(eq(identityOutbox.toEmail, email));
  }
}
