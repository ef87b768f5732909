import type { AccountStatus, IdentityService } from '../../../identity/index';
import type { LandlordAccountStatus, LandlordAccounts } from '../../ports';

/** The identity module's account status, as the landlord portal tells its users apart (any other status: `other`). */
const landlordAccountStatusOf = (status: AccountStatus | undefined): LandlordAccountStatus =>
  status === 'invited' || status === 'active' || status === 'disabled' ? status : 'other';

/** The landlord portal's users' accounts (invited as `landlord_user` members of the landlord), over the identity module's façade. */
export function landlordAccountsGateway(identity: IdentityService): LandlordAccounts {
  return {
    invite: ({ email, displayName, landlordId }) => identity.inviteAccount({ email, displayName, role: 'landlord_user', orgId: landlordId }),
    disable: (accountId) => identity.disableAccount(accountId),
    statusesOf: async (accountIds) => {
      const statuses = await identity.accountStatuses(accountIds);
      return new Map(accountIds.map((id) => [id, landlordAccountStatusOf(statuses.get(id))]));
    },
  };
}
