import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { JobQueue } from '../../../shared/jobs';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { DemandRepository } from '../ports/demands.port';
import type { DemandLogger } from '../ports/logger.port';
import type { DemandNotificationOutbox } from '../ports/notifications.port';
import type { DocumentStorage } from '../ports/document-storage.port';
import type { DesignationChecker, DocumentRepository, DocumentSettings, DocumentVerification, FileTypeDetector } from '../ports/documents.port';

/** What the document use cases need from outside, bound by the bootstrap. */
export interface DocumentDeps {
  documents: DocumentRepository;
  demands: DemandRepository;
  storage: DocumentStorage;
  detector: FileTypeDetector;
  verification: DocumentVerification;
  designations: DesignationChecker;
  notifications: DemandNotificationOutbox;
  settings: DocumentSettings;
  audit: AuditTrail;
  jobs: JobQueue;
  clock: Clock;
  uow: UnitOfWork;
  logger: DemandLogger;
}

/** The wait before poll number `round` (1-based): firstPollDelayMs, doubled each round, capped. */
export function pollDelayMs(settings: DocumentSettings, round: number): number {
  return Math.min(settings.maxPollDelayMs, settings.firstPollDelayMs * 2 ** Math.min(Math.max(round - 1, 0), 30));
}
