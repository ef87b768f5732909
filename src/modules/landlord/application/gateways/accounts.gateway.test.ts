import { describe, expect, it } from 'vitest';
import type { AccountStatus, IdentityService } from '../../../identity/index';
import { landlordAccountsGateway } from './accounts.gateway';

/** The identity module's façade, recording the invitations and disablings asked for. */
function identityWith(statuses: Record<string, AccountStatus>) {
  const calls: unknown[] = [];
  const identity = {
    accountStatuses: async (ids: readonly string[]) => new Map(ids.filter((id) => statuses[id]).map((id) => [id, statuses[id]!])),
    inviteAccount: async (input: unknown) => (calls.push(input), { accountId: 'acc-new', invitationToken: 'tok', expiresAt: new Date(0) }),
    disableAccount: async (accountId: string) => void calls.push({ disabled: accountId }),
  } as unknown as IdentityService;
  return { identity, calls };
}

describe('landlordAccountsGateway (the landlord portal’s users over the identity module)', () => {
  it('keeps invited, active and disabled; any other status, or an unknown account, is `other`', async () => {
    const { identity } = identityWith({ a: 'invited', b: 'active', c: 'disabled', d: 'unconfirmed', e: 'erased' });
    const statuses = await landlordAccountsGateway(identity).statusesOf(['a', 'b', 'c', 'd', 'e', 'missing']);
    expect([...statuses]).toEqual([
      ['a', 'invited'],
      ['b', 'active'],
      ['c', 'disabled'],
      ['d', 'other'],
      ['e', 'other'],
      ['missing', 'other'],
    ]);
  });

  it('invites a `landlord_user` member of the landlord and disables through identity', async () => {
    const { identity, calls } = identityWith({});
    const gateway = landlordAccountsGateway(identity);
    expect((await gateway.invite({ email: 'x@bailleur.fr', displayName: 'X', landlordId: 'l1' })).accountId).toBe('acc-new');
    await gateway.disable('acc-1');
    expect(calls).toEqual([{ email: 'x@bailleur.fr', displayName: 'X', role: 'landlord_user', orgId: 'l1' }, { disabled: 'acc-1' }]);
  });
});
