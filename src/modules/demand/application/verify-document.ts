import { DomainError } from '../../../shared/errors';
import { readAllBytes } from '../ports/document-storage.port';
import { VERIFICATION_ERRORS } from '../demand.errors';
import { DOCUMENT_JOBS, pollJobKey, verifyJobKey, enqueueDemandJob } from '../demand.jobs';
import { applyVerdict } from './decide-document';
import { pollDelayMs, type DocumentDeps } from './document.deps';

export type VerificationStep =
  | { outcome: 'submitted'; providerRef: string }
  | { outcome: 'decided'; verdict: 'verified' | 'rejected' }
  | { outcome: 'still_pending'; nextPollRound?: number }
  | { outcome: 'skipped'; reason: string };

/**
 * The handler of the job `document.verify` (payload `{ documentId }`): sends a pending document
 * to the verification provider and keeps the provider's reference, then queues the first poll
 * (the fallback when the webhook does not come). The provider is called outside any transaction;
 * it is safe to call again for the same document (idempotency key), so a crash between the call
 * and the save only repeats the call. Provider down: DomainError unavailable, the job is retried
 * with backoff and the document stays `verification_pending` (never lost, never blocking).
 */
export async function submitForVerification(deps: DocumentDeps, documentId: string): Promise<VerificationStep> {
  const provider = deps.verification.provider;
  if (!provider) return { outcome: 'skipped', reason: 'no verification provider: agents check the piece' };
  const record = await deps.documents.findById(documentId);
  if (!record || record.deletedAt) return { outcome: 'skipped', reason: 'unknown or withdrawn document' };
  if (record.document.status !== 'verification_pending') return { outcome: 'skipped', reason: `document is ${record.document.status}` };
  if (record.document.verificationRef) {
    await enqueueDemandJob(
      deps.jobs,
      DOCUMENT_JOBS.poll,
      { documentId, round: 1 },
      { dedupeKey: pollJobKey(documentId, 1), runAt: new Date(deps.clock.now().getTime() + pollDelayMs(deps.settings, 1)) },
    );
    return { outcome: 'skipped', reason: 'already submitted' };
  }
  const content = await readAllBytes(await deps.storage.get(record.document.storageKey));
  const { providerRef } = await provider.submit({
    documentId,
    documentType: record.document.type,
    contentType: record.document.mimeType,
    fileName: record.document.fileName,
    content,
  });
  await deps.uow.run(async () => {
    const current = await deps.documents.findByIdForUpdate(documentId);
    // an agent may have decided it meanwhile: keep that
    if (!current || current.document.verificationRef || current.document.status !== 'verification_pending') return;
    await deps.documents.save({ ...current, document: { ...current.document, verificationRef: providerRef } });
    await enqueueDemandJob(
      deps.jobs,
      DOCUMENT_JOBS.poll,
      { documentId, round: 1 },
      { dedupeKey: pollJobKey(documentId, 1), runAt: new Date(deps.clock.now().getTime() + pollDelayMs(deps.settings, 1)) },
    );
  });
  deps.logger.info({ documentId, providerRef }, 'document sent for verification');
  return { outcome: 'submitted', providerRef };
}

/**
 * The handler of the job `document.poll` (payload `{ documentId, round }`): asks the provider for
 * the verdict of a document still pending. A verdict is applied as a webhook's would be; none yet,
 * the next poll is queued after a longer wait (doubling, capped), up to `maxPollRounds`, after
 * which the piece is left to the agents. The provider down: the job is retried with backoff. The
 * provider does not know the reference (lost on its side): the reference is dropped and the
 * document sent again.
 */
export async function pollVerification(deps: DocumentDeps, documentId: string, round: number): Promise<VerificationStep> {
  const provider = deps.verification.provider;
  if (!provider) return { outcome: 'skipped', reason: 'no verification provider' };
  const record = await deps.documents.findById(documentId);
  if (!record || record.deletedAt) return { outcome: 'skipped', reason: 'unknown or withdrawn document' };
  if (record.document.status !== 'verification_pending') return { outcome: 'skipped', reason: `document is ${record.document.status}` };
  const ref = record.document.verificationRef;
  if (!ref) return { outcome: 'skipped', reason: 'not submitted yet' };
  let verdict;
  try {
    verdict = await provider.poll(ref);
  } catch (error) {
    if (error instanceof DomainError && error.code === VERIFICATION_ERRORS.UNKNOWN_REF) {
      await deps.uow.run(async () => {
        const current = await deps.documents.findByIdForUpdate(documentId);
        if (!current || current.document.verificationRef !== ref || current.document.status !== 'verification_pending') return;
        const { verificationRef: _dropped, ...document } = current.document;
        await deps.documents.save({ ...current, document });
        await enqueueDemandJob(deps.jobs, DOCUMENT_JOBS.verify, { documentId }, { dedupeKey: verifyJobKey(documentId) });
      });
      deps.logger.warn({ documentId, providerRef: ref }, 'the provider does not know the verification: document sent again');
      return { outcome: 'skipped', reason: 'unknown reference: resubmitted' };
    }
    throw error;
  }
  if (verdict) {
    await applyVerdict(deps, verdict);
    return { outcome: 'decided', verdict: verdict.outcome };
  }
  if (round >= deps.settings.maxPollRounds) {
    deps.logger.warn({ documentId, rounds: round }, 'no verdict after the last poll: the piece is left to the agents');
    return { outcome: 'still_pending' };
  }
  const next = round + 1;
  await enqueueDemandJob(
    deps.jobs,
    DOCUMENT_JOBS.poll,
    { documentId, round: next },
    { dedupeKey: pollJobKey(documentId, next), runAt: new Date(deps.clock.now().getTime() + pollDelayMs(deps.settings, next)) },
  );
  return { outcome: 'still_pending', nextPollRound: next };
}
