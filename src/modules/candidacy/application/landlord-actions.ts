import { toIsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { assertCalRankFree, isOpen, notRetain, proposalHolder, recordCalDecision, recordLease, withdraw, type CalDecision } from '../domain/index';
import type { CandidacyRecord } from '../ports';
import { notifyNewProposalHolder } from './applicant-actions';
import { assertLandlordOf, auditActor, isStaff, landlordIdOf, requireLandlord } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { historyChanged, NOTIFICATION_KINDS, saveTransition } from './transitions';

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
    const saved = await saveTransition(deps, record, t, { kind: NOTIFICATION_KINDS[t.candidacy.status as 'cal_accepted' | 'cal_refused' | 'cal_postponed'], extra: {
      ...(t.candidacy.calRank ? { calRank: t.candidacy.calRank } : {}), ...(t.candidacy.calReason ? { reason: t.candidacy.calReason } : {}),
    } });
    await notifyNewProposalHolder(deps, before?.id, peers.map((c) => (c.id === saved.id ? saved : c)));
    await deps.audit.record({
      ...auditActor(p), action: 'candidacy.cal_decision', objectType: 'candidacy', objectId: record.id,
      detail: { offerId: record.offerId, decision: input.decision, ...(saved.calRank ? { calRank: saved.calRank } : {}) },
    });
    return saved;
  });
  if (saved.status === 'cal_refused') await historyChanged(deps, saved);
  return saved;
}

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
      offerId: record.offerId, demandId: record.demandId, sizeClass: employer?.validated ? (employer.sizeClass ?? null) : null, at,
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
      ...auditActor(p), action: 'candidacy.leased', objectType: 'candidacy', objectId: record.id,
      detail: { offerId: record.offerId, demandId: record.demandId, sizeClass: employer?.validated ? (employer.sizeClass ?? null) : null },
    });
    return leased;
  });
  return saved;
}
