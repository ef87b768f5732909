import { IDENTITY } from '../../modules/identity/index';
import { LANDLORD, landlordModule, type AgreementOfferSource } from '../../modules/landlord/index';
import { OFFER } from '../../modules/offer/index';
import { DrizzleAgreementRepository, DrizzleLandlordRepository } from '../../adapters/db/repositories/drizzle-landlord.repository';
import type { ModuleWiring } from './wiring';

/**
 * The landlord module: the referential and the agreements on the database; the offers counted
 * against the agreements come from the offer module (resolved lazily: the offer module also asks
 * the landlord module for agreements); API clients are registered by the identity module.
 */
export const landlordWiring: ModuleWiring = (container, { database }) => {
  container.bind(LANDLORD.LandlordRepository).toConstantValue(new DrizzleLandlordRepository(database));
  container.bind(LANDLORD.AgreementRepository).toConstantValue(new DrizzleAgreementRepository(database));
  const offers = () => container.get(OFFER.Service);
  const agreementOffers: AgreementOfferSource = {
    counts: (ids) => offers().agreementCounts(ids),
    offers: (id) => offers().agreementOffers(id),
  };
  container.bind(LANDLORD.AgreementOfferSource).toConstantValue(agreementOffers);
  container.bind(LANDLORD.ApiClientRegistrar).toResolvedValue(
    (identity) => ({ register: (input) => identity.registerApiClient(input) }),
    [IDENTITY.Service],
  );
  container.loadSync(landlordModule);
};
