import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { offerError } from '../offer.errors';
import { assertMayRead, isAgent } from './access';
import { evaluate, report, type EligibilityReport } from './eligibility';
import type { OfferContext } from './offer.deps';

/**
 * GET /demands/{id}/eligibility?offerId=: the owner of the demand or an agent; anyone else is told
 * the demand does not exist. The offer must be visible to the caller (a draft is not, to an applicant).
 */
export async function eligibilityForDemand(ctx: OfferContext, principal: Principal, demandId: string, offerId: string): Promise<EligibilityReport> {
  const now = ctx.clock.now();
  const record = await ctx.applicants.factsForDemand(demandId, toIsoDate(now));
  if (!record || (!isAgent(principal) && record.ownerAccountId !== principal.accountId)) {
    throw offerError.unknownDemand();
  }
  const offer = await ctx.offers.findById(offerId);
  assertMayRead(principal, offer);
  return report(record, offer, await evaluate(ctx, record.facts, offer, now), await ctx.tables.ceilingYear(now.getUTCFullYear()));
}
