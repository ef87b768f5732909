import type { Container } from 'inversify';
import { IDENTITY, principalOf, type Principal } from '../../modules/identity/index';
import { SHARED } from '../../shared/tokens';
import { toIsoDate, type IsoDate } from '../../shared/dates';

/**
 * What every step of the demo seed shares: the container, the day (the shared clock's), and the
 * principals of the demo accounts, so that each step calls the modules' façades exactly as the
 * API does for that account (same access checks, same transactions, same events).
 */
export interface DemoContext {
  container: Container;
  now: Date;
  today: IsoDate;
  year: number;
  /** the principal of a demo account, by e-mail (throws when the account is missing) */
  as(email: string): Promise<Principal>;
  /** counts what the seed created */
  created: number;
}

export async function demoContext(container: Container): Promise<DemoContext> {
  const identity = container.get(IDENTITY.Service);
  const now = container.get(SHARED.Clock).now();
  const cache = new Map<string, Principal>();
  return {
    container,
    now,
    today: toIsoDate(now),
    year: now.getUTCFullYear(),
    created: 0,
    async as(email) {
      const known = cache.get(email);
      if (known) return known;
      const account = await identity.findByEmail(email);
      if (!account) throw new Error(`demo seed: no account ${email}`);
      const principal = principalOf(account, 'demo-seed');
      cache.set(email, principal);
      return principal;
    },
  };
}
