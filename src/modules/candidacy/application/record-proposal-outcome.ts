import type { Principal } from '../../identity/index';
import { acceptProposal, assertProposalTurn, declineProposal, proposalHolder } from '../domain/index';
import type { CandidacyRecord } from '../ports';
import { auditActor } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { onTransmittedCandidacy } from './transmitted-candidacy';
import { historyChanged, notifyNewProposalHolder, saveTransition } from './transitions';

export interface ProposalOutcomeInput {
  /** the candidate accepted the home proposed after the CAL, or declined it */
  outcome: 'accepted' | 'declined';
  reason?: string | undefined;
}

/**
 * The outcome of the proposal as the landlord reports it (the candidate answered the landlord, by
 * mail or phone, rather than in the applicant portal): the same rules as the applicant's own
 * answer (the CAL's rank order; declining counts against later offers), done by the landlord —
 * or by an agent on its behalf from the back office — on a candidacy transmitted to it.
 */
export async function recordProposalOutcomeFor(deps: CandidacyDeps, p: Principal, candidacyId: string, input: ProposalOutcomeInput): Promise<CandidacyRecord> {
  const saved = await onTransmittedCandidacy(deps, p, candidacyId, async (record, peers, at) => {
    let next: CandidacyRecord;
    if (input.outcome === 'accepted') {
      const t = acceptProposal(record, { at, by: p.accountId });
      assertProposalTurn(record, peers);
      next = await saveTransition(deps, record, t);
    } else {
      const before = proposalHolder(peers);
      next = await saveTransition(deps, record, declineProposal(record, { at, by: p.accountId, reason: input.reason }));
      await notifyNewProposalHolder(
        deps,
        before?.id,
        peers.map((c) => (c.id === next.id ? next : c)),
      );
    }
    await deps.audit.record({
      ...auditActor(p),
      action: 'candidacy.proposal_outcome',
      objectType: 'candidacy',
      objectId: record.id,
      detail: { offerId: record.offerId, outcome: input.outcome },
    });
    return next;
  });
  if (saved.status !== 'proposal_accepted') await historyChanged(deps, saved);
  return saved;
}
