import type { Principal } from '../../identity/index';
import type { DocumentRecord } from '../ports/documents.port';
import { documentOf, readableDemand } from './document-access';
import type { DocumentDeps } from './document.deps';
import { auditActor } from './access';
import type { CallContext } from './get-demand';
import { designatedLandlordOf } from './read-document-content';

/** A demand's documents (not withdrawn), oldest first, for its owner or the back office. Metadata only: not audited. */
export async function listDocuments(deps: DocumentDeps, principal: Principal, demandId: string): Promise<DocumentRecord[]> {
  await readableDemand(deps, principal, demandId);
  return deps.documents.listByDemand(demandId);
}

/** One document's metadata, for the demand's owner or the back office. */
export async function getDocument(deps: DocumentDeps, principal: Principal, demandId: string, documentId: string): Promise<DocumentRecord> {
  await readableDemand(deps, principal, demandId);
  return documentOf(deps, demandId, documentId);
}

/**
 * The verified documents of a candidate designated and transmitted to the caller's landlord (brief
 * §6), metadata only; anyone else DEMAND.NOT_FOUND. The listing is audited like the reads.
 */
export async function listDocumentsForLandlord(deps: DocumentDeps, principal: Principal, demandId: string, ctx: CallContext = {}): Promise<DocumentRecord[]> {
  const landlordId = await designatedLandlordOf(deps, principal, demandId);
  const verified = (await deps.documents.listByDemand(demandId)).filter((d) => d.document.status === 'verified' && !d.fileDeletedAt);
  await deps.audit.record({
    ...auditActor(principal),
    actingFor: { kind: 'landlord', id: landlordId },
    action: 'document.list',
    objectType: 'demand',
    objectId: demandId,
    address: ctx.address,
    detail: { via: 'designated_candidate', documentIds: verified.map((d) => d.document.id) },
  });
  return verified;
}
