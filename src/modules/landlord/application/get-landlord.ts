import type { Principal } from '../../identity/index';
import type { Landlord } from '../domain/landlord';
import { assertMayRead } from './access';
import type { LandlordDeps } from './landlord.deps';
import { requireLandlord } from './require-landlord';

/** A landlord for agents, and for its own users and systems (else it does not exist for the caller). */
export async function getLandlord(deps: LandlordDeps, principal: Principal, id: string): Promise<Landlord> {
  assertMayRead(principal, id);
  return requireLandlord(deps, id);
}
