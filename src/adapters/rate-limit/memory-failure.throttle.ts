import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../../shared/errors';

export interface FailureThrottleSettings {
  /** names the counters (e.g. `login`, `demand-import`) */
  keyPrefix: string;
  maxPerAccount: number;
  maxPerAddress: number;
  /** the window in which failures count, and the wait once blocked */
  windowSeconds: number;
  /** code and French message of the DomainError `rate_limited` thrown once blocked (429 with Retry-After) */
  code: string;
  message: string;
}

/** The DomainError `rate_limited` of a refused attempt, with the longest wait of the refusing counters. */
export function rateLimited(code: string, message: string, msBeforeNext: number[]): DomainError {
  const retryAfterSeconds = Math.max(1, ...msBeforeNext.map((ms) => Math.ceil(ms / 1000)));
  return new DomainError('rate_limited', code, message, { details: { retryAfterSeconds } });
}

/**
 * Consume first: takes one point from each limiter (in order) before the attempt is evaluated;
 * when one refuses, the points already taken from the others are given back and the refusal is
 * thrown. Concurrent attempts therefore cannot all pass a check made before any of them is counted.
 * Returns the function that gives every point back (the attempt succeeded).
 */
export async function consumeFirst(
  counters: readonly { limiter: RateLimiterMemory; key: string }[],
  refuse: (msBeforeNext: number[]) => Error,
): Promise<() => Promise<void>> {
  const taken: { limiter: RateLimiterMemory; key: string }[] = [];
  for (const c of counters) {
    try {
      await c.limiter.consume(c.key, 1);
      taken.push(c);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await Promise.all(taken.map((t) => t.limiter.reward(t.key, 1)));
      throw refuse([rejection.msBeforeNext]);
    }
  }
  return async () => {
    await Promise.all(taken.map((t) => t.limiter.reward(t.key, 1)));
  };
}

/**
 * Counts attempts (sign-ins, demand imports…) per account and per client address in a window;
 * past either limit, the caller waits for the window (DomainError rate_limited with
 * `retryAfterSeconds`). In memory, per process: with several instances, swap for the PostgreSQL
 * store of the same library (see docs/scaling.md).
 *
 * Use `reserve` (consume first): one attempt is counted before it is evaluated and `giveBack` returns
 * it when the attempt succeeded, so that N attempts sent at once are N attempts, not N checks that all
 * pass before the first failure is recorded. `check` + `recordFailure` (count after evaluating) are
 * kept for callers not yet moved to `reserve`; they let a parallel burst through.
 */
export class MemoryFailureThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(private readonly settings: FailureThrottleSettings) {
    const window = { duration: settings.windowSeconds, blockDuration: settings.windowSeconds };
    this.perAccount = new RateLimiterMemory({ keyPrefix: `${settings.keyPrefix}:acct`, points: settings.maxPerAccount, ...window });
    this.perAddress = new RateLimiterMemory({ keyPrefix: `${settings.keyPrefix}:addr`, points: settings.maxPerAddress, ...window });
  }

  /** Counts one attempt for the account and the address before it is evaluated; throws rate_limited when either has none left. */
  async reserve(accountKey: string, address: string): Promise<void> {
    await consumeFirst(
      [{ limiter: this.perAccount, key: accountKey }, { limiter: this.perAddress, key: address || 'unknown' }],
      (ms) => rateLimited(this.settings.code, this.settings.message, ms),
    );
  }

  /** The reserved attempt succeeded: it does not count. */
  async giveBack(accountKey: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.reward(accountKey, 1), this.perAddress.reward(address || 'unknown', 1)]);
  }

  async check(accountKey: string, address: string): Promise<void> {
    const [a, b] = await Promise.all([this.perAccount.get(accountKey), this.perAddress.get(address || 'unknown')]);
    const blocked = [a, b].filter((r): r is RateLimiterRes => !!r && r.remainingPoints <= 0);
    if (blocked.length) throw rateLimited(this.settings.code, this.settings.message, blocked.map((r) => r.msBeforeNext));
  }

  async recordFailure(accountKey: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(accountKey, 1), this.perAddress.penalty(address || 'unknown', 1)]);
  }

  /** forgets the account's failures (the address keeps its count) */
  async forgetAccount(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }
}
