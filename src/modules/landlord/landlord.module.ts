import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { LANDLORD } from './tokens';
import { LandlordService } from './application/landlord.service';

/** Binds the landlord façade; its ports are bound by the bootstrap (src/bootstrap/wiring/landlord.wiring.ts). */
export const landlordModule = new ContainerModule(({ bind }) => {
  bind(LANDLORD.Service)
    .toResolvedValue(
      (landlords, agreements, agreementOffers, apiClients, audit, clock, uow, users, outbox, accounts, settings) =>
        new LandlordService({ landlords, agreements, agreementOffers, apiClients, audit, clock, uow, users, outbox, accounts, settings }),
      [
        LANDLORD.LandlordRepository,
        LANDLORD.AgreementRepository,
        LANDLORD.AgreementOfferSource,
        LANDLORD.ApiClientRegistrar,
        SHARED.AuditTrail,
        SHARED.Clock,
        SHARED.UnitOfWork,
        LANDLORD.UserRepository,
        LANDLORD.Outbox,
        LANDLORD.Accounts,
        LANDLORD.Settings,
      ],
    )
    .inSingletonScope();
});
