import { describe, expect, it } from 'vitest';
import type { Principal } from '../../identity/index';
import type { Landlord } from '../domain/landlord';
import type { LandlordAccountStatus, LandlordUser } from '../ports';
import type { LandlordDeps } from './landlord.deps';
import { listLandlordUsers } from './list-landlord-users';

const agent: Principal = { accountId: 'agent-1', role: 'agent', sessionId: 's' };
const user = (accountId: string): LandlordUser => ({
  landlordId: 'l-1',
  accountId,
  email: `${accountId}@example.fr`,
  displayName: accountId,
  admin: false,
  invitedAt: new Date('2026-03-01T09:00:00Z'),
  invitedByAccountId: null,
  removedAt: null,
});

describe('a landlord’s users', () => {
  it('reads every user’s account status in one call; an account the identity module does not answer is « Inconnu »', async () => {
    const calls: (readonly string[])[] = [];
    const known = new Map<string, LandlordAccountStatus>([
      ['a-1', 'active'],
      ['a-2', 'invited'],
      ['a-3', 'disabled'],
    ]);
    const deps = {
      landlords: { findById: async (id: string) => ({ id }) as unknown as Landlord },
      users: { listForLandlord: async () => ['a-1', 'a-2', 'a-3', 'a-4'].map(user) },
      accounts: {
        statusesOf: async (ids: readonly string[]) => {
          calls.push(ids);
          return new Map([...known].filter(([id]) => ids.includes(id)));
        },
      },
    } as unknown as LandlordDeps;

    const users = await listLandlordUsers(deps, agent, 'l-1');

    expect(users.map((u) => [u.accountId, u.status, u.statusLabel])).toEqual([
      ['a-1', 'active', 'Actif'],
      ['a-2', 'invited', 'Invitation envoyée'],
      ['a-3', 'disabled', 'Désactivé'],
      ['a-4', 'other', 'Inconnu'],
    ]);
    expect(calls).toEqual([['a-1', 'a-2', 'a-3', 'a-4']]);
  });
});
