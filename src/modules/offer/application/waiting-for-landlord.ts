import { pageRequest, MAX_PAGE_SIZE } from '../../../shared/pagination';
import type { OfferContext } from './offer.deps';
import { toViews, type OfferView } from './offer-view';

/** What waits for a landlord: drafts sent back with a message, and offers whose candidates' files were transmitted to it (CAL decisions to record). */
export interface LandlordWaitingOffers {
  sentBack: { offer: OfferView; message: string | null; at: Date }[];
  toDecide: OfferView[];
}

/** For the landlord module's summary (no access check: the caller checks its own rights). At most 100 of each. */
export async function waitingForLandlord(ctx: OfferContext, landlordId: string): Promise<LandlordWaitingOffers> {
  const page = pageRequest(1, MAX_PAGE_SIZE);
  const [drafts, transmitted] = await Promise.all([
    ctx.offers.search({ statuses: ['draft'], landlordId, sort: 'recent' }, page),
    ctx.offers.search({ statuses: ['transmitted'], landlordId, sort: 'recent' }, page),
  ]);
  const now = ctx.clock.now();
  const lasts = await ctx.offers.lastHistoryEntries(drafts.items.map((o) => o.id));
  const backs = drafts.items
    .map((offer) => {
      const last = lasts.get(offer.id);
      return last?.action === 'sent_back' ? { offer, message: last.reason ?? null, at: last.at } : null;
    })
    .filter((b) => b !== null);
  const views = await toViews(ctx, [...backs.map((b) => b.offer), ...transmitted.items], now);
  return {
    sentBack: backs.map((b, i) => ({ offer: views[i]!, message: b.message, at: b.at })),
    toDecide: views.slice(backs.length),
  };
}
