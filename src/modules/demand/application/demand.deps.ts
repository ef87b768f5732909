import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { EventBus } from '../../../shared/events';
import type { JobQueue } from '../../../shared/jobs';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { DemandLogger, DemandNotificationOutbox, DemandRepository, DemandSettings } from '../ports';
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

/** Durable jobs of the demand module (kinds of `platform.jobs`). */
export const DEMAND_JOBS = {
  /** asks the registry for the number of a validated demand, or sends it the edited data */
  register: 'demand.register-with-registry',
} as const;

/** The dedupe key of a demand's registration job: one pending job per demand. */
export const registrationJobKey = (demandId: string): string => `${DEMAND_JOBS.register}:${demandId}`;
