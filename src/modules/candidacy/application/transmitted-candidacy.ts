import type { Principal } from '../../identity/index';
import type { CandidacyRecord } from '../ports';
import { assertLandlordOf, requireLandlord } from './access';
import type { CandidacyDeps } from './candidacy.deps';

/** Runs a landlord's action on a candidacy transmitted to it (else 404), under the offer's lock. */
export async function onTransmittedCandidacy(
  deps: CandidacyDeps,
  p: Principal,
  candidacyId: string,
  change: (record: CandidacyRecord, peers: CandidacyRecord[], at: Date) => Promise<CandidacyRecord>,
): Promise<CandidacyRecord> {
  requireLandlord(p);
  const first = await deps.candidacies.findById(candidacyId);
  assertLandlordOf(p, first);
  const saved = await deps.uow.run(async () => {
    await deps.candidacies.lockOffer(first.offerId);
    const record = await deps.candidacies.findById(candidacyId);
    assertLandlordOf(p, record);
    const peers = await deps.candidacies.listForOffer(record.offerId);
    return change(record, peers, deps.clock.now());
  });
  return saved;
}
