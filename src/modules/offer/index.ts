// Public API of the offer module: the only file other modules and adapters import.
export * from './domain/index';
export type * from './ports';
export type { OfferView, OfferHistoryView } from './application/offer-view';
export type { OfferPhotoView } from './application/photo-view';
export type { PhotoContent } from './application/read-photo';
export { PHOTO_SIZES } from './ports';
export type { OfferDetail, OfferForCandidacy } from './application/offer-queries';
export type { EligibilityReport, OfferEligibilitySummary } from './application/eligibility';
export type { SearchOffersInput, OfferSearchItem, OfferEligibilityBrief } from './application/search-offers';
export type { CreateOfferResult } from './application/create-offer';
export type { CeilingsStatus } from './application/ceilings-status';
export type { CeilingsPreview } from './application/preview-ceilings';
export type { OfferInput } from './application/offer-input';
export { OFFER_APP_ERRORS } from './application/offer-input';
export { OfferService } from './application/offer.service';
export { OFFER_EVENTS } from './application/transitions';
export { OFFER } from './tokens';
export { offerModule } from './offer.module';
