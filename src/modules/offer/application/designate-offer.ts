import { designate } from '../domain/index';
import type { OfferContext } from './offer.deps';
import { lifecycleState, runTransition, systemGuard } from './offer-transition';

/** Candidacy module: the agent designated 1 to 3 candidates (a published offer past its closing date is closed first). */
export const designateOffer = (ctx: OfferContext, offerId: string, input: { candidateCount: number; by?: string }) =>
  runTransition(ctx, offerId, {
    guard: systemGuard,
    closeIfDue: true,
    rule: (offer, at) => designate(lifecycleState(offer), { at, candidateCount: input.candidateCount, ...(input.by ? { by: input.by } : {}) }),
  });
