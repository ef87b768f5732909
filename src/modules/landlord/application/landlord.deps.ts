import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { AgreementOfferSource, AgreementRepository, ApiClientRegistrar, LandlordRepository } from '../ports';

export interface LandlordDeps {
  landlords: LandlordRepository;
  agreements: AgreementRepository;
  agreementOffers: AgreementOfferSource;
  apiClients: ApiClientRegistrar;
  audit: AuditTrail;
  clock: Clock;
  uow: UnitOfWork;
}
