import type { Principal } from '../../identity/index';
import { sendBack as sendBackRule } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { agentGuard, lifecycleState, runTransition } from './offer-transition';

/** An agent sends the offer under review back to the landlord as a draft, with a message. */
export const sendBack = (ctx: OfferContext, principal: Principal, offerId: string, message: string) =>
  runTransition(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => sendBackRule(lifecycleState(offer), { at, by: principal.accountId, message }),
  });
