import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import type { ApplicantFacts, CeilingRow, EligibilityResult, FluxOffer, OfferStatus } from '../domain/index';
import type { Offer } from '../ports';
import { createOffer, type CreateOfferResult } from './create-offer';
import { eligibilityForDemand } from './check-demand-eligibility';
import { eligibilityOfFacts } from './check-household-eligibility';
import type { EligibilityReport } from './eligibility';
import { eligibilitySummaryFor, eligibilitySummaryOf, type OfferEligibilitySummary } from './summarize-offer-eligibility';
import type { OfferContext, OfferDeps } from './offer.deps';
import type { OfferInput } from './offer-input';
import { adjustCandidacyCount, adjustCandidacyCountAndRead } from './adjust-candidacy-count';
import { assertOfferVisible } from './assert-offer-visible';
import type { OfferForCandidacy } from './candidacy-view';
import { agreementCounts } from './count-agreement-offers';
import { countsByStatus } from './count-offers-by-status';
import { getOffer, type OfferDetail } from './get-offer';
import { agreementOffers } from './list-agreement-offers';
import { offerForApplication } from './offer-for-application';
import { offerForCandidacy } from './offer-for-candidacy';
import { toViews, type OfferHistoryView, type OfferView } from './offer-view';
import { offerHistory } from './get-offer-history';
import { ceilingRowsOf } from './list-ceiling-rows';
import { ReferenceTables } from './reference-tables';
import { searchOffers, type OfferSearchItem, type SearchOffersInput } from './search-offers';
import { allocateOffer } from './allocate-offer';
import { closeDueOffers } from './close-due-offers';
import { closeOffer } from './close-offer';
import { designateOffer } from './designate-offer';
import { publishOffer } from './publish-offer';
import { republishOffer } from './republish-offer';
import { sendBack } from './send-back-offer';
import { startInstruction } from './start-instruction';
import { submitOffer } from './submit-offer';
import { transmitOffer } from './transmit-offer';
import { withdrawOffer } from './withdraw-offer';
import { updateDraft } from './update-offer';
import { ceilingsStatus, type CeilingsStatus } from './ceilings-status';
import { previewCeilings, type CeilingsPreview } from './preview-ceilings';
import { loadCeilings } from './load-ceilings';
import type { Page } from '../../../shared/pagination';
import type { PhotoSize } from '../ports';
import { addPhoto } from './add-photo';
import { deletePhoto } from './delete-photo';
import { reorderPhotos } from './reorder-photos';
import { readPhoto, type PhotoContent } from './read-photo';
import type { OfferPhotoView } from './photo-view';
import { waitingForLandlord, type LandlordWaitingOffers } from './waiting-for-landlord';
import { newOffersMatching, type NewOfferMatch, type NewOffersCriteria } from './new-offers-matching';

/** The offer module's façade: one method per use case or query, each in its own file. */
export class OfferService {
  private readonly ctx: OfferContext;

  constructor(deps: OfferDeps) {
    this.ctx = { ...deps, tables: new ReferenceTables(deps) };
  }

  // ——— landlords ———
  create = (principal: Principal, input: OfferInput, idempotencyKey?: string): Promise<CreateOfferResult> => createOffer(this.ctx, principal, input, idempotencyKey);
  updateDraft = (principal: Principal, offerId: string, patch: OfferInput): Promise<Offer> => updateDraft(this.ctx, principal, offerId, patch);
  submit = (principal: Principal, offerId: string): Promise<Offer> => submitOffer(this.ctx, principal, offerId);
  withdraw = (principal: Principal, offerId: string, reason: string): Promise<Offer> => withdrawOffer(this.ctx, principal, offerId, reason);

  // ——— photos (the landlord, or an agent) ———
  addPhoto = (principal: Principal, offerId: string, input: { content: Uint8Array; alt?: string | undefined }): Promise<OfferPhotoView> =>
    addPhoto(this.ctx, principal, offerId, input);
  deletePhoto = (principal: Principal, offerId: string, photoId: string): Promise<void> => deletePhoto(this.ctx, principal, offerId, photoId);
  reorderPhotos = (principal: Principal, offerId: string, photoIds: readonly string[]): Promise<OfferPhotoView[]> => reorderPhotos(this.ctx, principal, offerId, photoIds);
  /** One size of a photo for whoever may see the offer (anyone once published, signed in or not). */
  readPhoto = (principal: Principal | undefined, offerId: string, photoId: string, size: PhotoSize): Promise<PhotoContent> =>
    readPhoto(this.ctx, principal, offerId, photoId, size);
  get photoSettings() {
    return this.ctx.photoSettings;
  }

  // ——— agents ———
  startInstruction = (principal: Principal, offerId: string): Promise<Offer> => startInstruction(this.ctx, principal, offerId);
  sendBack = (principal: Principal, offerId: string, message: string): Promise<Offer> => sendBack(this.ctx, principal, offerId, message);
  publish = (principal: Principal, offerId: string, closingDate?: IsoDate): Promise<Offer> => publishOffer(this.ctx, principal, offerId, closingDate);
  close = (principal: Principal, offerId: string): Promise<Offer> => closeOffer(this.ctx, principal, offerId);

  // ——— reading ———
  get = (principal: Principal, offerId: string): Promise<OfferDetail> => getOffer(this.ctx, principal, offerId);
  search = (principal: Principal, input: SearchOffersInput): Promise<Page<OfferSearchItem>> => searchOffers(this.ctx, principal, input);
  eligibility = (principal: Principal, demandId: string, offerId: string): Promise<EligibilityReport> => eligibilityForDemand(this.ctx, principal, demandId, offerId);
  /** Which household categories and sizes an offer suits (back-office offer page). */
  eligibilitySummary(offerId: string): Promise<OfferEligibilitySummary> {
    return eligibilitySummaryOf(this.ctx, offerId);
  }
  /** The same for a caller: agents any offer, a landlord its own (the preview of its form); else 404. */
  eligibilitySummaryFor(principal: Principal, offerId: string): Promise<OfferEligibilitySummary> {
    return eligibilitySummaryFor(this.ctx, principal, offerId);
  }
  /** Views of stored offers (for callers that already hold them). */
  views = (offers: Offer[]): Promise<OfferView[]> => toViews(this.ctx, offers, this.ctx.clock.now());
  history(offerId: string): Promise<OfferHistoryView[]> {
    return offerHistory(this.ctx, offerId);
  }

  // ——— income ceilings (agents read the status; administrators load a year) ———
  ceilingsStatus = (): Promise<CeilingsStatus> => ceilingsStatus(this.ctx);
  /** The cells of one year's table (the back office's ceilings page). */
  ceilingRowsOf = (year: number): Promise<CeilingRow[]> => ceilingRowsOf(this.ctx, year);
  previewCeilings = (principal: Principal, csv: string): Promise<CeilingsPreview> => previewCeilings(this.ctx, principal, csv);
  loadCeilings = (principal: Principal, csv: string): Promise<{ year: number; rows: number }> => loadCeilings(this.ctx, principal, csv);

  // ——— scheduled ———
  /** Closes the published offers whose closing date has passed (idempotent). */
  closeDueOffers = (now?: Date) => closeDueOffers(this.ctx, now);
  /** Seeds the income ceilings from the reference file (idempotent); the first eligibility check does it too. */
  seedReferenceData = (): Promise<number> => this.ctx.tables.seedCeilings();

  // ——— for the candidacy and scoring modules (no access check: the caller checks its own rights) ———
  offerForCandidacy = (offerId: string): Promise<OfferForCandidacy | null> => offerForCandidacy(this.ctx, offerId);
  /** The offer and the household's eligibility to it, in one read of the offer (applying). */
  offerForApplication = (facts: ApplicantFacts, offerId: string) => offerForApplication(this.ctx, facts, offerId);
  /** The household's eligibility to the offer (refuse an application with `assertEligible`). */
  eligibilityOf = (facts: ApplicantFacts, offerId: string): Promise<EligibilityResult> => eligibilityOfFacts(this.ctx, facts, offerId);
  /** Throws OFFER.NOT_FOUND unless the caller may see the offer. */
  assertVisible = (principal: Principal, offerId: string): Promise<void> => assertOfferVisible(this.ctx, principal, offerId);
  designate = (offerId: string, input: { candidateCount: number; by?: string }): Promise<Offer> => designateOffer(this.ctx, offerId, input);
  transmit = (offerId: string, input: { by?: string } = {}): Promise<Offer> => transmitOffer(this.ctx, offerId, input);
  allocate = (offerId: string, input: { by?: string; onBehalfOf?: string | undefined } = {}): Promise<Offer> => allocateOffer(this.ctx, offerId, input);
  republish = (offerId: string, input: { closingDate: IsoDate; reason?: string; by?: string }): Promise<Offer> => republishOffer(this.ctx, offerId, input);
  adjustCandidacyCount = (offerId: string, delta: number): Promise<number> => adjustCandidacyCount(this.ctx, offerId, delta);
  /** adjustCandidacyCount answering the offer after the change (its row locked until the transaction ends) */
  adjustCandidacyCountAndRead = (offerId: string, delta: number): Promise<OfferForCandidacy> => adjustCandidacyCountAndRead(this.ctx, offerId, delta);
  countsByStatus = (): Promise<Record<OfferStatus, number>> => countsByStatus(this.ctx);

  // ——— for the alert module's daily run ———
  /** The offers newly published in (since, until] that a saved search names and the account's active demand fits; empty without one. */
  newOffersMatching = (accountId: string, criteria: NewOffersCriteria, since: Date, until: Date): Promise<NewOfferMatch[]> =>
    newOffersMatching(this.ctx, accountId, criteria, since, until);

  // ——— for the landlord module (flux, the landlord's summary) ———
  waitingForLandlord = (landlordId: string): Promise<LandlordWaitingOffers> => waitingForLandlord(this.ctx, landlordId);
  agreementCounts = (agreementIds: readonly string[]) => agreementCounts(this.ctx, agreementIds);
  agreementOffers = (agreementId: string): Promise<FluxOffer[]> => agreementOffers(this.ctx, agreementId);
}
