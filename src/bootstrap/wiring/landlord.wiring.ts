import { IDENTITY } from '../../modules/identity/index';
import { LANDLORD, landlordModule, type AgreementOfferSource, type LandlordAccounts } from '../../modules/landlord/index';
import { OFFER } from '../../modules/offer/index';
import {
  DrizzleAgreementRepository, DrizzleLandlordOutbox, DrizzleLandlordRepository, DrizzleLandlordUserRepository, landlordOutboxSource,
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
  const offers = () => container.get(OFFER.Service);
  const agreementOffers: AgreementOfferSource = {
    counts: (ids) => offers().agreementCounts(ids),
    offers: (id) => offers().agreementOffers(id),
    waiting: (landlordId) => offers().waitingForLandlord(landlordId),
  };
  container.bind(LANDLORD.AgreementOfferSource).toConstantValue(agreementOffers);
  container.bind(LANDLORD.ApiClientRegistrar).toResolvedValue(
    (identity) => ({
      register: (input) => identity.registerApiClient(input),
      list: (landlordId) => identity.listLandlordApiClients(landlordId),
      revoke: (landlordId, clientId) => identity.revokeLandlordApiClient(landlordId, clientId),
    }),
    [IDENTITY.Service],
  );
  // the landlord portal's users: invited and disabled through the identity module, invitations mailed from the landlord outbox
  container.bind(LANDLORD.UserRepository).toConstantValue(new DrizzleLandlordUserRepository(database));
  container.bind(LANDLORD.Outbox).toConstantValue(new DrizzleLandlordOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(landlordOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(LANDLORD.Settings).toConstantValue({ publicUrl: config.publicUrl });
  container.bind(LANDLORD.Accounts).toResolvedValue(
    (identity): LandlordAccounts => ({
      invite: ({ email, displayName, landlordId }) => identity.inviteAccount({ email, displayName, role: 'landlord_user', orgId: landlordId }),
      disable: (accountId) => identity.disableAccount(accountId),
      statusesOf: async (accountIds) => {
        const statuses = await identity.accountStatuses(accountIds);
        return new Map(accountIds.map((id) => {
          const status = statuses.get(id);
          return [id, status === 'invited' || status === 'active' || status === 'disabled' ? status : 'other'];
        }));
      },
    }),
    [IDENTITY.Service],
  );
  container.loadSync(landlordModule);
};
