import type { ApiClientSummary } from '../ports';
import type { IdentityDeps } from './identity.deps';

/** A landlord's connected systems (their client credentials, never the secret), newest first. */
export function listLandlordApiClients(deps: IdentityDeps, landlordId: string): Promise<ApiClientSummary[]> {
  return deps.clients.listForLandlord(landlordId);
}
