import type { Principal } from '../../identity/index';
import type { DocumentRecord } from '../ports/documents.port';
import { applyVerdict, decideDocument, receiveVerificationWebhook, type DecisionOutcome, type DocumentDecision } from './decide-document';
import { deleteDocument } from './delete-document';
import type { DocumentDeps } from './document.deps';
import { documentView, type DocumentView } from './document-view';
import type { CallContext } from './get-demand';
import { getDocument, listDocuments, listDocumentsForLandlord } from './list-documents';
import { readDocumentContent, readDocumentForLandlord, type DocumentContent, type ReadContext } from './read-document-content';
import { sweepDocumentFiles, type DocumentSweepResult } from './sweep-document-files';
import { expireOutOfDateDocuments, type DocumentExpiryResult } from './expire-documents';
import { uploadDocuments, type UploadDocumentsInput, type UploadDocumentsResult } from './upload-documents';
import { checkUploadAllowed } from './check-upload-allowed';
import { pollVerification, submitForVerification, type VerificationStep } from './verify-document';
import type { VerificationVerdict } from '../ports/verification.port';

/** The supporting documents' façade: one method per use case, each in its own file. */
export class DocumentService {
  constructor(private readonly deps: DocumentDeps) {}

  upload = (principal: Principal, demandId: string, input: UploadDocumentsInput, ctx?: CallContext): Promise<UploadDocumentsResult> =>
    uploadDocuments(this.deps, principal, demandId, input, ctx);
  /** Before an upload's body is read: the caller's open demand, with room for a file (else the upload's own refusals). */
  checkUploadAllowed = (principal: Principal, demandId: string): Promise<void> => checkUploadAllowed(this.deps, principal, demandId);
  list = (principal: Principal, demandId: string): Promise<DocumentRecord[]> => listDocuments(this.deps, principal, demandId);
  get = (principal: Principal, demandId: string, documentId: string): Promise<DocumentRecord> => getDocument(this.deps, principal, demandId, documentId);
  readContent = (principal: Principal, demandId: string, documentId: string, ctx?: ReadContext): Promise<DocumentContent> =>
    readDocumentContent(this.deps, principal, demandId, documentId, ctx);
  /** A landlord's list of a designated and transmitted candidate's verified documents (DesignationChecker), audited. */
  listForLandlord = (principal: Principal, demandId: string, ctx?: CallContext): Promise<DocumentRecord[]> => listDocumentsForLandlord(this.deps, principal, demandId, ctx);
  /** A landlord's read, allowed only for a candidate designated on its offers (DesignationChecker). */
  readDocumentForLandlord = (principal: Principal, demandId: string, documentId: string, ctx?: CallContext): Promise<DocumentContent> =>
    readDocumentForLandlord(this.deps, principal, demandId, documentId, ctx);
  delete = (principal: Principal, demandId: string, documentId: string, ctx?: CallContext): Promise<void> => deleteDocument(this.deps, principal, demandId, documentId, ctx);
  /** An agent's own check of a piece. */
  decide = (principal: Principal, demandId: string, documentId: string, decision: DocumentDecision, ctx?: CallContext): Promise<DecisionOutcome> =>
    decideDocument(this.deps, principal, demandId, documentId, decision, ctx);

  /** The provider's signed webhook (raw body, X-Signature, X-Timestamp). */
  receiveWebhook = (rawBody: Uint8Array, signature: string | undefined, timestamp: string | undefined): Promise<DecisionOutcome> =>
    receiveVerificationWebhook(this.deps, rawBody, signature, timestamp);
  applyVerdict = (verdict: VerificationVerdict): Promise<DecisionOutcome> => applyVerdict(this.deps, verdict);

  /** Job handlers' use cases (`document.verify`, `document.poll`). */
  submitForVerification = (documentId: string): Promise<VerificationStep> => submitForVerification(this.deps, documentId);
  pollVerification = (documentId: string, round: number): Promise<VerificationStep> => pollVerification(this.deps, documentId, round);
  /** Whether a verification provider is configured (else agents check the pieces). */
  verificationMode = (): 'provider' | 'manual' => (this.deps.verification.provider ? 'provider' : 'manual');

  /** The hourly housekeeping: orphan files, files of withdrawn and expired replaced pieces, temporary files. */
  sweepFiles = (now: Date): Promise<DocumentSweepResult> => sweepDocumentFiles(this.deps, now);
  /** The daily run: live tax notices of an older income year become `expired`, their applicants told (scheduled). */
  expireOutOfDate = (now: Date): Promise<DocumentExpiryResult> => expireOutOfDateDocuments(this.deps, now);

  view = (record: DocumentRecord, viewer: Principal): DocumentView => documentView(record, viewer);
}
