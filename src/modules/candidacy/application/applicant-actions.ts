import type { Principal } from '../../identity/index';
import { acceptProposal, assertProposalTurn, declineProposal, proposalHolder, withdraw } from '../domain/index';
import type { CandidacyRecord } from '../ports';
import { assertOwner } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { historyChanged, NOTIFICATION_KINDS, notify, saveTransition } from './transitions';

/**
 * What the applicant does with their own candidacy: withdraw it (before transmission), accept or
 * decline the home after the CAL. Each runs under the offer's lock, so that the candidacies of one
 * offer change one at a time.
 */
async function onOwnCandidacy(
  deps: CandidacyDeps,
  p: Principal,
  candidacyId: string,
  change: (record: CandidacyRecord, peers: CandidacyRecord[], at: Date) => Promise<CandidacyRecord>,
): Promise<CandidacyRecord> {
  const first = await deps.candidacies.findById(candidacyId);
  assertOwner(p, first);
  const saved = await deps.uow.run(async () => {
    await deps.candidacies.lockOffer(first.offerId);
    const record = await deps.candidacies.findById(candidacyId);
    assertOwner(p, record);
    const peers = await deps.candidacies.listForOffer(record.offerId);
    return change(record, peers, deps.clock.now());
  });
  return saved;
}

export const withdrawCandidacy = (deps: CandidacyDeps, p: Principal, candidacyId: string, reason?: string) =>
  onOwnCandidacy(deps, p, candidacyId, (record, _peers, at) => saveTransition(deps, record, withdraw(record, { at, by: p.accountId, reason })));

export const acceptHomeProposal = (deps: CandidacyDeps, p: Principal, candidacyId: string) =>
  onOwnCandidacy(deps, p, candidacyId, async (record, peers, at) => {
    const t = acceptProposal(record, { at, by: p.accountId });
    assertProposalTurn(record, peers);
    return saveTransition(deps, record, t);
  });

/** Declining after the CAL accepted: −40 on later offers for 12 months; the next CAL rank gets the proposal. */
export async function declineHomeProposal(deps: CandidacyDeps, p: Principal, candidacyId: string, reason?: string): Promise<CandidacyRecord> {
  const declined = await onOwnCandidacy(deps, p, candidacyId, async (record, peers, at) => {
    const before = proposalHolder(peers);
    const saved = await saveTransition(deps, record, declineProposal(record, { at, by: p.accountId, reason }));
    await notifyNewProposalHolder(deps, before?.id, peers.map((c) => (c.id === saved.id ? saved : c)));
    return saved;
  });
  await historyChanged(deps, declined);
  return declined;
}

/** When the proposal passes to another candidate (the better one declined or was refused), tell them. */
export async function notifyNewProposalHolder(deps: CandidacyDeps, previousHolderId: string | undefined, peers: readonly CandidacyRecord[]): Promise<void> {
  const holder = proposalHolder(peers);
  if (!holder || holder.id === previousHolderId) return;
  const record = peers.find((c) => c.id === holder.id);
  if (record) await notify(deps, record, NOTIFICATION_KINDS.proposal, { calRank: record.calRank });
}
