import type { Principal } from '../../identity/index';
import type { DocumentRecord } from '../ports/documents.port';
import { demandError } from '../demand.errors';
import { auditActor, isOwner } from './access';
import { documentOf, readableDemand } from './document-access';
import type { DocumentDeps } from './document.deps';
import type { CallContext } from './get-demand';

/** A document's decrypted content, read lazily, with its metadata. */
export interface DocumentContent {
  record: DocumentRecord;
  content: AsyncIterable<Uint8Array>;
}

export interface ReadContext extends CallContext {
  /** how the file is shown: downloaded (`attachment`) or viewed in the back office (`inline`) */
  disposition?: 'attachment' | 'inline';
}

async function open(deps: DocumentDeps, record: DocumentRecord): Promise<AsyncIterable<Uint8Array>> {
  if (record.fileDeletedAt) throw demandError.fileDeleted();
  return deps.storage.get(record.document.storageKey);
}

/**
 * The content of a document, for the demand's owner or the back office. Every read by someone
 * other than the owner is written to the audit trail (`document.read`), before the file is opened.
 */
export async function readDocumentContent(deps: DocumentDeps, principal: Principal, demandId: string, documentId: string, ctx: ReadContext = {}): Promise<DocumentContent> {
  const demand = await readableDemand(deps, principal, demandId);
  const record = await documentOf(deps, demandId, documentId);
  if (!isOwner(principal, demand)) {
    await deps.audit.record({
      ...auditActor(principal),
      action: 'document.read',
      objectType: 'document',
      objectId: documentId,
      address: ctx.address,
      detail: { demandId, type: record.document.type, disposition: ctx.disposition ?? 'attachment' },
    });
  }
  return { record, content: await open(deps, record) };
}

/**
 * The landlord a landlord user or client acts for, when the applicant's demand has a candidacy
 * designated and transmitted on one of that landlord's offers, as the `DesignationChecker` port
 * says (implemented by the candidacy module). Anyone else: DEMAND.NOT_FOUND.
 */
export async function designatedLandlordOf(deps: DocumentDeps, principal: Principal, demandId: string): Promise<string> {
  const landlordId = principal.landlordId;
  if ((principal.role !== 'landlord_user' && principal.role !== 'landlord_client') || !landlordId) throw demandError.notFound();
  if (!(await deps.designations.isDesignatedToLandlord(demandId, landlordId))) throw demandError.notFound();
  return landlordId;
}

/**
 * The content of a verified document for a landlord (brief §6): only when the applicant's demand
 * has a candidacy designated and transmitted on one of that landlord's offers (else
 * DEMAND.NOT_FOUND); a piece not verified is DOCUMENT.NOT_FOUND. Every read is audited, with the
 * landlord the reader acts for and the caller's address.
 */
export async function readDocumentForLandlord(deps: DocumentDeps, principal: Principal, demandId: string, documentId: string, ctx: CallContext = {}): Promise<DocumentContent> {
  const landlordId = await designatedLandlordOf(deps, principal, demandId);
  const record = await documentOf(deps, demandId, documentId);
  // a landlord reads only what was verified (never a pending, rejected or expired piece)
  if (record.document.status !== 'verified') throw demandError.documentNotFound();
  await deps.audit.record({
    ...auditActor(principal),
    actingFor: { kind: 'landlord', id: landlordId },
    action: 'document.read',
    objectType: 'document',
    objectId: documentId,
    address: ctx.address,
    detail: { demandId, type: record.document.type, disposition: 'attachment', via: 'designated_candidate' },
  });
  return { record, content: await open(deps, record) };
}
