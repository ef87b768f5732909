import type { Principal } from '../../identity/index';
import type { DemandRecord } from '../ports/demands.port';
import type { DocumentRecord } from '../ports/documents.port';
import { demandError } from '../demand.errors';
import { assertCanRead } from './access';
import type { DocumentDeps } from './document.deps';

/** The demand, if the caller may see it (its owner or the back office); anyone else: DEMAND.NOT_FOUND. */
export async function readableDemand(deps: DocumentDeps, principal: Principal, demandId: string): Promise<DemandRecord> {
  const record = await deps.demands.findById(demandId);
  if (!record) throw demandError.notFound();
  assertCanRead(principal, record);
  return record;
}

/** The document of that demand, not withdrawn; anything else: DOCUMENT.NOT_FOUND. */
export async function documentOf(deps: DocumentDeps, demandId: string, documentId: string, forUpdate = false): Promise<DocumentRecord> {
  const record = forUpdate ? await deps.documents.findByIdForUpdate(documentId) : await deps.documents.findById(documentId);
  if (!record || record.document.demandId !== demandId || record.deletedAt) throw demandError.documentNotFound();
  return record;
}

/**
 * Sets the demand's count of documents waiting for a check. Call it inside a transaction that
 * locked the demand row first (every document change does), so that counts never cross.
 */
export async function refreshPendingCount(deps: DocumentDeps, demandId: string): Promise<number> {
  const pending = await deps.documents.countPending(demandId);
  await deps.demands.setPendingDocuments(demandId, pending);
  return pending;
}
