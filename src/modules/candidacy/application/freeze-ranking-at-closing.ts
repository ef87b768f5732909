import { toIsoDate } from '../../../shared/dates';
import { isRankingFrozen, referenceDateFor } from '../domain/index';
import type { CandidacyDeps } from './candidacy.deps';
import { takeSnapshot } from './frozen-ranking';

/**
 * The offer closed (scheduled closing, "close now", or found closed by a reader): its ranking is
 * computed once from the facts as of now, on its reference date (the closing date, or the day it
 * was closed early), and stored. Idempotent: an offer already frozen, still open, withdrawn or
 * unknown is left alone (false).
 */
export async function freezeRankingAtClosing(deps: CandidacyDeps, offerId: string): Promise<boolean> {
  const frozen = await deps.uow.run(async () => {
    const state = await deps.candidacies.lockOffer(offerId);
    if (state.frozenRevision !== null) return false;
    // read under the lock: a republication (taken under the same lock) cannot slip in between
    const offer = await deps.offers.find(offerId);
    if (!offer || !isRankingFrozen(offer)) return false;
    await takeSnapshot(deps, offer, referenceDateFor(offer, toIsoDate(deps.clock.now())), { trigger: 'closing', by: null, reason: null });
    return true;
  });
  if (frozen) deps.cache.invalidate(offerId);
  return frozen;
}
