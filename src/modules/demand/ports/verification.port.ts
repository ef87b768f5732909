/**
 * The document verification provider (a trusted third party; Netheos in production). A document
 * is submitted, and the provider answers later, by a signed webhook or when polled, `verified` or
 * `rejected` with a reason. The provider is slow and sometimes down: every failure to reach it is
 * a DomainError unavailable `VERIFICATION.UNAVAILABLE`, so that the caller keeps the document
 * (state `uploaded`) and tries again later, or lets an agent check it by hand.
 */

export interface DocumentToVerify {
  documentId: string;
  documentType: string;
  /** the type detected from the content (application/pdf, image/jpeg, image/png) */
  contentType: string;
  fileName: string;
  content: Uint8Array;
}

/** The provider's answer about a document. */
export interface VerificationVerdict {
  providerRef: string;
  /** our document id, when the provider echoes it: informative only, never used to find the piece */
  documentId?: string;
  outcome: 'verified' | 'rejected';
  /** the provider's reason, in French; always present when rejected (adapters fill a default) */
  reason?: string;
  /** ISO 8601 instant of the decision */
  decidedAt: string;
}

export interface VerificationProvider {
  /**
   * Sends a document for verification; returns the provider's reference of the verification.
   * Safe to call again for the same documentId (the adapter sends it as an idempotency key).
   */
  submit(doc: DocumentToVerify): Promise<{ providerRef: string }>;
  /** The verdict, or null while the provider is still checking. */
  poll(providerRef: string): Promise<VerificationVerdict | null>;
}

/**
 * Checks a webhook call from the provider and extracts its verdict. Throws DomainError
 * unauthorized `VERIFICATION.BAD_SIGNATURE` for a missing, wrong or stale signature, and DomainError
 * invalid `VERIFICATION.BAD_PAYLOAD` for a signed body that is not a verdict. The same verdict
 * may arrive more than once (the provider retries; polling may have seen it first): applying it
 * must be idempotent.
 */
export interface WebhookVerifier {
  verify(rawBody: Uint8Array, signatureHeader: string | undefined, timestampHeader?: string): VerificationVerdict;
}
