import type { Principal } from '../../identity/index';
import { markDocumentVerified, rejectDocument, type DocumentDecider } from '../domain/index';
import type { DocumentRecord } from '../ports/documents.port';
import type { VerificationVerdict } from '../ports/verification.port';
import { demandError } from '../demand.errors';
import { assertStaff, auditActor } from './access';
import { documentOf, refreshPendingCount } from './document-access';
import type { DocumentDeps } from './document.deps';
import type { CallContext } from './get-demand';

export interface DocumentDecision {
  outcome: 'verified' | 'rejected';
  /** required when rejected */
  reason?: string;
}

export type DecisionOutcome =
  /** the document moved to verified or rejected */
  | { applied: true; record: DocumentRecord }
  /** the document was already decided on (or withdrawn): nothing changed */
  | { applied: false; record: DocumentRecord };

/**
 * Applies a decision to a document still waiting for one, inside the caller's transaction, with
 * the demand row locked first (the pending count stays right): verified, or rejected with its
 * reason; the count is refreshed, the decision audited, the applicant told of a rejection. A
 * document already decided on, or withdrawn, is left as it is (a repeated or late verdict is
 * harmless; the first decision stands), unless `strict`.
 */
async function decide(
  deps: DocumentDeps,
  documentId: string,
  decision: DocumentDecision & { decidedBy: DocumentDecider; by?: string; providerRef?: string; address?: string; actorRole?: string; strict?: boolean },
): Promise<DecisionOutcome> {
  const peek = await deps.documents.findById(documentId);
  if (!peek) throw demandError.documentNotFound();
  const demand = await deps.demands.findByIdForUpdate(peek.document.demandId);
  if (!demand) throw demandError.notFound();
  const record = (await deps.documents.findByIdForUpdate(documentId))!;
  const waiting = record.document.status === 'uploaded' || record.document.status === 'verification_pending';
  if (record.deletedAt || (!waiting && !decision.strict)) return { applied: false, record };
  // strict (an agent's decision): a piece already decided on is a conflict DEMAND.DOCUMENT_INVALID_TRANSITION, thrown below
  const at = deps.clock.now();
  const ctx = { at, ...(decision.by ? { by: decision.by } : {}), decidedBy: decision.decidedBy };
  let document = decision.outcome === 'verified' ? markDocumentVerified(record.document, ctx) : rejectDocument(record.document, { ...ctx, reason: decision.reason ?? '' });
  if (decision.providerRef && !document.verificationRef) document = { ...document, verificationRef: decision.providerRef };
  const saved = await deps.documents.save({ ...record, document });
  await refreshPendingCount(deps, document.demandId);
  await deps.audit.record({
    ...(decision.by ? { actorAccountId: decision.by, actorRole: decision.actorRole } : {}),
    action: decision.outcome === 'verified' ? 'document.verified' : 'document.rejected',
    objectType: 'document',
    objectId: documentId,
    address: decision.address,
    detail: {
      demandId: document.demandId,
      decidedBy: decision.decidedBy,
      ...(decision.providerRef ? { providerRef: decision.providerRef } : {}),
      ...(document.rejectionReason ? { reason: document.rejectionReason } : {}),
    },
  });
  if (decision.outcome === 'rejected') {
    await deps.notifications.add({
      accountId: demand.demand.ownerAccountId,
      kind: 'document.rejected',
      payload: { demandId: document.demandId, documentId, type: document.type, reason: document.rejectionReason },
      dedupeKey: `document.rejected:${documentId}`,
    });
  }
  return { applied: true, record: saved };
}

/**
 * The provider's verdict (from the signed webhook or from polling). The document is found only by
 * the provider's own reference, the one it returned when the piece was sent to it and that the
 * platform saved: never by a piece id (a `documentId` in the verdict is ignored), so a verdict
 * can only decide a piece that was really sent to the provider. A verdict that arrives before the
 * reference was saved is unknown for now (the provider retries, and the polling asks anyway).
 * Unknown: DomainError not_found `VERIFICATION.UNKNOWN_REF`. Idempotent.
 */
export async function applyVerdict(deps: DocumentDeps, verdict: VerificationVerdict): Promise<DecisionOutcome> {
  return deps.uow.run(async () => {
    const record = await deps.documents.findByProviderRef(verdict.providerRef);
    if (!record) throw demandError.verificationUnknown();
    const outcome = await decide(deps, record.document.id, {
      outcome: verdict.outcome,
      ...(verdict.reason ? { reason: verdict.reason } : {}),
      decidedBy: 'provider',
      providerRef: verdict.providerRef,
    });
    deps.logger.info({ documentId: record.document.id, outcome: verdict.outcome, applied: outcome.applied }, 'verification verdict received');
    return outcome;
  });
}

/**
 * A call of the provider's webhook. Without a provider configured (no VERIFICATION_URL) the webhook
 * is off: DomainError not_found `VERIFICATION.WEBHOOK_OFF`, whatever the call carries, and nothing
 * is read nor applied. With one, the signature over the raw body is checked first (DomainError
 * unauthorized `VERIFICATION.BAD_SIGNATURE`: nothing changes), then the verdict applied by the
 * provider's reference only.
 */
export async function receiveVerificationWebhook(deps: DocumentDeps, rawBody: Uint8Array, signature: string | undefined, timestamp: string | undefined): Promise<DecisionOutcome> {
  if (!deps.verification.provider) {
    throw demandError.webhookOff();
  }
  const verdict = deps.verification.webhook.verify(rawBody, signature, timestamp);
  return applyVerdict(deps, verdict);
}

/**
 * An agent checks a piece by hand (no provider, or the provider is slow or down): verified, or
 * rejected with a reason. Only a piece still waiting for a verdict; audited with the agent.
 */
export async function decideDocument(
  deps: DocumentDeps,
  principal: Principal,
  demandId: string,
  documentId: string,
  decision: DocumentDecision,
  ctx: CallContext = {},
): Promise<DecisionOutcome> {
  assertStaff(principal);
  return deps.uow.run(async () => {
    await documentOf(deps, demandId, documentId);
    return decide(deps, documentId, {
      ...decision,
      decidedBy: 'agent',
      strict: true,
      by: principal.accountId,
      actorRole: auditActor(principal).actorRole,
      ...(ctx.address ? { address: ctx.address } : {}),
    });
  });
}
