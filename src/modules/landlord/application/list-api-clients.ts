import type { Principal } from '../../identity/index';
import type { ApiClientView } from '../ports';
import type { LandlordDeps } from './landlord.deps';
import { assertMaySeeUsers } from './landlord-users-access';

/**
 * A landlord's connected systems (their client credentials, never a secret): agents and the
 * landlord's users see them; anyone else is told the landlord does not exist.
 */
export async function listApiClients(deps: LandlordDeps, principal: Principal, landlordId: string): Promise<ApiClientView[]> {
  await assertMaySeeUsers(deps, principal, landlordId);
  return deps.apiClients.list(landlordId);
}
