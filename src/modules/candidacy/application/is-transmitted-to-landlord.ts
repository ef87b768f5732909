import { TRANSMITTED_OR_LATER } from '../domain/index';
import type { CandidacyDeps } from './candidacy.deps';

/**
 * Whether the demand has a candidacy designated and transmitted (or later: CAL decision, proposal,
 * lease) on an offer of this landlord: the landlord may then read the applicant's verified
 * documents (the demand module's DesignationChecker). A withdrawn or not-retained candidacy no
 * longer counts. Internal: the caller checks who is asking.
 */
export async function isTransmittedToLandlord(deps: CandidacyDeps, demandId: string, landlordId: string): Promise<boolean> {
  const records = await deps.candidacies.listForDemand(demandId, TRANSMITTED_OR_LATER);
  return records.some((r) => r.offer.landlordId === landlordId);
}
