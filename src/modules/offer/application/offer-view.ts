import { roundCents } from '../../../shared/money';
import {
  allowedOfferActions,
  isOpenForCandidacies,
  OFFER_STATUS_LABELS,
  shouldCloseAutomatically,
  ZONE_LABELS,
  type OfferActions,
  type OfferHistoryEntry,
  type OfferStatus,
  type Zone,
} from '../domain/index';
import type { Offer, OfferPhoto } from '../ports';
import type { OfferContext } from './offer.deps';
import { photoView, type OfferPhotoView } from './photo-view';

/** An offer as callers see it, with its commune, zone and landlord named. */
export interface OfferView {
  id: string;
  landlordId: string;
  landlordName: string | null;
  agreementId: string | null;
  /** the status, `closed` already when the closing date has passed (the automatic closing may not have run yet) */
  status: OfferStatus;
  statusLabel: string;
  openForCandidacies: boolean;
  /** the transitions the (seen) status allows: pages show their buttons from it */
  actions: OfferActions;
  addressLine: string;
  postalCode: string;
  communeCode: string;
  communeName: string | null;
  departement: string;
  zone: Zone;
  zoneLabel: string;
  epci: { code: string; name: string } | null;
  typology: number;
  mainRooms: number;
  surface: number;
  floor: number;
  elevator: boolean;
  accessible: boolean;
  energyClass: string;
  rent: number;
  charges: number;
  totalRent: number;
  financing: string;
  availableFrom: string;
  closingDate: string;
  description: string | null;
  candidacyCount: number;
  /** the landlord's photos, in their order, each in three sizes */
  photos: OfferPhotoView[];
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
}

export interface OfferHistoryView {
  action: string;
  from: OfferStatus;
  to: OfferStatus;
  at: Date;
  by: string | null;
  reason: string | null;
  /** an agent (`by`) acted for this landlord, on its behalf */
  onBehalfOf: string | null;
}

/** The status callers see: a published offer past its closing date is closed for them. */
export function effectiveStatus(offer: Offer, now: Date): OfferStatus {
  return shouldCloseAutomatically({ status: offer.status, closingDate: offer.data.closingDate }, now) ? 'closed' : offer.status;
}

export function toView(ctx: OfferContext, offer: Offer, landlordNames: Map<string, string>, now: Date, photos: readonly OfferPhoto[] = []): OfferView {
  const d = offer.data;
  const status = effectiveStatus(offer, now);
  return {
    id: offer.id,
    landlordId: offer.landlordId,
    landlordName: landlordNames.get(offer.landlordId) ?? null,
    agreementId: offer.agreementId,
    status,
    statusLabel: OFFER_STATUS_LABELS[status],
    openForCandidacies: isOpenForCandidacies({ status: offer.status, closingDate: d.closingDate }, now),
    actions: allowedOfferActions(status),
    addressLine: d.addressLine,
    postalCode: d.postalCode,
    communeCode: d.communeCode,
    communeName: ctx.communes.communeName(d.communeCode) ?? null,
    departement: offer.departement,
    zone: offer.zone,
    zoneLabel: ZONE_LABELS[offer.zone].fr,
    epci: ctx.communes.epciOf(d.communeCode) ?? null,
    typology: d.typology,
    mainRooms: d.mainRooms,
    surface: d.surface,
    floor: d.floor,
    elevator: d.elevator,
    accessible: d.accessible,
    energyClass: d.energyClass,
    rent: d.rent,
    charges: d.charges,
    totalRent: roundCents(d.rent + d.charges),
    financing: d.financing,
    availableFrom: d.availableFrom,
    closingDate: d.closingDate,
    description: d.description ?? null,
    candidacyCount: offer.candidacyCount,
    photos: photos.map(photoView),
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
    submittedAt: offer.submittedAt,
    publishedAt: offer.publishedAt,
  };
}

export async function toViews(ctx: OfferContext, offers: Offer[], now: Date): Promise<OfferView[]> {
  const [names, photos] = await Promise.all([ctx.landlords.namesOf(offers.map((o) => o.landlordId)), ctx.photos.listForOffers(offers.map((o) => o.id))]);
  return offers.map((o) => toView(ctx, o, names, now, photos.get(o.id)));
}

export function historyView(entries: OfferHistoryEntry[]): OfferHistoryView[] {
  return entries.map((e) => ({ action: e.action, from: e.from, to: e.to, at: e.at, by: e.by ?? null, reason: e.reason ?? null, onBehalfOf: e.onBehalfOf ?? null }));
}
