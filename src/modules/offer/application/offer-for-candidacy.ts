import type { OfferContext } from './offer.deps';
import { candidacyViewOf, type OfferForCandidacy } from './candidacy-view';

/** For the candidacy and scoring modules: the offer as they see it, or null (no access check). */
export async function offerForCandidacy(ctx: OfferContext, offerId: string): Promise<OfferForCandidacy | null> {
  const offer = await ctx.offers.findById(offerId);
  return offer ? candidacyViewOf(ctx, offer) : null;
}
