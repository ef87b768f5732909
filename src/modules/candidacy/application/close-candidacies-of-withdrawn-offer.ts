import { OPEN_STATUSES, withdraw } from '../domain/index';
import type { CandidacyDeps } from './candidacy.deps';
import { NOTIFICATION_KINDS, saveTransition } from './transitions';

/**
 * The offer was withdrawn (by its landlord or an agent): every open candidacy on it ends —
 * `withdrawn` by the system, a dated timeline entry giving the reason, a notification to each
 * applicant, the offer's candidacy count lowered — in one transaction under the offer's lock.
 * Idempotent (a second run finds nothing open); does nothing unless the offer is withdrawn.
 */
export async function closeCandidaciesOfWithdrawnOffer(deps: CandidacyDeps, offerId: string, input: { reason?: string | undefined } = {}): Promise<{ closed: number }> {
  const offer = await deps.offers.find(offerId);
  if (!offer || offer.status !== 'withdrawn') return { closed: 0 };
  const reason = `L’offre a été retirée${input.reason?.trim() ? ` : ${input.reason.trim()}` : '.'}`.slice(0, 1000);
  const closed = await deps.uow.run(async () => {
    await deps.candidacies.lockOffer(offerId);
    const open = await deps.candidacies.listForOffer(offerId, OPEN_STATUSES);
    const at = deps.clock.now();
    for (const record of open) {
      await saveTransition(deps, record, withdraw(record, { at, system: true, reason }), {
        kind: NOTIFICATION_KINDS.offer_withdrawn,
        extra: input.reason?.trim() ? { reason: input.reason.trim() } : {},
      });
    }
    if (open.length) {
      await deps.audit.record({
        actorRole: 'system',
        action: 'candidacy.closed_offer_withdrawn',
        objectType: 'offer',
        objectId: offerId,
        detail: { candidacyIds: open.map((r) => r.id) },
      });
    }
    return open.length;
  });
  if (closed) deps.cache.clear();
  return { closed };
}
