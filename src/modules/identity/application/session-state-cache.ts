import { LRUCache } from 'lru-cache';
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
 *
 * lru-cache keeps the times to live and the bound (MAX_ENTRIES states, least recently used out
 * first). The revocation marks have no bound, however many: they are what keeps a revoked session
 * out of the cache; each is dropped when its quiet time ends.
 */
export class SessionStateCache {
  private readonly entries: LRUCache<string, SessionState>;
  private readonly quietSessions: LRUCache<string, true>;
  private readonly quietAccounts: LRUCache<string, true>;

  constructor(
    private readonly ttlMs: number,
    now: () => number = Date.now,
  ) {
    // lru-cache reads a start time of 0 as "no time to live": the offset keeps a clock that starts
    // at 0 (tests) meaningful; ttlResolution 0 reads the clock at every look-up
    const perf = { now: () => now() + 1 };
    this.entries = new LRUCache({ max: MAX_ENTRIES, ttl: Math.max(ttlMs, 1), perf, ttlResolution: 0 });
    this.quietSessions = new LRUCache({ ttl: REVOCATION_QUIET_MS, ttlAutopurge: true, perf, ttlResolution: 0 });
    this.quietAccounts = new LRUCache({ ttl: REVOCATION_QUIET_MS, ttlAutopurge: true, perf, ttlResolution: 0 });
  }

  /** The repository with the cache in front of its state read and behind its revocations. */
  wrap(repository: SessionRepository): SessionRepository {
    if (this.ttlMs <= 0) return repository;
    return Object.assign(Object.create(repository) as SessionRepository, {
      sessionState: (id: string) => this.state(repository, id),
      revokeSession: (id: string, reason: string) =>
        around(
          () => this.forgetSession(id),
          () => repository.revokeSession(id, reason),
        ),
      revokeAllForAccount: (accountId: string, reason: string) =>
        around(
          () => this.forgetAccount(accountId),
          () => repository.revokeAllForAccount(accountId, reason),
        ),
    });
  }

  get size(): number {
    return this.entries.size;
  }

  private async state(repository: SessionRepository, id: string): Promise<SessionState | null> {
    if (!this.quietSessions.has(id)) {
      const hit = this.entries.get(id);
      if (hit && !this.quietAccounts.has(hit.accountId)) return hit;
      if (hit) this.entries.delete(id);
    }
    const state = await repository.sessionState(id);
    const usable = state && !state.revokedAt && state.accountStatus === 'active';
    if (usable && !this.quietSessions.has(id) && !this.quietAccounts.has(state.accountId)) this.entries.set(id, state);
    return state;
  }

  private forgetSession(id: string): void {
    this.entries.delete(id);
    this.quietSessions.set(id, true);
  }

  private forgetAccount(accountId: string): void {
    const ofAccount = [...this.entries.entries()].filter(([, state]) => state.accountId === accountId).map(([id]) => id);
    for (const id of ofAccount) this.entries.delete(id);
    this.quietAccounts.set(accountId, true);
  }
}
