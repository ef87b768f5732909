import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited, type RateLimitedError } from './memory-failure.throttle';

/**
 * Counts requests per client address in a fixed window; past the limit the address waits for the
 * window's end (DomainError rate_limited → 429 with Retry-After). Consume first: a request is
 * counted when it arrives, before it is evaluated, whatever its outcome. In memory, per process,
 * like the sign-in throttle: with several instances, swap for the PostgreSQL store of the same library.
 */
export class MemoryAddressThrottle {
  private readonly limiter: RateLimiterMemory;

  constructor(private readonly options: { keyPrefix: string; points: number; windowSeconds: number; refusal: RateLimitedError }) {
    this.limiter = new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.points, duration: options.windowSeconds });
  }

  async consume(address: string): Promise<void> {
    try {
      await this.limiter.consume(address || 'unknown', 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw rateLimited(this.options.refusal, [rejection.msBeforeNext]);
    }
  }
}
