import type { CeilingRow } from '../domain/index';
import type { OfferContext } from './offer.deps';

/** The cells of one year's table of income ceilings (the back office's ceilings page). */
export async function ceilingRowsOf(ctx: OfferContext, year: number): Promise<CeilingRow[]> {
  return (await ctx.ceilings.all()).filter((r) => r.year === year);
}
