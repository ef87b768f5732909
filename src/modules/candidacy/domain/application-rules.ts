import type { IsoDate } from '../../../shared/dates';
import { candidacyErrors } from '../candidacy.errors';

/**
 * The rules of applying to an offer (brief §4, "Candidacy limits"): the demand is active, the offer
 * is published and before its closing date, the household fits the offer, and the demand has
 * fewer open candidacies than the platform's cap.
 */

export function assertDemandActive(status: string): void {
  if (status !== 'active') {
    throw candidacyErrors.demandNotActive(status);
  }
}

export interface OfferOpenness {
  /** stored status of the offer */
  status: string;
  /** published and its closing date not passed */
  openForCandidacies: boolean;
  closingDate: IsoDate;
}

export function assertOfferOpen(offer: OfferOpenness): void {
  if (!offer.openForCandidacies) {
    throw candidacyErrors.offerClosed(offer);
  }
}

/** A reason the household does not fit, in the platform's two languages. */
export interface EligibilityReason {
  rule: string;
  fr: string;
  en: string;
}

export interface EligibilityOutcome {
  /** false when the household's income is incomplete: nothing can be decided */
  decided: boolean;
  fits: boolean;
  /** the blocking reasons when it does not fit */
  reasons: EligibilityReason[];
  /** percent, one decimal; null without resources */
  effortRate: number | null;
}

export function assertEligible(outcome: EligibilityOutcome): void {
  if (outcome.decided && outcome.fits) return;
  const reasons = outcome.decided
    ? outcome.reasons
    : [
        { rule: 'income_incomplete', fr: 'les revenus fiscaux de référence du ménage sont incomplets', en: 'the household’s reference tax income is incomplete' },
        ...outcome.reasons,
      ];
  throw candidacyErrors.notEligible(reasons);
}

export function assertUnderCap(openCandidacies: number, max: number): void {
  if (openCandidacies >= max) {
    throw candidacyErrors.tooManyOpen(openCandidacies, max);
  }
}

/**
 * The reference date of an offer's ranking: today while it is open to candidacies; once closed,
 * its closing date (or today, when it was closed before its closing date).
 */
export function referenceDateFor(offer: { openForCandidacies: boolean; closingDate: IsoDate }, today: IsoDate): IsoDate {
  if (offer.openForCandidacies) return today;
  return offer.closingDate < today ? offer.closingDate : today;
}
