import type { Principal } from '../../identity/index';
import { declineProposal, proposalHolder } from '../domain/index';
import type { CandidacyRecord } from '../ports';
import type { CandidacyDeps } from './candidacy.deps';
import { onOwnCandidacy } from './own-candidacy';
import { historyChanged, notifyNewProposalHolder, saveTransition } from './transitions';

/** Declining after the CAL accepted: −40 on later offers for 12 months; the next CAL rank gets the proposal. */
export async function declineHomeProposal(deps: CandidacyDeps, p: Principal, candidacyId: string, reason?: string): Promise<CandidacyRecord> {
  const declined = await onOwnCandidacy(deps, p, candidacyId, async (record, peers, at) => {
    const before = proposalHolder(peers);
    const saved = await saveTransition(deps, record, declineProposal(record, { at, by: p.accountId, reason }));
    await notifyNewProposalHolder(
      deps,
      before?.id,
      peers.map((c) => (c.id === saved.id ? saved : c)),
    );
    return saved;
  });
  await historyChanged(deps, declined);
  return declined;
}
