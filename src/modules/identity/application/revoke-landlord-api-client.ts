import { identityError } from '../identity.errors';
import type { ApiClientSummary } from '../ports';
import type { IdentityDeps } from './identity.deps';

/**
 * Revokes a landlord's connected system: its client id can no longer get a token, and its account is
 * disabled, which ends its sessions at once (a token already issued stops working at the next call).
 * A client of another landlord does not exist for the caller. Revoking twice changes nothing.
 */
export async function revokeLandlordApiClient(deps: IdentityDeps, landlordId: string, clientId: string): Promise<ApiClientSummary> {
  const client = (await deps.clients.listForLandlord(landlordId)).find((c) => c.clientId === clientId);
  if (!client) throw identityError.apiClientNotFound();
  if (client.revokedAt) return client;
  const at = deps.clock.now();
  await deps.uow.run(async () => {
    await deps.clients.revoke(clientId, at);
    await deps.accounts.setStatus(client.accountId, 'disabled');
    await deps.sessions.revokeAllForAccount(client.accountId, 'api client revoked');
  });
  await deps.events.record({ type: 'account_disabled', accountId: client.accountId });
  return { ...client, revokedAt: at };
}
