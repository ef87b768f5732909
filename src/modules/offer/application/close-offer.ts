import type { Principal } from '../../identity/index';
import { close } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { agentGuard, lifecycleState, runTransition } from './offer-transition';

/** An agent stops candidacies early. */
export const closeOffer = (ctx: OfferContext, principal: Principal, offerId: string) =>
  runTransition(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => close(lifecycleState(offer), { at, by: principal.accountId }),
  });
