import type { IdentityService } from '../../../identity/index';
import type { ManagerInvitations } from '../../ports';

/** A company's managers, invited by the identity module as `company_manager` members of the company. */
export function managerInvitationsGateway(identity: IdentityService): ManagerInvitations {
  return {
    invite: ({ email, displayName, companyId }) => identity.inviteAccount({ email, displayName, role: 'company_manager', orgId: companyId }),
  };
}
