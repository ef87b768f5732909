import type { OfferContext } from './offer.deps';
import { historyView, type OfferHistoryView } from './offer-view';

/** An offer's dated history (back-office pages; the caller checked access). */
export async function offerHistory(ctx: OfferContext, offerId: string): Promise<OfferHistoryView[]> {
  return historyView(await ctx.offers.history(offerId));
}
