import type { IsoDate } from '../../../shared/dates';
import { republish } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { lifecycleState, runTransition, systemGuard } from './offer-transition';

/** Candidacy module: every designated candidate fell through; published again with a new closing date. */
export const republishOffer = (ctx: OfferContext, offerId: string, input: { closingDate: IsoDate; reason?: string; by?: string }) =>
  runTransition(ctx, offerId, {
    guard: systemGuard,
    rule: (offer, at) =>
      republish(lifecycleState(offer), { at, closingDate: input.closingDate, ...(input.reason ? { reason: input.reason } : {}), ...(input.by ? { by: input.by } : {}) }),
  });
