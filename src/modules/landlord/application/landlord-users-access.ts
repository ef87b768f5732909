import type { Principal } from '../../identity/index';
import type { Landlord } from '../domain/landlord';
import { landlordError } from '../landlord.errors';
import { isAgent } from './access';
import type { LandlordDeps } from './landlord.deps';
import { requireLandlord } from './require-landlord';

const landlordNotFound = landlordError.notFound;

/**
 * Who sees a landlord's users: agents, and the landlord's own users (its colleagues); anyone else
 * is told the landlord does not exist. Answers the landlord.
 */
export async function assertMaySeeUsers(deps: LandlordDeps, p: Principal, landlordId: string): Promise<Landlord> {
  const own = p.role === 'landlord_user' && p.landlordId === landlordId;
  if (!isAgent(p) && !own) throw landlordNotFound();
  if (own && !(await activeUser(deps, landlordId, p.accountId))) throw landlordNotFound();
  return requireLandlord(deps, landlordId);
}

/**
 * Who invites and removes a landlord's users: agents, and the landlord's administrators; its other
 * users are refused (403); anyone else is told the landlord does not exist.
 */
export async function assertMayManageUsers(deps: LandlordDeps, p: Principal, landlordId: string): Promise<Landlord> {
  const landlord = await assertMaySeeUsers(deps, p, landlordId);
  if (isAgent(p)) return landlord;
  const me = await activeUser(deps, landlordId, p.accountId);
  if (!me?.admin) throw landlordError.userAdminOnly();
  return landlord;
}

/**
 * A landlord user of the landlord, not removed. Users created before the portal (no row) count as
 * users without administration rights.
 */
async function activeUser(deps: LandlordDeps, landlordId: string, accountId: string) {
  const row = await deps.users.find(landlordId, accountId);
  if (row) return row.removedAt ? null : row;
  return { admin: false };
}
