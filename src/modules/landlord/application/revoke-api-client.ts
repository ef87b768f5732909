import type { Principal } from '../../identity/index';
import type { ApiClientView } from '../ports';
import { auditActor } from './access';
import type { LandlordDeps } from './landlord.deps';
import { assertMayManageUsers } from './landlord-users-access';

/**
 * Revokes one of the landlord's connected systems (agents; the landlord's administrators): its client
 * id gets no new token and its sessions end at once. Audited, for the landlord (once: revoking again changes nothing).
 */
export async function revokeApiClient(deps: LandlordDeps, principal: Principal, landlordId: string, clientId: string): Promise<ApiClientView> {
  await assertMayManageUsers(deps, principal, landlordId);
  const known = (await deps.apiClients.list(landlordId)).find((c) => c.clientId === clientId);
  if (known?.revokedAt) return known; // revoked already: nothing changes, nothing more to audit
  const client = await deps.apiClients.revoke(landlordId, clientId);
  await deps.audit.record({
    ...auditActor(principal),
    actingFor: { kind: 'landlord', id: landlordId },
    action: 'landlord.api_client_revoked',
    objectType: 'landlord',
    objectId: landlordId,
    detail: { clientId: client.clientId, accountId: client.accountId },
  });
  return client;
}
