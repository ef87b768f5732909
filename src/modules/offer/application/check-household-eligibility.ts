import type { ApplicantFacts, EligibilityResult } from '../domain/index';
import { offerNotFound } from './access';
import { evaluate } from './eligibility';
import type { OfferContext } from './offer.deps';

/** For the candidacy module: the household's eligibility to an offer (no access check). */
export async function eligibilityOfFacts(ctx: OfferContext, facts: ApplicantFacts, offerId: string): Promise<EligibilityResult> {
  const offer = await ctx.offers.findById(offerId);
  if (!offer) throw offerNotFound();
  return evaluate(ctx, facts, offer, ctx.clock.now());
}
