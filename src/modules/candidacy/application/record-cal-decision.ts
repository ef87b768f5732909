import type { Principal } from '../../identity/index';
import { assertCalRankFree, proposalHolder, recordCalDecision, type CalDecision } from '../domain/index';
import type { CandidacyRecord } from '../ports';
import { auditActor } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { onTransmittedCandidacy } from './transmitted-candidacy';
import { historyChanged, NOTIFICATION_KINDS, notifyNewProposalHolder, saveTransition } from './transitions';

export interface CalDecisionInput {
  decision: CalDecision;
  calRank?: number | undefined;
  reason?: string | undefined;
}

/**
 * The landlord records the CAL's decision on a transmitted candidacy: accepted (rank 1–3, unique
 * within the offer), refused (with a reason: +40 "CAL refusal" on the applicant's later offers),
 * or postponed. The best accepted rank then holds the proposal of the home.
 */
export async function recordCalDecisionFor(deps: CandidacyDeps, p: Principal, candidacyId: string, input: CalDecisionInput): Promise<CandidacyRecord> {
  const saved = await onTransmittedCandidacy(deps, p, candidacyId, async (record, peers, at) => {
    const t = recordCalDecision(record, { at, by: p.accountId, decision: input.decision, calRank: input.calRank, reason: input.reason });
    if (input.decision === 'accepted') assertCalRankFree(record.id, t.candidacy.calRank as number, peers);
    const before = proposalHolder(peers);
    const saved = await saveTransition(deps, record, t, {
      kind: NOTIFICATION_KINDS[t.candidacy.status as 'cal_accepted' | 'cal_refused' | 'cal_postponed'],
      extra: {
        ...(t.candidacy.calRank ? { calRank: t.candidacy.calRank } : {}),
        ...(t.candidacy.calReason ? { reason: t.candidacy.calReason } : {}),
      },
    });
    await notifyNewProposalHolder(
      deps,
      before?.id,
      peers.map((c) => (c.id === saved.id ? saved : c)),
    );
    await deps.audit.record({
      ...auditActor(p),
      action: 'candidacy.cal_decision',
      objectType: 'candidacy',
      objectId: record.id,
      detail: { offerId: record.offerId, decision: input.decision, ...(saved.calRank ? { calRank: saved.calRank } : {}) },
    });
    return saved;
  });
  if (saved.status === 'cal_refused') await historyChanged(deps, saved);
  return saved;
}
