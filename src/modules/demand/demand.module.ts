import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { DEMAND } from './tokens';
import { DemandService } from './application/demand.service';
import { DemandImportService } from './application/demand-import.service';
import { DocumentService } from './application/document.service';
import { RetentionService } from './application/retention.service';
import { RegistrySyncService } from './application/registry-sync.service';

/**
 * Binds the demand façade and the supporting documents' façade; their ports are bound by the
 * bootstrap (src/bootstrap/wiring/demand.wiring.ts).
 */
export const demandModule = new ContainerModule(({ bind }) => {
  bind(DEMAND.Service)
    .toResolvedValue(
      (demands, documents, notifications, registries, settings, logger, audit, jobs, events, clock, uow) =>
        new DemandService({ demands, documents, notifications, registries, settings, logger, audit, jobs, events, clock, uow }),
      [
        DEMAND.Repository,
        DEMAND.DocumentRepository,
        DEMAND.NotificationOutbox,
        DEMAND.Registries,
        DEMAND.Settings,
        DEMAND.Logger,
        SHARED.AuditTrail,
        SHARED.JobQueue,
        SHARED.EventBus,
        SHARED.Clock,
        SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
  bind(DEMAND.Import)
    .toResolvedValue(
      (demands, registries, limiter, challenges, contactOutbox, settings, logger, audit, events, clock, uow) =>
        new DemandImportService({ demands, registries, limiter, challenges, contactOutbox, settings, logger, audit, events, clock, uow }),
      [
        DEMAND.Repository,
        DEMAND.Registries,
        DEMAND.ImportLimiter,
        DEMAND.ImportChallenges,
        DEMAND.ContactOutbox,
        DEMAND.ImportSettings,
        DEMAND.Logger,
        SHARED.AuditTrail,
        SHARED.EventBus,
        SHARED.Clock,
        SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
  bind(DEMAND.Documents)
    .toResolvedValue(
      (documents, demands, storage, detector, verification, designations, notifications, settings, logger, audit, jobs, clock, uow) =>
        new DocumentService({ documents, demands, storage, detector, verification, designations, notifications, settings, logger, audit, jobs, clock, uow }),
      [
        DEMAND.DocumentRepository,
        DEMAND.Repository,
        DEMAND.DocumentStorage,
        DEMAND.FileTypeDetector,
        DEMAND.Verification,
        DEMAND.DesignationChecker,
        DEMAND.NotificationOutbox,
        DEMAND.DocumentSettings,
        DEMAND.Logger,
        SHARED.AuditTrail,
        SHARED.JobQueue,
        SHARED.Clock,
        SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
  bind(DEMAND.Retention)
    .toResolvedValue(
      (store, demands, documents, storage, settings, logger, audit, events, clock, uow) =>
        new RetentionService({ store, demands, documents, storage, settings, logger, audit, events, clock, uow }),
      [
        DEMAND.RetentionStore,
        DEMAND.Repository,
        DEMAND.DocumentRepository,
        DEMAND.DocumentStorage,
        DEMAND.RetentionSettings,
        DEMAND.Logger,
        SHARED.AuditTrail,
        SHARED.EventBus,
        SHARED.Clock,
        SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
  bind(DEMAND.RegistrySync)
    .toResolvedValue(
      (demands, documents, notifications, registries, settings, logger, audit, jobs, events, clock, uow, homes, feeds, pending, sync) =>
        new RegistrySyncService({
          demands,
          documents,
          notifications,
          registries,
          settings,
          logger,
          audit,
          jobs,
          events,
          clock,
          uow,
          homes,
          feeds,
          pending,
          firstFeedDays: sync.firstFeedDays,
        }),
      [
        DEMAND.Repository,
        DEMAND.DocumentRepository,
        DEMAND.NotificationOutbox,
        DEMAND.Registries,
        DEMAND.Settings,
        DEMAND.Logger,
        SHARED.AuditTrail,
        SHARED.JobQueue,
        SHARED.EventBus,
        SHARED.Clock,
        SHARED.UnitOfWork,
        DEMAND.HousedHomes,
        DEMAND.RegistryFeeds,
        DEMAND.RegistryPendingWork,
        DEMAND.RegistrySyncSettings,
      ],
    )
    .inSingletonScope();
});
