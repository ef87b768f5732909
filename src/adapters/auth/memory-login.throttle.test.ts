import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/errors';
import { MemoryLoginThrottle } from './memory-login.throttle';

const settle = async (attempts: Promise<void>[]) => {
  const results = await Promise.allSettled(attempts);
  return {
    reserved: results.filter((r) => r.status === 'fulfilled').length,
    refused: results.filter((r) => r.status === 'rejected' && isDomainError(r.reason) && r.reason.kind === 'rate_limited').length,
  };
};

const retryAfter = async (attempt: Promise<void>): Promise<number> => {
  try {
    await attempt;
  } catch (error) {
    if (isDomainError(error)) return error.details?.retryAfterSeconds as number;
  }
  throw new Error('not refused');
};

describe('MemoryLoginThrottle', () => {
  it('consume first: 25 attempts at once from one address reserve 5, whatever their outcome later', async () => {
    const throttle = new MemoryLoginThrottle({ maxPerAccount: 5, maxPerAddress: 30, windowSeconds: 900 });
    const { reserved, refused } = await settle(Array.from({ length: 25 }, () => throttle.reserve('victim@x.fr', '203.0.113.1')));
    expect(reserved).toBeLessThanOrEqual(5);
    expect(refused).toBe(25 - reserved);
  });

  it('25 attempts at once from 25 addresses: account-wide, 5 pass, the rest wait a progressive delay', async () => {
    let now = 1_000_000;
    const throttle = new MemoryLoginThrottle({ maxPerAccount: 5, maxPerAddress: 30, windowSeconds: 900, now: () => now });
    const { reserved } = await settle(Array.from({ length: 25 }, (_, i) => throttle.reserve('victim@x.fr', `198.51.100.${i}`)));
    expect(reserved).toBe(5);
    // the next attempt waits 1 s, then 2 s, 4 s…, capped at 60 s: never the 15-minute lockout
    expect(await retryAfter(throttle.reserve('victim@x.fr', '198.51.100.99'))).toBe(1);
    now += 1000;
    await throttle.reserve('victim@x.fr', '198.51.100.99');
    expect(await retryAfter(throttle.reserve('victim@x.fr', '198.51.100.98'))).toBe(2);
    for (let i = 0; i < 10; i++) {
      now += 60_000;
      await throttle.reserve('victim@x.fr', `192.0.2.${i}`);
    }
    expect(await retryAfter(throttle.reserve('victim@x.fr', '192.0.2.200'))).toBe(60);
  });

  it('the hard limit is per account and address: an attacker elsewhere does not lock the holder out', async () => {
    let now = 1_000_000;
    const throttle = new MemoryLoginThrottle({ maxPerAccount: 5, maxPerAddress: 30, windowSeconds: 900, now: () => now });
    // the holder signed in from the office once
    await throttle.reserve('agent@alin.fr', '10.0.0.7');
    await throttle.succeeded('agent@alin.fr', '10.0.0.7');
    // an attacker spends its five attempts and more, slowly enough to pass the delays
    for (let i = 0; i < 8; i++) {
      await throttle.reserve('agent@alin.fr', '203.0.113.66').catch(() => undefined);
      now += 61_000;
    }
    expect(await retryAfter(throttle.reserve('agent@alin.fr', '203.0.113.66'))).toBeGreaterThan(60); // that pair: the window
    // the holder's known address is not delayed by the attacker's failures
    await throttle.reserve('agent@alin.fr', '10.0.0.7');
    await throttle.succeeded('agent@alin.fr', '10.0.0.7');
    // from a new address, at most the progressive delay
    now += 1;
    const wait = await retryAfter(throttle.reserve('agent@alin.fr', '10.0.0.8')).catch(() => 0);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('a right password gives its attempt back; a refused attempt counts nowhere', async () => {
    let now = 1_000_000;
    const throttle = new MemoryLoginThrottle({ maxPerAccount: 3, maxPerAddress: 4, windowSeconds: 900, now: () => now });
    for (let i = 0; i < 10; i++) {
      await throttle.reserve('a@x.fr', '192.0.2.1');
      await throttle.succeeded('a@x.fr', '192.0.2.1');
      now += 1;
    }
    // four failures from the address on other accounts: the address is full
    for (let i = 0; i < 4; i++) await throttle.reserve(`other-${i}@x.fr`, '192.0.2.9');
    await expect(throttle.reserve('b@x.fr', '192.0.2.9')).rejects.toMatchObject({ code: 'IDENTITY.TOO_MANY_ATTEMPTS' });
    // b's refused attempt set no account-wide delay for b
    await throttle.reserve('b@x.fr', '192.0.2.10');
  });
});
