import type { ApplicantFacts, EligibilityResult } from '../domain/index';
import { candidacyViewOf, type OfferForCandidacy } from './candidacy-view';
import { evaluate } from './eligibility';
import type { OfferContext } from './offer.deps';

/**
 * An application's reads of the offer in one: the offer as the candidacy module sees it and the
 * household's eligibility to it (one read of the offer instead of two).
 */
export async function offerForApplication(ctx: OfferContext, facts: ApplicantFacts, offerId: string): Promise<{ offer: OfferForCandidacy; eligibility: EligibilityResult } | null> {
  const offer = await ctx.offers.findById(offerId);
  if (!offer) return null;
  const now = ctx.clock.now();
  return { offer: candidacyViewOf(ctx, offer, now), eligibility: await evaluate(ctx, facts, offer, now) };
}
