// The eligibility of a household to an offer, as the use cases read it (check-demand-eligibility.ts,
// search-offers.ts, offer-for-application.ts, check-household-eligibility.ts).
import { roundEffortRate } from '../../../shared/effort-rate';
import {
  ceilingYearNotice,
  evaluateEligibility,
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

/** The eligibility report of a demand's household (its facts as of the check) to an offer. */
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
