import type { Principal } from '../../identity/index';
import type { DocumentRecord } from '../ports/documents.port';
import { documentOf, readableDemand } from './document-access';
import type { DocumentDeps } from './document.deps';

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
