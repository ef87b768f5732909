/**
 * How long to wait before retrying a failed attempt: exponential backoff with jitter, the one
 * formula of the job queue, the mail outbox and the adapters that call other systems.
 *
 * The ceiling doubles with each retry from `baseMs` (retry 1 waits about `baseMs`) up to `maxMs`;
 * jitter spreads retries that failed together so they do not come back together:
 * - `spread20`: the ceiling × a random factor in [0.8, 1.2) (durable jobs and mails: minutes to hours);
 * - `upperHalf`: a random delay in [ceiling / 2, ceiling) (an adapter's retries within one call);
 * - `none`: the ceiling itself (simulators and tests that want a fixed schedule).
 */
export interface RetryDelayPolicy {
  baseMs: number;
  maxMs: number;
  jitter: 'spread20' | 'upperHalf' | 'none';
}

/** Doubling stops here: 2^30 × any base worth having is past any ceiling worth having. */
const MAX_DOUBLINGS = 30;

/**
 * The delay before retry number `retry` (1 for the first retry, after the first failed attempt),
 * in whole milliseconds. `random` returns a number in [0, 1) (Math.random; a fixed one in tests).
 */
export function retryDelayMs(retry: number, policy: RetryDelayPolicy, random: () => number = Math.random): number {
  const doublings = Math.min(Math.max(retry - 1, 0), MAX_DOUBLINGS);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** doublings);
  switch (policy.jitter) {
    case 'spread20':
      return Math.round(ceiling * (0.8 + random() * 0.4));
    case 'upperHalf':
      return Math.round(ceiling / 2 + (random() * ceiling) / 2);
    case 'none':
      return Math.round(ceiling);
  }
}
