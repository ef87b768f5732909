import { transmit } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { lifecycleState, runTransition, systemGuard } from './offer-transition';

/** Candidacy module: the designated files were sent to the landlord. */
export const transmitOffer = (ctx: OfferContext, offerId: string, input: { by?: string } = {}) =>
  runTransition(ctx, offerId, { guard: systemGuard, rule: (offer, at) => transmit(lifecycleState(offer), { at, ...(input.by ? { by: input.by } : {}) }) });
