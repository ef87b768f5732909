import type { Offer } from '../ports';
import { offerNotFound } from './access';
import type { OfferContext } from './offer.deps';

/** The stored offer (for back-office pages and use cases that already checked access). */
export async function requireOffer(ctx: OfferContext, offerId: string): Promise<Offer> {
  const offer = await ctx.offers.findById(offerId);
  if (!offer) throw offerNotFound();
  return offer;
}
