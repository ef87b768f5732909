import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { EventBus } from '../../../shared/events';
import type { JobQueue } from '../../../shared/jobs';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { DemandRepository } from '../ports/demands.port';
import type { DemandLogger } from '../ports/logger.port';
import type { DemandNotificationOutbox } from '../ports/notifications.port';
import type { DemandSettings } from '../ports/settings.port';
import type { DemandRegistries } from '../ports/registry.port';
import type { DocumentRepository } from '../ports/documents.port';

/** What the demand use cases need from outside, bound by the bootstrap. */
export interface DemandDeps {
  demands: DemandRepository;
  /** the supporting documents (the instruction checklist, the pieces behind a fact's check) */
  documents: DocumentRepository;
  notifications: DemandNotificationOutbox;
  registries: DemandRegistries;
  settings: DemandSettings;
  audit: AuditTrail;
  jobs: JobQueue;
  events: EventBus;
  clock: Clock;
  uow: UnitOfWork;
  logger: DemandLogger;
}
