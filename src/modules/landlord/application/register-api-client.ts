import type { Principal } from '../../identity/index';
import type { ApiClientCredentials } from '../ports';
import { auditActor, isAgent } from './access';
import type { LandlordDeps } from './landlord.deps';
import { assertMayManageUsers } from './landlord-users-access';
import { requireLandlord } from './require-landlord';

/**
 * An agent, or an administrator of the landlord (the landlord portal), connects a landlord's system:
 * registers client credentials with the identity module (the secret is shown once) and marks the
 * landlord as connected by API.
 */
export async function registerApiClient(
  deps: LandlordDeps,
  principal: Principal,
  landlordId: string,
  name: string,
  credentials?: ApiClientCredentials,
): Promise<{ clientId: string; clientSecret: string; accountId: string }> {
  if (!isAgent(principal)) await assertMayManageUsers(deps, principal, landlordId);
  return deps.uow.run(async () => {
    const landlord = await requireLandlord(deps, landlordId);
    const client = await deps.apiClients.register({ landlordId, name: name.trim() || landlord.name, ...credentials });
    if (!landlord.connectedByApi) await deps.landlords.update({ ...landlord, connectedByApi: true, updatedAt: deps.clock.now() });
    await deps.audit.record({
      ...auditActor(principal),
      action: 'landlord.api_client_registered',
      objectType: 'landlord',
      objectId: landlordId,
      detail: { clientId: client.clientId, accountId: client.accountId },
    });
    return client;
  });
}
