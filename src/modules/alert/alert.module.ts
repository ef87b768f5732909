import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { ALERT } from './tokens';
import { AlertService } from './application/alert.service';

/** Binds the alert façade; its ports (repository, outbox, the offers' search, settings) are bound by the bootstrap. */
export const alertModule = new ContainerModule(({ bind }) => {
  bind(ALERT.Service)
    .toResolvedValue(
      (alerts, offers, outbox, settings, clock, uow) => new AlertService({ alerts, offers, outbox, settings, clock, uow }),
      [ALERT.Repository, ALERT.Offers, ALERT.Outbox, ALERT.Settings, SHARED.Clock, SHARED.UnitOfWork],
    )
    .inSingletonScope();
});
