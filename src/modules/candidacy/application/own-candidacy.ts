import type { Principal } from '../../identity/index';
import type { CandidacyRecord } from '../ports';
import { assertOwner } from './access';
import type { CandidacyDeps } from './candidacy.deps';

/**
 * Runs the applicant's change of their own candidacy (else 404): withdrawing it, accepting or
 * declining the home. Each runs under the offer's lock, so that the candidacies of one offer change
 * one at a time.
 */
export async function onOwnCandidacy(
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
