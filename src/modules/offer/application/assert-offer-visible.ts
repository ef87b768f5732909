import type { Principal } from '../../identity/index';
import { assertMayRead } from './access';
import type { OfferContext } from './offer.deps';

/** Whether the caller may see the offer (the candidacy module's routes under /offers/{id}). */
export async function assertOfferVisible(ctx: OfferContext, principal: Principal, offerId: string): Promise<void> {
  assertMayRead(principal, await ctx.offers.findById(offerId));
}
