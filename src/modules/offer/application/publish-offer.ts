import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { publish } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { agentGuard, lifecycleState, pickAgreement, runTransition } from './offer-transition';

/** An agent publishes the offer until its closing date (the one given here, or the landlord's). */
export const publishOffer = (ctx: OfferContext, principal: Principal, offerId: string, closingDate?: IsoDate) =>
  runTransition(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => publish(lifecycleState(offer), { at, by: principal.accountId, ...(closingDate ? { closingDate } : {}) }),
    prepare: (offer, _t, at) => pickAgreement(ctx, offer, at),
  });
