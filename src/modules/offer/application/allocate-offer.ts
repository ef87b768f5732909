import { allocate } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { lifecycleState, runTransition, systemGuard } from './offer-transition';

/** Candidacy module: a candidate signed the lease. */
export const allocateOffer = (ctx: OfferContext, offerId: string, input: { by?: string; onBehalfOf?: string | undefined } = {}) =>
  runTransition(ctx, offerId, {
    guard: systemGuard,
    onBehalfOf: input.onBehalfOf,
    rule: (offer, at) => allocate(lifecycleState(offer), { at, ...(input.by ? { by: input.by } : {}) }),
  });
