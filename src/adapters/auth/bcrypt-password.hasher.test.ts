import bcrypt from 'bcrypt';
import { describe, expect, it } from 'vitest';
import { BcryptPasswordHasher } from './bcrypt-password.hasher';

describe('BcryptPasswordHasher', () => {
  it('compares an unknown account with a dummy hash of the same cost as the stored ones', async () => {
    for (const cost of [4, 6]) {
      const hasher = new BcryptPasswordHasher(cost);
      const real = await hasher.hash('correct-horse-battery');
      expect(bcrypt.getRounds(await hasher.dummyHash())).toBe(bcrypt.getRounds(real));
      expect(bcrypt.getRounds(real)).toBe(cost);
      expect(await hasher.verify('correct-horse-battery', null)).toBe(false);
      expect(await hasher.verify('correct-horse-battery', real)).toBe(true);
    }
  });
});
