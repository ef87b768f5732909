import type { DemandService } from '../../../demand/index';
import type { DemandLifecycle } from '../../ports';

/** The reason the demand's history gives for its satisfaction by a lease signed through a candidacy. */
const leaseSatisfactionReason = (offerId: string, candidacyId: string): string => `bail signé (offre ${offerId}, candidature ${candidacyId})`;

/** The consequences of a lease on the demand, over the demand module's façade. */
export function demandLifecycleGateway(demands: DemandService): DemandLifecycle {
  return {
    markSatisfied: async (demandId, input) => {
      await demands.markSatisfied(demandId, { at: input.at, offerId: input.offerId, reason: leaseSatisfactionReason(input.offerId, input.candidacyId) });
    },
  };
}
