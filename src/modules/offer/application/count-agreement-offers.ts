import type { OfferContext } from './offer.deps';

/** For the landlord module (flux): offers published (ever) and allocated, per agreement. */
export const agreementCounts = (ctx: OfferContext, agreementIds: readonly string[]) =>
  agreementIds.length ? ctx.offers.agreementCounts(agreementIds) : Promise.resolve(new Map<string, { published: number; allocated: number }>());
