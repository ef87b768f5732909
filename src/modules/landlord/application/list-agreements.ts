import type { Principal } from '../../identity/index';
import { assertMayRead } from './access';
import { withGaps, type AgreementView } from './agreement-view';
import type { LandlordDeps } from './landlord.deps';
import { requireLandlord } from './require-landlord';

/** A landlord's agreements with their gaps (agents; the landlord's own users and systems). */
export async function listAgreements(deps: LandlordDeps, principal: Principal, landlordId: string): Promise<AgreementView[]> {
  assertMayRead(principal, landlordId);
  await requireLandlord(deps, landlordId);
  return withGaps(deps, await deps.agreements.listByLandlord(landlordId));
}
