import type { Principal } from '../../identity/index';
import { assertMayRead } from './access';
import { withGaps, type AgreementView } from './agreement-view';
import type { LandlordDeps } from './landlord.deps';
import { requireAgreement } from './require-landlord';

/** One agreement of the landlord with its gap. */
export async function getAgreement(deps: LandlordDeps, principal: Principal, landlordId: string, agreementId: string): Promise<AgreementView> {
  assertMayRead(principal, landlordId);
  return (await withGaps(deps, [await requireAgreement(deps, landlordId, agreementId)]))[0]!;
}
