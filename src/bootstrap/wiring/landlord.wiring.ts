import { IDENTITY } from '../../modules/identity/index';
import { agreementOffersGateway, apiClientRegistrarGateway, LANDLORD, landlordAccountsGateway, landlordModule } from '../../modules/landlord/index';
import { OFFER } from '../../modules/offer/index';
import {
  DrizzleAgreementRepository,
  DrizzleLandlordOutbox,
  DrizzleLandlordRepository,
  DrizzleLandlordUserRepository,
  landlordOutboxSource,
} from '../../adapters/db/repositories/drizzle-landlord.repository';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import type { ModuleWiring } from './wiring';

/**
 * The landlord module: the referential and the agreements on the database; the offers counted
 * against the agreements come from the offer module (resolved lazily: the offer module also asks
 * the landlord module for agreements); API clients are registered by the identity module.
 */
export const landlordWiring: ModuleWiring = (container, { config, database }) => {
  container.bind(LANDLORD.LandlordRepository).toConstantValue(new DrizzleLandlordRepository(database));
  container.bind(LANDLORD.AgreementRepository).toConstantValue(new DrizzleAgreementRepository(database));
  // the offers counted against the agreements: late-bound (the offer module also asks this one for agreements)
  container.bind(LANDLORD.AgreementOfferSource).toConstantValue(agreementOffersGateway(() => container.get(OFFER.Service)));
  container.bind(LANDLORD.ApiClientRegistrar).toResolvedValue(apiClientRegistrarGateway, [IDENTITY.Service]);
  // the landlord portal's users: invited and disabled through the identity module, invitations mailed from the landlord outbox
  container.bind(LANDLORD.UserRepository).toConstantValue(new DrizzleLandlordUserRepository(database));
  container.bind(LANDLORD.Outbox).toConstantValue(new DrizzleLandlordOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(landlordOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(LANDLORD.Settings).toConstantValue({ publicUrl: config.publicUrl });
  container.bind(LANDLORD.Accounts).toResolvedValue(landlordAccountsGateway, [IDENTITY.Service]);
  container.loadSync(landlordModule);
};
