import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type {
  AgreementOfferSource,
  AgreementRepository,
  ApiClientRegistrar,
  LandlordAccounts,
  LandlordOutbox,
  LandlordRepository,
  LandlordSettings,
  LandlordUserRepository,
} from '../ports';

export interface LandlordDeps {
  landlords: LandlordRepository;
  agreements: AgreementRepository;
  agreementOffers: AgreementOfferSource;
  apiClients: ApiClientRegistrar;
  audit: AuditTrail;
  clock: Clock;
  uow: UnitOfWork;
  users: LandlordUserRepository;
  outbox: LandlordOutbox;
  accounts: LandlordAccounts;
  settings: LandlordSettings;
}
