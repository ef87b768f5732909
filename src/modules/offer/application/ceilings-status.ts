import { ceilingYearNotice, type CeilingYear, type LocalizedMessage } from '../domain/index';
import type { OfferContext } from './offer.deps';

/** Which income ceilings decide today, for the agents' dashboard and the ceilings page. */
export interface CeilingsStatus extends CeilingYear {
  /** the years the platform holds, ascending */
  years: number[];
  /** said when this year's ceilings are not published (the year used) */
  notice: LocalizedMessage | null;
}

export async function ceilingsStatus(ctx: OfferContext): Promise<CeilingsStatus> {
  const cy = await ctx.tables.ceilingYear(ctx.clock.now().getUTCFullYear());
  return { ...cy, years: await ctx.tables.ceilingYears(), notice: ceilingYearNotice(cy) };
}
