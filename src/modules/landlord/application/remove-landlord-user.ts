import type { Principal } from '../../identity/index';
import { landlordError } from '../landlord.errors';
import { auditActor } from './access';
import type { LandlordDeps } from './landlord.deps';
import { assertMayManageUsers } from './landlord-users-access';

/**
 * An agent or an administrator of the landlord removes one of its users: the user leaves the list,
 * the account is disabled and every session of it ends at once (its tokens are refused at the next
 * request). An administrator does not remove themself.
 */
export async function removeLandlordUser(deps: LandlordDeps, p: Principal, landlordId: string, accountId: string): Promise<void> {
  await assertMayManageUsers(deps, p, landlordId);
  if (accountId === p.accountId) throw landlordError.cannotRemoveSelf();
  await deps.uow.run(async () => {
    const user = await deps.users.find(landlordId, accountId);
    if (!user || user.removedAt) throw landlordError.userNotFound();
    await deps.users.markRemoved(landlordId, accountId, deps.clock.now(), p.accountId);
    await deps.accounts.disable(accountId);
    await deps.audit.record({ ...auditActor(p), actingFor: { kind: 'landlord', id: landlordId }, action: 'landlord.user_removed', objectType: 'account', objectId: accountId });
  });
}
