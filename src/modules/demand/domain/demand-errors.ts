/**
 * Stable error codes of the demand module. The HTTP adapter maps the error kinds to statuses;
 * clients may rely on these codes, so they never change once published.
 */
export const DEMAND_ERRORS = {
  /** a lifecycle action is not allowed in the demand's current state (conflict) */
  INVALID_TRANSITION: 'DEMAND.INVALID_TRANSITION',
  /** the demand data is not complete or not valid for submission (invalid, with fields) */
  INCOMPLETE: 'DEMAND.INCOMPLETE',
  /** a rejection or a documents request needs a written reason (invalid) */
  REASON_REQUIRED: 'DEMAND.REASON_REQUIRED',
  /** validation needs the registration number delivered by the registry (invalid) */
  REGISTRATION_NUMBER_REQUIRED: 'DEMAND.REGISTRATION_NUMBER_REQUIRED',
  /** a registration number is 18 characters, digits and capital letters (invalid) */
  REGISTRATION_NUMBER_INVALID: 'DEMAND.REGISTRATION_NUMBER_INVALID',
  /** an imported demand must keep the registration date it has in the registry (invalid) */
  REGISTRATION_DATE_MISSING: 'DEMAND.REGISTRATION_DATE_MISSING',
  /** renewal asked before the renewal window opens (conflict) */
  RENEWAL_NOT_OPEN: 'DEMAND.RENEWAL_NOT_OPEN',
  /** renewal asked after the renewal due date: the demand has expired (conflict) */
  RENEWAL_TOO_LATE: 'DEMAND.RENEWAL_TOO_LATE',
  /** expiry asked while the demand is still within its renewal due date (conflict) */
  NOT_EXPIRED: 'DEMAND.NOT_EXPIRED',
  /** the applicant says the requested documents are there, but none were requested (conflict) */
  NO_DOCUMENTS_REQUESTED: 'DEMAND.NO_DOCUMENTS_REQUESTED',
  /** the demand data cannot be edited in the demand's current state (conflict) */
  NOT_EDITABLE: 'DEMAND.NOT_EDITABLE',
  /** a document lifecycle action is not allowed in the document's current state (conflict) */
  DOCUMENT_INVALID_TRANSITION: 'DEMAND.DOCUMENT_INVALID_TRANSITION',
  /** only a rejected or expired document can be replaced (conflict) */
  DOCUMENT_NOT_REPLACEABLE: 'DEMAND.DOCUMENT_NOT_REPLACEABLE',
  /** a replacement must be a document of the same type, for the same person and demand (invalid) */
  DOCUMENT_REPLACEMENT_MISMATCH: 'DEMAND.DOCUMENT_REPLACEMENT_MISMATCH',
  /** a document rejection needs a reason (invalid) */
  DOCUMENT_REASON_REQUIRED: 'DEMAND.DOCUMENT_REASON_REQUIRED',
  /** an agent checks a fact the applicant did not declare (conflict) */
  FACT_NOT_DECLARED: 'DEMAND.FACT_NOT_DECLARED',
  /** the check of a fact needs a verified supporting piece of the demand, of the expected type (conflict) */
  SUPPORTING_PIECE_MISSING: 'DEMAND.SUPPORTING_PIECE_MISSING',
  /** validation needs the expected pieces verified, or an override with a reason (conflict, with the pieces missing) */
  PIECES_NOT_VERIFIED: 'DEMAND.PIECES_NOT_VERIFIED',
} as const;

export type DemandErrorCode = (typeof DEMAND_ERRORS)[keyof typeof DEMAND_ERRORS];
