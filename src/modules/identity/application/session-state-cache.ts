import type { SessionRepository, SessionState } from '../ports';

export type { SessionState };

/** Forgets before the revocation and again once it is done, committed or not. */
async function around(forget: () => void, revoke: () => Promise<void>): Promise<void> {
  forget();
  try {
    await revoke();
  } finally {
    forget();
  }
}

/** How long after a revocation began its session or account is never cached (longer than any transaction holding it). */
export const REVOCATION_QUIET_MS = 30_000;
const MAX_ENTRIES = 20_000;

/**
 * The per-request deny-list check (session revoked? account disabled?) kept a short time in memory:
 * every authenticated request read it, one statement of two or three on the hottest reads.
 *
 * Only a state that lets the request through is kept, at most `ttlMs`. Every revocation in this
 * process (logout, refresh-token reuse, disabled or erased account) goes through the session
 * repository this wraps: it drops the session's (or the account's) entry at once and, for
 * REVOCATION_QUIET_MS, neither reads from nor writes to the cache for that session or account — a
 * request reading the state before the revocation's transaction commits cannot put the old state
 * back. So in one process a revocation ends access at once, as without the cache; another instance
 * (several behind a load balancer) sees it within `ttlMs` (docs/scaling.md). `ttlMs = 0`: no cache.
 */
export class SessionStateCache {
  private readonly entries = new Map<string, { state: SessionState; until: number }>();
  private readonly quietSessions = new Map<string, number>();
  private readonly quietAccounts = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The repository with the cache in front of its state read and behind its revocations. */
  wrap(repository: SessionRepository): SessionRepository {
    if (this.ttlMs <= 0) return repository;
    return Object.assign(Object.create(repository) as SessionRepository, {
      sessionState: (id: string) => this.state(repository, id),
      revokeSession: (id: string, reason: string) => around(() => this.forgetSession(id), () => repository.revokeSession(id, reason)),
      revokeAllForAccount: (accountId: string, reason: string) => around(() => this.forgetAccount(accountId), () => repository.revokeAllForAccount(accountId, reason)),
    });
  }

  get size(): number {
    return this.entries.size;
  }

  private async state(repository: SessionRepository, id: string): Promise<SessionState | null> {
    const now = this.now();
    const quiet = this.isQuiet(this.quietSessions, id, now);
    if (!quiet) {
      const hit = this.entries.get(id);
      if (hit && hit.until > now && !this.isQuiet(this.quietAccounts, hit.state.accountId, now)) return hit.state;
      if (hit) this.entries.delete(id);
    }
    const state = await repository.sessionState(id);
    const after = this.now();
    const usable = state && !state.revokedAt && state.accountStatus === 'active';
    if (usable && !this.isQuiet(this.quietSessions, id, after) && !this.isQuiet(this.quietAccounts, state.accountId, after)) {
      if (this.entries.size >= MAX_ENTRIES) this.prune(after);
      this.entries.set(id, { state, until: after + this.ttlMs });
    }
    return state;
  }

  private forgetSession(id: string): void {
    this.entries.delete(id);
    this.quietSessions.set(id, this.now() + REVOCATION_QUIET_MS);
    if (this.quietSessions.size > MAX_ENTRIES) this.pruneQuiet(this.quietSessions);
  }

  private forgetAccount(accountId: string): void {
    for (const [id, e] of this.entries) if (e.state.accountId === accountId) this.entries.delete(id);
    this.quietAccounts.set(accountId, this.now() + REVOCATION_QUIET_MS);
    if (this.quietAccounts.size > MAX_ENTRIES) this.pruneQuiet(this.quietAccounts);
  }

  private isQuiet(map: Map<string, number>, key: string, now: number): boolean {
    const until = map.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    map.delete(key);
    return false;
  }

  private prune(now: number): void {
    for (const [id, e] of this.entries) if (e.until <= now) this.entries.delete(id);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }

  private pruneQuiet(map: Map<string, number>): void {
    const now = this.now();
    // the live marks stay, however many: they are what keeps a revoked session out of the cache
    for (const [k, until] of map) if (until <= now) map.delete(k);
  }
}
