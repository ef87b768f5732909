import type { LoginThrottle } from '../../modules/identity/index';
import { MemoryFailureThrottle } from '../rate-limit/memory-failure.throttle';

/**
 * Counts failed sign-ins per account and per address (the shared failure throttle); past the
 * limit, the caller waits for the window. A successful sign-in forgets the account's failures.
 */
export class MemoryLoginThrottle extends MemoryFailureThrottle implements LoginThrottle {
  constructor(settings: { maxPerAccount: number; maxPerAddress: number; windowSeconds: number }) {
    super({ ...settings, keyPrefix: 'login', code: 'IDENTITY.TOO_MANY_ATTEMPTS', message: 'Trop de tentatives, réessayez plus tard.' });
  }

  async recordSuccess(accountKey: string, _address: string): Promise<void> {
    await this.forgetAccount(accountKey);
  }
}
