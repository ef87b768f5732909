import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { candidacyErrors } from '../candidacy.errors';
import { allDesignatedFellThrough } from '../domain/index';
import { auditActor, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';

/**
 * Every candidate designated in the last round fell through (withdrew, refused by the CAL, declined
 * the home): an agent publishes the offer again with a new closing date. The candidates still
 * submitted stay in the running; new ones may apply.
 */
export async function republishOffer(
  deps: CandidacyDeps,
  p: Principal,
  offerId: string,
  input: { closingDate: IsoDate; reason?: string | undefined },
): Promise<{ offerId: string; closingDate: IsoDate }> {
  requireStaff(p);
  const result = await deps.uow.run(async () => {
    const state = await deps.candidacies.lockOffer(offerId);
    const peers = await deps.candidacies.listForOffer(offerId);
    if (!allDesignatedFellThrough(peers, state.round)) {
      throw candidacyErrors.designatedStillRunning();
    }
    await deps.offers.republish(offerId, { closingDate: input.closingDate, reason: input.reason, by: p.accountId });
    // open again: ranked live until it closes again (a new snapshot then)
    await deps.candidacies.unfreeze(offerId);
    await deps.audit.record({
      ...auditActor(p),
      action: 'offer.republished',
      objectType: 'offer',
      objectId: offerId,
      detail: { closingDate: input.closingDate, round: state.round },
    });
    return { offerId, closingDate: input.closingDate };
  });
  return result;
}
