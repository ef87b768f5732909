import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database';

describe('isDatabaseUnavailable', () => {
  it('counts a pool that gave no connection in time as unavailable (503 with Retry-After, not 500)', () => {
    const wrapped = Object.assign(new Error('Failed query: select 1'), { cause: new Error('timeout exceeded when trying to connect') });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });
  it('does not count a constraint violation', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
  });
});
