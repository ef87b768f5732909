import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../../shared/errors';

/**
 * Counts requests per client address in a fixed window; past the limit the address waits for the
 * window's end (DomainError rate_limited → 429 with Retry-After). In memory, per process, like the
 * sign-in throttle: with several instances, swap for the PostgreSQL store of the same library.
 */
export class MemoryAddressThrottle {
  private readonly limiter: RateLimiterMemory;

  constructor(private readonly options: { keyPrefix: string; points: number; windowSeconds: number; code: string; message: string }) {
    this.limiter = new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.points, duration: options.windowSeconds });
  }

  async consume(address: string): Promise<void> {
    try {
      await this.limiter.consume(address || 'unknown', 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new DomainError('rate_limited', this.options.code, this.options.message, { details: { retryAfterSeconds } });
    }
  }
}
