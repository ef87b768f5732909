import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { EventBus } from '../../../shared/events';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { DemandRepository } from '../ports/demands.port';
import type { DemandLogger } from '../ports/logger.port';
import type { DemandContactOutbox, DemandImportSettings, ImportAttemptLimiter, ImportChallengeRepository } from '../ports/import.port';
import type { DemandRegistries } from '../ports/registry.port';

/** What the import of a registry demand needs from outside, bound by the bootstrap. */
export interface DemandImportDeps {
  demands: DemandRepository;
  registries: DemandRegistries;
  /** reserves attempts per account, address and registry number before they are evaluated */
  limiter: ImportAttemptLimiter;
  challenges: ImportChallengeRepository;
  /** the code to the registry's contact */
  contactOutbox: DemandContactOutbox;
  settings: DemandImportSettings;
  audit: AuditTrail;
  events: EventBus;
  clock: Clock;
  uow: UnitOfWork;
  logger: DemandLogger;
}
