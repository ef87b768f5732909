import { offerError } from '../offer.errors';
import { offerNotFound } from './access';
import { candidacyViewOf, type OfferForCandidacy } from './candidacy-view';
import type { OfferContext } from './offer.deps';

/** The candidacy module keeps the number of candidacies of each offer (+1 on apply, −1 on withdrawal). */
export async function adjustCandidacyCount(ctx: OfferContext, offerId: string, delta: number): Promise<number> {
  return (await adjustCandidacyCountAndRead(ctx, offerId, delta)).candidacyCount;
}

/**
 * The same, answering the offer as the candidacy module sees it after the change: its row is then
 * locked until the caller's transaction ends, so this is also the offer's read under lock (an
 * application checks the offer is still open) — one statement instead of two.
 */
export async function adjustCandidacyCountAndRead(ctx: OfferContext, offerId: string, delta: number): Promise<OfferForCandidacy> {
  if (!Number.isInteger(delta)) throw offerError.candidacyCount(delta);
  const offer = await ctx.offers.adjustCandidacyCount(offerId, delta);
  if (offer === null) throw offerNotFound();
  return candidacyViewOf(ctx, offer);
}
