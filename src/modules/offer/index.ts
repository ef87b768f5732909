// Public API of the offer module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { OfferForCandidacy } from './application/candidacy-view';
export type { CeilingsStatus } from './application/ceilings-status';
export type { CreateOfferResult } from './application/create-offer';
export type { EligibilityReport } from './application/eligibility';
export { applicantFactsGateway } from './application/gateways/applicant-facts.gateway';
export { landlordDirectoryGateway } from './application/gateways/landlord-directory.gateway';
export type { OfferDetail } from './application/get-offer';
export type { OfferInput } from './application/offer-input';
export type { OfferHistoryView, OfferView } from './application/offer-view';
export { OfferService } from './application/offer.service';
export type { OfferPhotoView } from './application/photo-view';
export type { CeilingsPreview } from './application/preview-ceilings';
export { OFFER_PHOTO_SETTINGS } from './application/photo-limits';
export type { PhotoContent } from './application/read-photo';
export type { OfferSearchItem, SearchOffersInput } from './application/search-offers';
export type { OfferEligibilitySummary } from './application/summarize-offer-eligibility';
export type { LandlordWaitingOffers } from './application/waiting-for-landlord';
export { CEILING_CSV_HEADER, type CeilingCsvProblem } from './domain/ceilings-csv';
export { CEILING_FINANCINGS, type CeilingRow, ceilingRowsFromJson, type Financing, FINANCINGS, HOUSEHOLD_CATEGORIES, type HouseholdCategory } from './domain/ceilings';
export { type ApplicantFacts, type EligibilityResult, failedBlockingChecks } from './domain/eligibility';
export {
  FLUX_REPORT_COLUMNS,
  fluxGap,
  type FluxGap,
  type FluxOffer,
  fluxReportCsv,
  type FluxReportRow,
  fluxReportRows,
  fluxReportTotals,
  type ReservationAgreement,
  validateReservationAgreement,
} from './domain/flux';
export { isFinalOfferStatus, OFFER_STATUS_LABELS, OFFER_STATUSES, type OfferAction, type OfferHistoryEntry, type OfferStatus } from './domain/offer-lifecycle';
export { ENERGY_CLASSES, type EnergyClass, type OfferData } from './domain/offer-validation';
export { ileDeFranceDepartementsFromJson, parisAndBorderingCodesFromJson, type Zone, ZONE_LABELS, ZONES } from './domain/zone';
export { OFFER_APP_ERRORS, OFFER_ERRORS, offerError } from './offer.errors';
export { OFFER_EVENTS, type OfferEventPayloads } from './offer.events';
export { offerModule } from './offer.module';
export type {
  CeilingRepository,
  CommuneDirectory,
  IdempotencyRecord,
  Offer,
  OfferPhoto,
  OfferPhotoRepository,
  OfferRepository,
  OfferSearchCriteria,
  PhotoProcessor,
  PhotoSize,
  PhotoSourceType,
  ProcessedImage,
  ReferenceData,
} from './ports';
export { OFFER } from './tokens';
