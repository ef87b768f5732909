import { isOpenForCandidacies, type OfferStatus, type Zone } from '../domain/index';
import type { Offer } from '../ports';
import type { OfferContext } from './offer.deps';
import { effectiveStatus } from './offer-view';

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

/** The offer as the candidacy module sees it at `now`. */
export function candidacyViewOf(ctx: OfferContext, offer: Offer, now: Date = ctx.clock.now()): OfferForCandidacy {
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
