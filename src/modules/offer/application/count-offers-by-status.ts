import { OFFER_STATUSES, type OfferStatus } from '../domain/index';
import type { OfferContext } from './offer.deps';

/** Offers by stored status, every status present (platform figures). */
export async function countsByStatus(ctx: OfferContext): Promise<Record<OfferStatus, number>> {
  const counts = await ctx.offers.countByStatus();
  return Object.fromEntries(OFFER_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<OfferStatus, number>;
}
