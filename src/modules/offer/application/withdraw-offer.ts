import type { Principal } from '../../identity/index';
import { withdraw } from '../domain/index';
import { OFFER_EVENTS, offerEvents } from '../offer.events';
import { isAgent } from './access';
import type { OfferContext } from './offer.deps';
import { agentGuard, lifecycleState, ownGuard, runTransition } from './offer-transition';

/** The landlord (its own offer) or an agent withdraws the offer with a reason, at any point before allocation. */
export const withdrawOffer = (ctx: OfferContext, principal: Principal, offerId: string, reason: string) =>
  runTransition(ctx, offerId, {
    principal,
    guard: isAgent(principal) ? agentGuard(principal) : ownGuard(principal),
    rule: (offer, at) => withdraw(lifecycleState(offer), { at, by: principal.accountId, reason }),
    after: async (offer, t) => {
      await offerEvents(ctx.events)?.publish(
        OFFER_EVENTS.withdrawn,
        { offerId: offer.id, landlordId: offer.landlordId, reason: t.entry.reason ?? reason, at: t.entry.at.toISOString(), by: principal.accountId },
        t.entry.at,
      );
    },
  });
