import { DomainError, conflict } from '../../../shared/errors';
import type { IsoDate } from '../../../shared/dates';
import { CANDIDACY_ERRORS } from './candidacy-errors';

/**
 * The rules of applying to an offer (brief §4, "Candidacy limits"): the demand is active, the offer
 * is published and before its closing date, the household fits the offer, and the demand has
 * fewer open candidacies than the platform's cap.
 */

export const DEFAULT_MAX_OPEN_CANDIDACIES = 5;

export function assertDemandActive(status: string): void {
  if (status !== 'active') {
    throw new DomainError('conflict', CANDIDACY_ERRORS.DEMAND_NOT_ACTIVE, 'Votre demande doit être active (validée) pour candidater.', { details: { demandStatus: status } });
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
    throw conflict(CANDIDACY_ERRORS.OFFER_CLOSED, `Les candidatures à cette offre sont closes (clôture : ${offer.closingDate}).`, {
      offerStatus: offer.status, closingDate: offer.closingDate,
    });
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
    : [{ rule: 'income_incomplete', fr: 'les revenus fiscaux de référence du ménage sont incomplets', en: 'the household’s reference tax income is incomplete' }, ...outcome.reasons];
  throw new DomainError('invalid', CANDIDACY_ERRORS.NOT_ELIGIBLE, `Votre ménage ne correspond pas à cette offre : ${reasons.map((r) => r.fr).join(' ; ')}.`, {
    details: { reasons },
  });
}

export function assertUnderCap(openCandidacies: number, max: number): void {
  if (openCandidacies >= max) {
    throw conflict(CANDIDACY_ERRORS.TOO_MANY_OPEN, `Vous avez déjà ${openCandidacies} candidatures en cours : ${max} au plus en même temps. Retirez-en une pour candidater.`, {
      openCandidacies, max,
    });
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
