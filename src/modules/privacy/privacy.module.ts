import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { PRIVACY } from './tokens';
import { PrivacyService } from './application/privacy.service';

/** Binds the privacy façade; its ports (the other modules' façades) are bound by the bootstrap. */
export const privacyModule = new ContainerModule(({ bind }) => {
  bind(PRIVACY.Service)
    .toResolvedValue(
      (accounts, demands, candidacies, companies, audit, clock, uow) => new PrivacyService({ accounts, demands, candidacies, companies, audit, clock, uow }),
      [PRIVACY.Accounts, PRIVACY.Demands, PRIVACY.Candidacies, PRIVACY.Companies, SHARED.AuditTrail, SHARED.Clock, SHARED.UnitOfWork],
    )
    .inSingletonScope();
});
