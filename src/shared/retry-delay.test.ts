import { describe, expect, it } from 'vitest';
import { retryDelayMs, type RetryDelayPolicy } from './retry-delay';

const fixed = (value: number) => () => value;

describe('retryDelayMs', () => {
  it('doubles from the base at each retry, up to the ceiling', () => {
    const policy: RetryDelayPolicy = { baseMs: 2_000, maxMs: 15 * 60_000, jitter: 'none' };
    expect([1, 2, 3, 4, 5].map((retry) => retryDelayMs(retry, policy))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(retryDelayMs(10, policy)).toBe(15 * 60_000);
    expect(retryDelayMs(10_000, policy)).toBe(15 * 60_000);
  });

  it('waits the base before the first retry, even when asked for retry 0', () => {
    expect(retryDelayMs(0, { baseMs: 250, maxMs: 5_000, jitter: 'none' })).toBe(250);
  });

  it('spread20: the ceiling × [0.8, 1.2)', () => {
    const policy: RetryDelayPolicy = { baseMs: 60_000, maxMs: 3_600_000, jitter: 'spread20' };
    expect(retryDelayMs(1, policy, fixed(0))).toBe(48_000);
    expect(retryDelayMs(1, policy, fixed(0.5))).toBe(60_000);
    expect(retryDelayMs(1, policy, fixed(0.999_999))).toBe(72_000);
    expect(retryDelayMs(3, policy, fixed(0.5))).toBe(240_000);
    expect(retryDelayMs(30, policy, fixed(0))).toBe(2_880_000);
  });

  it('upperHalf: [ceiling / 2, ceiling)', () => {
    const policy: RetryDelayPolicy = { baseMs: 250, maxMs: 5_000, jitter: 'upperHalf' };
    expect(retryDelayMs(1, policy, fixed(0))).toBe(125);
    expect(retryDelayMs(1, policy, fixed(0.5))).toBe(188);
    expect(retryDelayMs(2, policy, fixed(0))).toBe(250);
    expect(retryDelayMs(6, policy, fixed(0))).toBe(2_500);
    expect(retryDelayMs(6, policy, fixed(0.999_999))).toBe(5_000);
  });

  it('stays within its bounds for any retry and random value', () => {
    for (const jitter of ['spread20', 'upperHalf', 'none'] as const) {
      for (let retry = 0; retry < 50; retry++) {
        for (const r of [0, 0.25, 0.5, 0.75, 0.999]) {
          const delay = retryDelayMs(retry, { baseMs: 1_000, maxMs: 60_000, jitter }, fixed(r));
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(jitter === 'upperHalf' ? 500 : jitter === 'spread20' ? 800 : 1_000);
          expect(delay).toBeLessThanOrEqual(jitter === 'spread20' ? 72_000 : 60_000);
        }
      }
    }
  });
});
