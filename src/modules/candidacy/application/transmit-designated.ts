import type { Principal } from '../../identity/index';
import { candidacyErrors } from '../candidacy.errors';
import { transmit } from '../domain/index';
import { auditActor, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { NOTIFICATION_KINDS, saveTransition } from './transitions';

/** An agent sends the designated candidates' files to the landlord: the offer and the candidacies become transmitted. */
export async function transmitDesignated(deps: CandidacyDeps, p: Principal, offerId: string): Promise<{ offerId: string; transmitted: string[] }> {
  requireStaff(p);
  const result = await deps.uow.run(async () => {
    await deps.candidacies.lockOffer(offerId);
    const designated = await deps.candidacies.listForOffer(offerId, ['designated']);
    if (designated.length === 0) {
      throw candidacyErrors.nothingToTransmit();
    }
    await deps.offers.transmit(offerId, { by: p.accountId });
    const at = deps.clock.now();
    for (const record of designated) await saveTransition(deps, record, transmit(record, { at, by: p.accountId }), { kind: NOTIFICATION_KINDS.transmitted });
    await deps.audit.record({
      ...auditActor(p),
      action: 'offer.transmission',
      objectType: 'offer',
      objectId: offerId,
      detail: { candidacyIds: designated.map((r) => r.id) },
    });
    return { offerId, transmitted: designated.map((r) => r.id) };
  });
  return result;
}
