import { toIsoDate } from '../../../shared/dates';
import { offerError } from '../offer.errors';
import { roundEffortRate } from '../../../shared/effort-rate';
import type { Principal } from '../../identity/index';
import {
  ceilingYearNotice,
  evaluateEligibility,
  HOUSEHOLD_CATEGORIES,
  incomeCeilingFor,
  isCeilingFinancing,
  minimumSurface,
  ZONE_LABELS,
  type ApplicantFacts,
  type CeilingYear,
  type EligibilityCheck,
  type EligibilityResult,
  type HouseholdCategory,
  type LocalizedMessage,
  type Zone,
} from '../domain/index';
import type { ApplicantRecord, Offer } from '../ports';
import { assertMayRead, isAgent, offerNotFound } from './access';
import type { OfferContext } from './offer.deps';

/** The eligibility of a demand's household to an offer, as the applicant and agents read it. */
export interface EligibilityReport {
  demandId: string;
  offerId: string;
  /** N: the year of the check */
  year: number;
  /** the year whose ceilings decided: N, or the last published year when N's are not published yet (null: none) */
  ceilingYear: number | null;
  /** said when N's ceilings are not published (the year used), null otherwise */
  ceilingNotice: LocalizedMessage | null;
  /** false when the household's income is incomplete: nothing is decided then */
  decided: boolean;
  fits: boolean;
  zone: Zone;
  zoneLabel: LocalizedMessage;
  householdCategory: HouseholdCategory;
  householdSize: number;
  /** the income ceiling that applies (€/year); null for PLI or when the table has no figure */
  ceiling: number | null;
  /** percent, one decimal; null when the monthly resources are 0 */
  effortRate: number | null;
  effortWarning: boolean;
  checks: EligibilityCheck[];
  /** why the offer does not fit (failed blocking checks), then the warnings */
  reasons: LocalizedMessage[];
  /** tax figures missing from the demand */
  incomplete: string[];
}

/**
 * The domain's evaluation with the platform's ceilings (from the database, cached), zones and settings.
 * The ceilings of the year of the check decide, or the last published ones when that year's are not
 * published yet (`ReferenceTables.ceilingYear`).
 */
export async function evaluate(ctx: OfferContext, facts: ApplicantFacts, offer: Offer, now: Date): Promise<EligibilityResult> {
  const cy = await ctx.tables.ceilingYear(now.getUTCFullYear());
  return evaluateEligibility(facts, offer.data, {
    year: cy.year ?? cy.checkYear,
    table: await ctx.tables.ceilingTable(),
    parisCodes: ctx.tables.parisCodes(),
    ileDeFranceDepartements: ctx.tables.ileDeFranceDepartements(),
    underOccupationTolerance: ctx.settings.underOccupationTolerance,
    effortWarningThreshold: ctx.settings.effortWarningThreshold,
  });
}

const INCOMPLETE: LocalizedMessage = {
  fr: 'les revenus fiscaux de référence du ménage sont incomplets : l’éligibilité ne peut pas être déterminée',
  en: 'the household’s reference tax income is incomplete: eligibility cannot be decided',
};

export function report(record: ApplicantRecord, offer: Offer, result: EligibilityResult, cy: CeilingYear): EligibilityReport {
  const decided = record.referenceIncomeMissing.length === 0;
  const failed = result.checks.filter((c) => !c.passes && c.severity === 'blocking');
  const warned = result.checks.filter((c) => !c.passes && c.severity === 'warning');
  return {
    demandId: record.demandId,
    offerId: offer.id,
    year: cy.checkYear,
    ceilingYear: cy.year,
    ceilingNotice: ceilingYearNotice(cy),
    decided,
    fits: decided && result.fits,
    zone: result.zone,
    zoneLabel: ZONE_LABELS[result.zone],
    householdCategory: record.facts.householdCategory,
    householdSize: record.facts.householdSize,
    ceiling: result.ceiling,
    effortRate: roundEffortRate(result.effortRate),
    effortWarning: warned.some((c) => c.rule === 'effort_rate'),
    checks: result.checks,
    reasons: [...(decided ? [] : [INCOMPLETE]), ...failed.map((c) => c.message), ...warned.map((c) => c.message)],
    incomplete: record.referenceIncomeMissing,
  };
}

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

/** For the candidacy module: the household's eligibility to an offer (no access check). */
export async function eligibilityOfFacts(ctx: OfferContext, facts: ApplicantFacts, offerId: string): Promise<EligibilityResult> {
  const offer = await ctx.offers.findById(offerId);
  if (!offer) throw offerNotFound();
  return evaluate(ctx, facts, offer, ctx.clock.now());
}

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
    year: cy.checkYear, ceilingYear: cy.year, ceilingNotice: ceilingYearNotice(cy), zone: offer.zone, financing, ceilingsApply, ceilings, extraPerson,
    occupants: sizes.length ? { min: sizes[0]!, max: sizes[sizes.length - 1]! } : null,
  };
}
