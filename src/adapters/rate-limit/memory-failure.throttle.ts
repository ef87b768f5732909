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

/**
 * Counts failed attempts (sign-ins, demand imports…) per account and per client address in a
 * window; past either limit, the caller waits for the window (DomainError rate_limited with
 * `retryAfterSeconds`). Only failures count. In memory, per process: with several instances, swap
 * for the PostgreSQL store of the same library (see docs/scaling.md).
 */
export class MemoryFailureThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(private readonly settings: FailureThrottleSettings) {
    const window = { duration: settings.windowSeconds, blockDuration: settings.windowSeconds };
    this.perAccount = new RateLimiterMemory({ keyPrefix: `${settings.keyPrefix}:acct`, points: settings.maxPerAccount, ...window });
    this.perAddress = new RateLimiterMemory({ keyPrefix: `${settings.keyPrefix}:addr`, points: settings.maxPerAddress, ...window });
  }

  async check(accountKey: string, address: string): Promise<void> {
    const [a, b] = await Promise.all([this.perAccount.get(accountKey), this.perAddress.get(address || 'unknown')]);
    const blocked = [a, b].filter((r): r is RateLimiterRes => !!r && r.remainingPoints <= 0);
    if (blocked.length) {
      const retryAfterSeconds = Math.max(1, ...blocked.map((r) => Math.ceil(r.msBeforeNext / 1000)));
      throw new DomainError('rate_limited', this.settings.code, this.settings.message, { details: { retryAfterSeconds } });
    }
  }

  async recordFailure(accountKey: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(accountKey, 1), this.perAddress.penalty(address || 'unknown', 1)]);
  }

  /** forgets the account's failures (the address keeps its count) */
  async forgetAccount(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }
}
