import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { DEMAND } from './tokens';
import { DemandService } from './application/demand.service';

/** Binds the demand façade; its ports are bound by the bootstrap (src/bootstrap/wiring/demand.wiring.ts). */
export const demandModule = new ContainerModule(({ bind }) => {
  bind(DEMAND.Service)
    .toResolvedValue(
      (demands, notifications, registries, settings, logger, audit, jobs, events, clock, uow) =>
        new DemandService({ demands, notifications, registries, settings, logger, audit, jobs, events, clock, uow }),
      [
        DEMAND.Repository, DEMAND.NotificationOutbox, DEMAND.Registries, DEMAND.Settings, DEMAND.Logger,
        SHARED.AuditTrail, SHARED.JobQueue, SHARED.EventBus, SHARED.Clock, SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
});
