import { toIsoDate } from '../../../shared/dates';
import { expireDocument, isDocumentOutOfDate, isFinal, oldestCurrentTaxYear } from '../domain/index';
import { refreshPendingCount } from './document-access';
import type { DocumentDeps } from './document.deps';

export interface DocumentExpiryResult {
  /** the day the run worked for */
  onDate: string;
  /** live pieces now out of date (tax notices of an older income year), moved to `expired` */
  expired: number;
  /** pieces that could not be handled (logged); the next run tries them again */
  failed: number;
}

const BATCH = 200;

/**
 * The daily run (scheduled): the live pieces that are out of date — tax notices on an income year
 * older than N−2 (brief: `expired`, "a tax notice of an older year") — become `expired`, with the
 * reason in their history, the demand's count of pieces waiting for a check refreshed, an audit
 * entry (by the system), and the applicant told to upload a current one (an expired piece can be
 * replaced). Pieces of closed demands (satisfied, cancelled, expired) are left to the retention.
 * Each piece in its own transaction, the demand row locked first as every document change does,
 * and checked again under the lock. Idempotent: a second run the same day finds nothing.
 */
export async function expireOutOfDateDocuments(deps: DocumentDeps, now: Date): Promise<DocumentExpiryResult> {
  const today = toIsoDate(now);
  const oldestCurrentYear = oldestCurrentTaxYear(today);
  const result: DocumentExpiryResult = { onDate: today, expired: 0, failed: 0 };
  let after: string | undefined;
  for (;;) {
    const batch = await deps.documents.findTaxNoticesBefore(oldestCurrentYear, BATCH, after);
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.document.id;
    for (const peek of batch) {
      try {
        if (await expireOne(deps, peek.document.id, peek.document.demandId, now)) result.expired += 1;
      } catch (error) {
        result.failed += 1;
        deps.logger.error({ documentId: peek.document.id, err: error instanceof Error ? error.message : String(error) }, 'document expiry failed');
      }
    }
    if (batch.length < BATCH) break;
  }
  return result;
}

async function expireOne(deps: DocumentDeps, documentId: string, demandId: string, now: Date): Promise<boolean> {
  const today = toIsoDate(now);
  return deps.uow.run(async () => {
    const demand = await deps.demands.findByIdForUpdate(demandId);
    if (!demand || isFinal(demand.demand.status)) return false;
    const record = await deps.documents.findByIdForUpdate(documentId);
    if (!record || record.deletedAt || !isDocumentOutOfDate(record.document, today)) return false;
    const taxYear = record.document.taxYear!;
    const reason = `Avis d’imposition sur les revenus ${taxYear} : trop ancien (revenus ${oldestCurrentTaxYear(today)} au moins attendus)`;
    const document = expireDocument(record.document, { at: now, reason });
    await deps.documents.save({ ...record, document });
    await refreshPendingCount(deps, demandId);
    await deps.audit.record({
      action: 'document.expired',
      objectType: 'document',
      objectId: documentId,
      detail: { demandId, type: document.type, taxYear, reason },
    });
    await deps.notifications.add({
      accountId: demand.demand.ownerAccountId,
      kind: 'document.expired',
      payload: { demandId, documentId, type: document.type, taxYear, reason },
      dedupeKey: `document.expired:${documentId}`,
    });
    return true;
  });
}
