import type { Principal } from '../../identity/index';
import { candidacyErrors } from '../candidacy.errors';
import { checkDesignatedElsewhere, designate, isDesignable, planDesignation } from '../domain/index';
import { auditActor, candidacyNotFound, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { rankingInForce } from './ranking-in-force';
import { NOTIFICATION_KINDS, saveTransition } from './transitions';

export interface DesignationInput {
  candidacyIds: string[];
  justification?: string | undefined;
  /** required when a chosen candidate is designated or transmitted on another offer, its outcome pending */
  elsewhereJustification?: string | undefined;
}

export interface DesignationResult {
  offerId: string;
  round: number;
  outOfOrder: boolean;
  designated: { candidacyId: string; rank: number; total: number }[];
  /** the designated candidacies whose candidate was designated or transmitted elsewhere too (justified) */
  designatedElsewhere: string[];
}

/**
 * An agent designates 1 to 3 candidates of a closed offer to its landlord (brief §4): normally the
 * top of the ranking among the candidates still submitted; out of rank order only with a written
 * justification, kept in the audit trail (`offer.designation`). The ranking is the one frozen at
 * the offer's closing (see `rankingInForce`); if the offer's candidacies changed between that and
 * the lock, the agent is asked to look again. A candidate designated or transmitted on another
 * offer, its outcome pending, is designated here only with a second written justification
 * (`elsewhereJustification`, audited): checked under the candidates' demand locks, taken before
 * the offer's (the applications' order), so that two offers cannot designate one demand at once
 * unseen.
 */
export async function designateCandidates(deps: CandidacyDeps, p: Principal, offerId: string, input: DesignationInput): Promise<DesignationResult> {
  requireStaff(p);
  const ranking = await rankingInForce(deps, offerId, { reuse: false });
  const designable = ranking.ranked
    .filter((r) => {
      const status = ranking.records.get(r.candidacyId)?.status;
      return status !== undefined && isDesignable(status);
    })
    .map((r) => ({ candidacyId: r.candidacyId, rank: r.rank, total: r.total }));
  const plan = planDesignation(designable, input.candidacyIds, input.justification);
  const chosen = plan.chosen.map((c) => ({ candidacyId: c.candidacyId, demandId: ranking.rankById.get(c.candidacyId)!.demandId }));
  const result = await deps.uow.run(async () => {
    for (const demandId of [...new Set(chosen.map((c) => c.demandId))].sort()) await deps.candidacies.lockDemand(demandId);
    const state = await deps.candidacies.lockOffer(offerId);
    if (state.version !== ranking.version + 1) {
      throw candidacyErrors.rankingChanged();
    }
    const elsewhere = checkDesignatedElsewhere(
      chosen,
      await deps.candidacies.pendingElsewhere(
        chosen.map((c) => c.demandId),
        offerId,
      ),
      input.elsewhereJustification,
    );
    const round = state.round + 1;
    await deps.candidacies.setRound(offerId, round);
    await deps.offers.designate(offerId, { candidateCount: plan.chosen.length, by: p.accountId });
    const at = deps.clock.now();
    for (const chosen of plan.chosen) {
      const record = await deps.candidacies.findById(chosen.candidacyId);
      if (!record || record.offerId !== offerId) throw candidacyNotFound();
      const t = designate(record, { at, by: p.accountId, round, rank: chosen.rank, total: chosen.total });
      await saveTransition(deps, record, t, { kind: NOTIFICATION_KINDS.designated });
    }
    await deps.audit.record({
      ...auditActor(p),
      action: 'offer.designation',
      objectType: 'offer',
      objectId: offerId,
      detail: {
        round,
        candidacyIds: plan.chosen.map((c) => c.candidacyId),
        ranks: plan.chosen.map((c) => c.rank),
        totals: plan.chosen.map((c) => c.total),
        referenceDate: ranking.referenceDate,
        ...(ranking.frozen ? { rankingRevision: ranking.frozen.revision } : {}),
        outOfOrder: plan.outOfOrder,
        ...(plan.outOfOrder ? { expectedRanks: plan.expectedRanks } : {}),
        ...(plan.justification ? { justification: plan.justification } : {}),
        ...(elsewhere.flagged.length
          ? {
              designatedElsewhere: elsewhere.flagged.map((f) => ({
                candidacyId: f.candidacyId,
                elsewhere: f.elsewhere.map((e) => ({ candidacyId: e.candidacyId, offerId: e.offerId, status: e.status })),
              })),
              elsewhereJustification: elsewhere.justification,
            }
          : {}),
      },
    });
    return {
      offerId,
      round,
      outOfOrder: plan.outOfOrder,
      designated: plan.chosen.map((c) => ({ candidacyId: c.candidacyId, rank: c.rank, total: c.total })),
      designatedElsewhere: elsewhere.flagged.map((f) => f.candidacyId),
    };
  });
  return result;
}
