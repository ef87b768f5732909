import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { isOpen, notRetain, recordLease, withdraw } from '../domain/index';
import type { CandidacyRecord } from '../ports';
import { auditActor, isStaff, landlordIdOf } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { onTransmittedCandidacy } from './transmitted-candidacy';
import { NOTIFICATION_KINDS, saveTransition } from './transitions';

const SATISFIED_REASON = 'Demande satisfaite : un bail a été signé pour un autre logement.';

/**
 * The landlord records the signed lease (brief §4, consequences): the candidacy is leased, the
 * offer allocated (it counts in the landlord's flux agreement), the demand satisfied, the
 * allocation recorded with the employer's size class for the balancing statistics; the offer's
 * other candidates are not retained, and the housed demand's other candidacies are closed.
 */
export async function recordLeaseFor(deps: CandidacyDeps, p: Principal, candidacyId: string): Promise<CandidacyRecord> {
  const saved = await onTransmittedCandidacy(deps, p, candidacyId, async (record, peers, at) => {
    const leased = await saveTransition(deps, record, recordLease(record, { at, by: p.accountId }));
    await deps.offers.allocate(record.offerId, { by: p.accountId, onBehalfOf: isStaff(p) ? landlordIdOf(p) : undefined });
    await deps.demands.markSatisfied(record.demandId, { at, offerId: record.offerId, candidacyId: record.id });
    const employer = (await deps.companies.factsFor([record.demandId], toIsoDate(at))).get(record.demandId);
    await deps.scoring.recordAllocation({
      offerId: record.offerId,
      demandId: record.demandId,
      sizeClass: employer?.validated ? (employer.sizeClass ?? null) : null,
      at,
    });
    for (const other of peers) {
      if (other.id === record.id || !isOpen(other.status)) continue;
      await saveTransition(deps, other, notRetain(other, { at }), { kind: NOTIFICATION_KINDS.not_retained });
    }
    // the housed demand's candidacies elsewhere end (each other offer is locked before its row is touched)
    for (const elsewhere of await deps.candidacies.listForDemand(record.demandId)) {
      if (elsewhere.offerId === record.offerId || !isOpen(elsewhere.status)) continue;
      await deps.candidacies.lockOffer(elsewhere.offerId);
      await saveTransition(deps, elsewhere, withdraw(elsewhere, { at, system: true, reason: SATISFIED_REASON }), { kind: NOTIFICATION_KINDS.withdrawn_by_system });
    }
    await deps.audit.record({
      ...auditActor(p),
      action: 'candidacy.leased',
      objectType: 'candidacy',
      objectId: record.id,
      detail: { offerId: record.offerId, demandId: record.demandId, sizeClass: employer?.validated ? (employer.sizeClass ?? null) : null },
    });
    return leased;
  });
  return saved;
}
