import type { Principal } from '../../identity/index';
import { isOpenForCandidacies, OFFER_STATUSES, type FluxOffer, type OfferStatus, type Zone } from '../domain/index';
import type { ApplicantFacts, EligibilityResult } from '../domain/index';
import type { Offer } from '../ports';
import { evaluate } from './eligibility';
import { assertMayRead, isAgent, isLandlordRole, offerNotFound } from './access';
import type { OfferContext } from './offer.deps';
import { offerError } from '../offer.errors';
import { effectiveStatus, historyView, toView, type OfferHistoryView, type OfferView } from './offer-view';

export type OfferDetail = OfferView & { history?: OfferHistoryView[] };

/** One offer for a caller allowed to see it (else 404); landlords and agents also get its dated history. */
export async function getOffer(ctx: OfferContext, principal: Principal, offerId: string): Promise<OfferDetail> {
  const offer = await ctx.offers.findById(offerId);
  assertMayRead(principal, offer);
  const [names, photos] = await Promise.all([ctx.landlords.namesOf([offer.landlordId]), ctx.photos.listForOffer(offer.id)]);
  const view = toView(ctx, offer, names, ctx.clock.now(), photos);
  if (!isAgent(principal) && !isLandlordRole(principal)) return view;
  return { ...view, history: historyView(await ctx.offers.history(offerId)) };
}

/** The stored offer (for back-office pages and use cases that already checked access). */
export async function requireOffer(ctx: OfferContext, offerId: string): Promise<Offer> {
  const offer = await ctx.offers.findById(offerId);
  if (!offer) throw offerNotFound();
  return offer;
}

/** What the candidacy and scoring modules need of an offer. */
export interface OfferForCandidacy {
  id: string;
  landlordId: string;
  agreementId: string | null;
  /** the stored status */
  status: OfferStatus;
  /** `closed` already when the closing date has passed */
  effectiveStatus: OfferStatus;
  /** published and its closing date (inclusive) not passed */
  openForCandidacies: boolean;
  closingDate: string;
  rent: number;
  charges: number;
  communeCode: string;
  communeName: string | null;
  departement: string;
  zone: Zone;
  /** the EPCI of the commune (territory scoring grids) */
  epci: { code: string; name: string } | null;
  typology: number;
  mainRooms: number;
  surface: number;
  financing: string;
  accessible: boolean;
  candidacyCount: number;
  publishedAt: Date | null;
}

export async function offerForCandidacy(ctx: OfferContext, offerId: string): Promise<OfferForCandidacy | null> {
  const offer = await ctx.offers.findById(offerId);
  return offer ? candidacyViewOf(ctx, offer) : null;
}

/**
 * An application's reads of the offer in one: the offer as the candidacy module sees it and the
 * household's eligibility to it (one read of the offer instead of two).
 */
export async function offerForApplication(ctx: OfferContext, facts: ApplicantFacts, offerId: string): Promise<{ offer: OfferForCandidacy; eligibility: EligibilityResult } | null> {
  const offer = await ctx.offers.findById(offerId);
  if (!offer) return null;
  const now = ctx.clock.now();
  return { offer: candidacyViewOf(ctx, offer, now), eligibility: await evaluate(ctx, facts, offer, now) };
}

function candidacyViewOf(ctx: OfferContext, offer: Offer, now: Date = ctx.clock.now()): OfferForCandidacy {
  const d = offer.data;
  return {
    id: offer.id,
    landlordId: offer.landlordId,
    agreementId: offer.agreementId,
    status: offer.status,
    effectiveStatus: effectiveStatus(offer, now),
    openForCandidacies: isOpenForCandidacies({ status: offer.status, closingDate: d.closingDate }, now),
    closingDate: d.closingDate,
    rent: d.rent,
    charges: d.charges,
    communeCode: d.communeCode,
    communeName: ctx.communes.communeName(d.communeCode) ?? null,
    departement: offer.departement,
    zone: offer.zone,
    epci: ctx.communes.epciOf(d.communeCode) ?? null,
    typology: d.typology,
    mainRooms: d.mainRooms,
    surface: d.surface,
    financing: d.financing,
    accessible: d.accessible,
    candidacyCount: offer.candidacyCount,
    publishedAt: offer.publishedAt,
  };
}

/** Whether the caller may see the offer (the candidacy module's routes under /offers/{id}). */
export async function assertOfferVisible(ctx: OfferContext, principal: Principal, offerId: string): Promise<void> {
  assertMayRead(principal, await ctx.offers.findById(offerId));
}

/** The candidacy module keeps the number of candidacies of each offer (+1 on apply, −1 on withdrawal). */
export async function adjustCandidacyCount(ctx: OfferContext, offerId: string, delta: number): Promise<number> {
  return (await adjustCandidacyCountAndRead(ctx, offerId, delta)).candidacyCount;
}

/**
 * The same, answering the offer as the candidacy module sees it after the change: its row is then
 * locked until the caller's transaction ends, so this is also the offer's read under lock (an
 * application checks the offer is still open) — one statement instead of two.
 */
export async function adjustCandidacyCountAndRead(ctx: OfferContext, offerId: string, delta: number): Promise<OfferForCandidacy> {
  if (!Number.isInteger(delta)) throw offerError.candidacyCount(delta);
  const offer = await ctx.offers.adjustCandidacyCount(offerId, delta);
  if (offer === null) throw offerNotFound();
  return candidacyViewOf(ctx, offer);
}

/** Offers by stored status, every status present (platform figures). */
export async function countsByStatus(ctx: OfferContext): Promise<Record<OfferStatus, number>> {
  const counts = await ctx.offers.countByStatus();
  return Object.fromEntries(OFFER_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<OfferStatus, number>;
}

// ——— flux, for the landlord module ———

export const agreementCounts = (ctx: OfferContext, agreementIds: readonly string[]) =>
  agreementIds.length ? ctx.offers.agreementCounts(agreementIds) : Promise.resolve(new Map<string, { published: number; allocated: number }>());

export async function agreementOffers(ctx: OfferContext, agreementId: string): Promise<FluxOffer[]> {
  const offers = await ctx.offers.offersOfAgreement(agreementId);
  return offers.map((o) => {
    const name = ctx.communes.communeName(o.data.communeCode);
    return {
      typology: o.data.typology,
      financing: o.data.financing,
      communeCode: o.data.communeCode,
      ...(name ? { communeName: name } : {}),
      status: o.status,
      everPublished: o.everPublished,
    };
  });
}
