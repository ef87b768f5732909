import type { OfferService } from '../../../offer/index';
import type { AgreementOfferSource } from '../../ports';

/**
 * The offers counted against the agreements, over the offer module's façade, read when first asked
 * (late-bound: the offer module also asks this module for its agreements).
 */
export function agreementOffersGateway(offers: () => OfferService): AgreementOfferSource {
  return {
    counts: (ids) => offers().agreementCounts(ids),
    offers: (id) => offers().agreementOffers(id),
    waiting: (landlordId) => offers().waitingForLandlord(landlordId),
  };
}
