import type { Principal } from '../../identity/index';
import {
  ceilingYearNotice,
  HOUSEHOLD_CATEGORIES,
  incomeCeilingFor,
  isCeilingFinancing,
  minimumSurface,
  type HouseholdCategory,
  type LocalizedMessage,
  type Zone,
} from '../domain/index';
import type { Offer } from '../ports';
import { assertMayEditPhotos } from './access';
import type { OfferContext } from './offer.deps';
import { requireOffer } from './require-offer';

/** Which households an offer suits: the ceiling per household category, and the household sizes its rooms and surface allow. */
export interface OfferEligibilitySummary {
  /** N, the year of the check */
  year: number;
  /** the year whose ceilings are shown (the last published one when N's are not published yet) */
  ceilingYear: number | null;
  ceilingNotice: LocalizedMessage | null;
  zone: Zone;
  financing: string;
  /** false for PLI: no ceiling table */
  ceilingsApply: boolean;
  ceilings: { category: HouseholdCategory; ceiling: number | null }[];
  extraPerson: number | null;
  /** household sizes the occupancy rules accept (inclusive), null when none */
  occupants: { min: number; max: number } | null;
}

/** The summary of a stored offer (the caller checked access). */
export async function offerEligibilitySummary(ctx: OfferContext, offer: Offer): Promise<OfferEligibilitySummary> {
  const cy = await ctx.tables.ceilingYear(ctx.clock.now().getUTCFullYear());
  const year = cy.year ?? cy.checkYear;
  const table = await ctx.tables.ceilingTable();
  const { financing, mainRooms, surface } = offer.data;
  const ceilingsApply = isCeilingFinancing(financing);
  const ceilings = HOUSEHOLD_CATEGORIES.map((category) => ({
    category,
    ceiling: incomeCeilingFor(table, year, financing, offer.zone, category) ?? null,
  }));
  const extraPerson = ceilingsApply ? (table.extraPerson(year, financing, offer.zone) ?? null) : null;
  const sizes: number[] = [];
  for (let p = 1; p <= 12; p++) {
    if (mainRooms <= p + ctx.settings.underOccupationTolerance && surface >= minimumSurface(p)) sizes.push(p);
  }
  return {
    year: cy.checkYear,
    ceilingYear: cy.year,
    ceilingNotice: ceilingYearNotice(cy),
    zone: offer.zone,
    financing,
    ceilingsApply,
    ceilings,
    extraPerson,
    occupants: sizes.length ? { min: sizes[0]!, max: sizes[sizes.length - 1]! } : null,
  };
}

/** Which households an offer suits (back-office offer page). */
export async function eligibilitySummaryOf(ctx: OfferContext, offerId: string): Promise<OfferEligibilitySummary> {
  return offerEligibilitySummary(ctx, await requireOffer(ctx, offerId));
}

/** The same for a caller: agents any offer, a landlord its own (the preview of its form); else 404. */
export async function eligibilitySummaryFor(ctx: OfferContext, principal: Principal, offerId: string): Promise<OfferEligibilitySummary> {
  const offer = await ctx.offers.findById(offerId);
  assertMayEditPhotos(principal, offer);
  return offerEligibilitySummary(ctx, offer);
}
