import type { Principal } from '../../identity/index';
import { assertMayRead, isAgent, isLandlordRole } from './access';
import type { OfferContext } from './offer.deps';
import { historyView, toView, type OfferHistoryView, type OfferView } from './offer-view';

export type OfferDetail = OfferView & { history?: OfferHistoryView[] };

/** One offer for a caller allowed to see it (else 404); landlords and agents also get its dated history. */
export async function getOffer(ctx: OfferContext, principal: Principal, offerId: string): Promise<OfferDetail> {
  const offer = await ctx.offers.findById(offerId);
  assertMayRead(principal, offer);
  const [names, photos] = await Promise.all([ctx.landlords.namesOf([offer.landlordId]), ctx.photos.listForOffer(offer.id)]);
  const view = toView(ctx, offer, names, ctx.clock.now(), photos);
  if (!isAgent(principal) && !isLandlordRole(principal)) return view;
  return { ...view, history: historyView(await ctx.offers.history(offerId)) };
}
