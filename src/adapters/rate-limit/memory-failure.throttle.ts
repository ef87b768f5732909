import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { DomainError } from '../../shared/errors';

/** The module's factory of its `rate_limited` error, given the seconds to wait (e.g. `identityError.tooManyAttempts`). */
export type RateLimitedError = (retryAfterSeconds: number) => DomainError;

/** The module's `rate_limited` error of a refused attempt, with the longest wait of the refusing counters. */
export function rateLimited(refusal: RateLimitedError, msBeforeNext: number[]): DomainError {
  return refusal(Math.max(1, ...msBeforeNext.map((ms) => Math.ceil(ms / 1000))));
}

/**
 * Consume first: takes one point from each limiter (in order) before the attempt is evaluated;
 * when one refuses, the points already taken from the others are given back and the refusal is
 * thrown. Concurrent attempts therefore cannot all pass a check made before any of them is counted.
 * Returns the function that gives every point back (the attempt succeeded).
 */
export async function consumeFirst(counters: readonly { limiter: RateLimiterMemory; key: string }[], refuse: (msBeforeNext: number[]) => Error): Promise<() => Promise<void>> {
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
