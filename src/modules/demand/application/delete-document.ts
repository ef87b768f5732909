import type { Principal } from '../../identity/index';
import { demandError } from '../demand.errors';
import { assertOwner, auditActor } from './access';
import { documentOf, refreshPendingCount } from './document-access';
import type { DocumentDeps } from './document.deps';
import type { CallContext } from './get-demand';

/**
 * The owner withdraws a piece uploaded by mistake, while no verdict has been given on it
 * (`uploaded` or `verification_pending`): it disappears from the lists, its file is deleted, and a
 * late verdict on it is ignored. A piece already decided on is never deleted: a rejected or expired
 * one is replaced by a new upload and kept for the audit period (brief §3), a verified one stays.
 * Audited `document.deleted`.
 */
export async function deleteDocument(deps: DocumentDeps, principal: Principal, demandId: string, documentId: string, ctx: CallContext = {}): Promise<void> {
  const storageKey = await deps.uow.run(async () => {
    const demand = await deps.demands.findByIdForUpdate(demandId);
    if (!demand) throw demandError.notFound();
    assertOwner(principal, demand);
    const record = await documentOf(deps, demandId, documentId, true);
    const status = record.document.status;
    if (status !== 'uploaded' && status !== 'verification_pending') {
      throw demandError.notDeletable(status);
    }
    await deps.documents.save({ ...record, deletedAt: deps.clock.now() });
    await deps.audit.record({
      ...auditActor(principal),
      action: 'document.deleted',
      objectType: 'document',
      objectId: documentId,
      address: ctx.address,
      detail: { demandId, type: record.document.type, status },
    });
    await refreshPendingCount(deps, demandId);
    return record.document.storageKey;
  });
  // after the commit: a crash here leaves the file to the sweeper (withdrawn documents' files are deleted there too)
  try {
    await deps.storage.delete(storageKey);
    await deps.documents.markFileDeleted(documentId, deps.clock.now());
  } catch (error) {
    deps.logger.warn({ documentId, err: error instanceof Error ? error.message : String(error) }, 'withdrawn document: file deletion failed, left to the sweeper');
  }
}
