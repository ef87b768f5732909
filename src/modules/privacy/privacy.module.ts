import { ContainerModule, type ServiceIdentifier } from 'inversify';
import type { PrivacyAlerts } from './ports';
import { SHARED } from '../../shared/tokens';
import { PRIVACY } from './tokens';
import { PrivacyService } from './application/privacy.service';

/** Binds the privacy façade; its ports (the other modules' façades) are bound by the bootstrap. */
export const privacyModule = new ContainerModule(({ bind }) => {
  bind(PRIVACY.Service)
    .toResolvedValue(
      (accounts, demands, candidacies, companies, audit, clock, uow, alerts) => new PrivacyService({ accounts, demands, candidacies, companies, audit, clock, uow, alerts }),
      [
        PRIVACY.Accounts,
        PRIVACY.Demands,
        PRIVACY.Candidacies,
        PRIVACY.Companies,
        SHARED.AuditTrail,
        SHARED.Clock,
        SHARED.UnitOfWork,
        { serviceIdentifier: PRIVACY.Alerts as ServiceIdentifier<PrivacyAlerts | undefined>, optional: true },
      ],
    )
    .inSingletonScope();
});
