import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../../shared/errors';
import type { LoginThrottle } from '../../modules/identity/index';

/**
 * Counts failed sign-ins per account and per address in a sliding window; past the limit, the
 * caller waits for the window. In memory, per process: with several instances, swap for the
 * PostgreSQL store of the same library (see docs/scaling.md).
 */
export class MemoryLoginThrottle implements LoginThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(settings: { maxPerAccount: number; maxPerAddress: number; windowSeconds: number }) {
    this.perAccount = new RateLimiterMemory({ keyPrefix: 'acct', points: settings.maxPerAccount, duration: settings.windowSeconds, blockDuration: settings.windowSeconds });
    this.perAddress = new RateLimiterMemory({ keyPrefix: 'addr', points: settings.maxPerAddress, duration: settings.windowSeconds, blockDuration: settings.windowSeconds });
  }

  async check(accountKey: string, address: string): Promise<void> {
    const [a, b] = await Promise.all([this.perAccount.get(accountKey), this.perAddress.get(address)]);
    const blocked = [a, b].filter((r): r is RateLimiterRes => !!r && r.remainingPoints <= 0);
    if (blocked.length) {
      const retryAfter = Math.max(...blocked.map((r) => Math.ceil(r.msBeforeNext / 1000)));
      throw new DomainError('rate_limited', 'IDENTITY.TOO_MANY_ATTEMPTS', 'Trop de tentatives, réessayez plus tard.', { details: { retryAfterSeconds: retryAfter } });
    }
  }

  async recordFailure(accountKey: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(accountKey, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(accountKey: string, _address: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }
}
