import type { HousedHome } from '../../ports/registry.port';
import type { HousedHomes } from '../../ports/registry-sync.port';

/**
 * What the registry's radiation reads of the offer that housed a demand and of its landlord: the
 * offer and landlord modules' façades answer (named by shape, not imported: those modules read
 * this one's facts, and module imports stay without cycles).
 */
export interface HousingOffers {
  offerForCandidacy(offerId: string): Promise<{ id: string; landlordId: string; communeCode: string; typology: number; financing: string } | null>;
}
export interface HousingLandlords {
  findById(landlordId: string): Promise<{ siren?: string | null | undefined } | null>;
}

/** The registry's typology code of a home with this number of main rooms (T1…T6). */
const registryTypology = (typology: number): string => `T${typology}`;

/** The home of the offer that housed a demand, as the registry's radiation carries it; read when the radiation job runs (late-bound façades). */
export function housedHomesGateway(offers: () => HousingOffers, landlords: () => HousingLandlords): HousedHomes {
  return {
    async homeOf(offerId): Promise<HousedHome | null> {
      const offer = await offers().offerForCandidacy(offerId);
      if (!offer) return null;
      const landlord = await landlords().findById(offer.landlordId);
      return {
        communeCode: offer.communeCode,
        typology: registryTypology(offer.typology),
        financing: offer.financing,
        offerReference: offer.id,
        ...(landlord?.siren ? { landlordSiren: landlord.siren } : {}),
      };
    },
  };
}
