import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { JobQueue } from '../../../shared/jobs';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { DemandLogger, DemandNotificationOutbox, DemandRepository } from '../ports';
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

/** Durable jobs of the documents feature (kinds of `platform.jobs`). */
export const DOCUMENT_JOBS = {
  /** sends a document to the verification provider and keeps its reference */
  verify: 'document.verify',
  /** asks the provider for the verdict (fallback when the webhook does not come), with growing waits */
  poll: 'document.poll',
} as const;

export const verifyJobKey = (documentId: string): string => `${DOCUMENT_JOBS.verify}:${documentId}`;
export const pollJobKey = (documentId: string, round: number): string => `${DOCUMENT_JOBS.poll}:${documentId}:${round}`;

/** The wait before poll number `round` (1-based): firstPollDelayMs, doubled each round, capped. */
export function pollDelayMs(settings: DocumentSettings, round: number): number {
  return Math.min(settings.maxPollDelayMs, settings.firstPollDelayMs * 2 ** Math.min(Math.max(round - 1, 0), 30));
}
