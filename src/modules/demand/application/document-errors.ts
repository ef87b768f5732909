import { DomainError, notFound } from '../../../shared/errors';

/** Stable error codes of the documents feature (the document lifecycle's own are DEMAND.DOCUMENT_* in the domain). */
export const DOCUMENT_ERRORS = {
  /** no such document on this demand, or the caller may not know it exists (not_found) */
  NOT_FOUND: 'DOCUMENT.NOT_FOUND',
  /** the document's file is no longer kept (withdrawn, or past its audit period) (not_found) */
  FILE_DELETED: 'DOCUMENT.FILE_DELETED',
  /** a file is not a PDF, JPEG or PNG, judged by its content (invalid) */
  TYPE_NOT_ALLOWED: 'DOCUMENT.TYPE_NOT_ALLOWED',
  /** a file name with a path, `..` or control characters (invalid) */
  UNSAFE_FILE_NAME: 'DOCUMENT.UNSAFE_FILE_NAME',
  /** an upload without any file (invalid) */
  NO_FILE: 'DOCUMENT.NO_FILE',
  /** a file larger than the platform accepts (invalid; the HTTP layer answers 413 first) */
  TOO_LARGE: 'DOCUMENT.TOO_LARGE',
  /** the person named does not exist in the demand, or is not asked for this type of piece (invalid) */
  PERSON_INVALID: 'DOCUMENT.PERSON_INVALID',
  /** a tax notice needs the income year it covers; other pieces take none (invalid) */
  TAX_YEAR_INVALID: 'DOCUMENT.TAX_YEAR_INVALID',
  /** a tax notice older than year N−2 (invalid) */
  OUT_OF_DATE: 'DOCUMENT.OUT_OF_DATE',
  /** the demand is closed (satisfied, cancelled, expired): no more pieces (conflict) */
  DEMAND_CLOSED: 'DOCUMENT.DEMAND_CLOSED',
  /** only a piece not yet decided on can be withdrawn; a rejected one is replaced (conflict) */
  NOT_DELETABLE: 'DOCUMENT.NOT_DELETABLE',
  /** the piece to replace is not a rejected or expired one of this demand (invalid) */
  REPLACEMENT_INVALID: 'DOCUMENT.REPLACEMENT_INVALID',
  /** the demand already keeps as many files or bytes as a demand may (UPLOAD_DEMAND_MAX_FILES, UPLOAD_DEMAND_MAX_BYTES) (conflict) */
  QUOTA_EXCEEDED: 'DOCUMENT.QUOTA_EXCEEDED',
  /** someone changed the document in between (conflict) */
  CONCURRENT_UPDATE: 'DOCUMENT.CONCURRENT_UPDATE',
} as const;

export const documentNotFound = (): DomainError => notFound(DOCUMENT_ERRORS.NOT_FOUND, 'Pièce introuvable.');
