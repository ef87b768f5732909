import type { DocumentSettings } from '../ports/documents.port';

/** The upload limits the platform's configuration sets (UPLOAD_MAX_FILE_BYTES, UPLOAD_MAX_FILES, UPLOAD_DEMAND_MAX_FILES, UPLOAD_DEMAND_MAX_BYTES). */
export type UploadLimits = Pick<DocumentSettings, 'maxFileBytes' | 'maxFiles' | 'maxDocumentsPerDemand' | 'maxBytesPerDemand'>;

/**
 * The supporting documents' rules, with the configuration's upload limits: a replaced (rejected or
 * expired) piece's file is kept 12 months, the audit period (brief §3); a stored file no row refers
 * to is deleted after an hour; the verification provider is polled 2 minutes after a submission,
 * then at doubling waits of at most 6 hours, 20 times at most.
 */
export const documentSettings = (limits: UploadLimits): DocumentSettings => ({
  maxFileBytes: limits.maxFileBytes,
  maxFiles: limits.maxFiles,
  replacedRetentionMonths: 12,
  orphanGraceMs: 60 * 60_000,
  firstPollDelayMs: 2 * 60_000,
  maxPollDelayMs: 6 * 60 * 60_000,
  maxPollRounds: 20,
  maxDocumentsPerDemand: limits.maxDocumentsPerDemand,
  maxBytesPerDemand: limits.maxBytesPerDemand,
});
