import { toIsoDate, type IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { assertRecomputable, referenceDateFor, requireRecomputeReason } from '../domain/index';
import type { RankingSnapshot } from '../ports';
import { auditActor, offerNotFound, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { takeSnapshot } from './frozen-ranking';

export interface RankingChange {
  candidacyId: string;
  rankBefore: number | null;
  rankAfter: number | null;
  totalBefore: number | null;
  totalAfter: number | null;
}

export interface RecomputationResult {
  offerId: string;
  revision: number;
  previousRevision: number | null;
  referenceDate: IsoDate;
  computedAt: Date;
  reason: string;
  candidacyCount: number;
  /** the candidacies whose rank or total changed */
  changes: RankingChange[];
}

function rankingChanges(before: RankingSnapshot | null, after: RankingSnapshot): RankingChange[] {
  const was = new Map((before?.entries ?? []).map((e) => [e.candidacyId, e]));
  const is = new Map(after.entries.map((e) => [e.candidacyId, e]));
  const changes: RankingChange[] = [];
  for (const id of new Set([...was.keys(), ...is.keys()])) {
    const b = was.get(id);
    const a = is.get(id);
    const change = { candidacyId: id, rankBefore: b?.rank ?? null, rankAfter: a?.rank ?? null, totalBefore: b?.score?.total ?? null, totalAfter: a?.score?.total ?? null };
    if (change.rankBefore !== change.rankAfter || change.totalBefore !== change.totalAfter) changes.push(change);
  }
  return changes.sort((x, y) => (x.rankAfter ?? Infinity) - (y.rankAfter ?? Infinity) || x.candidacyId.localeCompare(y.candidacyId));
}

/** Changes kept in the audit entry (the count says how many there were). */
const AUDITED_CHANGES = 100;

/**
 * An agent recomputes the frozen ranking of a closed offer, before designating, to take a corrected
 * fact into account: the facts are read again (on the same reference date), a new snapshot is
 * stored with the agent and the reason, and the recomputation is audited (`offer.ranking_recomputed`,
 * with the ranks and totals that changed).
 */
export async function recomputeFrozenRanking(deps: CandidacyDeps, p: Principal, offerId: string, input: { reason?: string | undefined }): Promise<RecomputationResult> {
  requireStaff(p);
  const reason = requireRecomputeReason(input.reason);
  const result = await deps.uow.run(async () => {
    const state = await deps.candidacies.lockOffer(offerId);
    const offer = await deps.offers.find(offerId);
    if (!offer) throw offerNotFound();
    assertRecomputable(offer.status);
    const previous = state.frozenRevision !== null ? await deps.candidacies.snapshot(offerId, state.frozenRevision) : null;
    const referenceDate = previous?.referenceDate ?? referenceDateFor(offer, toIsoDate(deps.clock.now()));
    const next = await takeSnapshot(deps, offer, referenceDate, { trigger: 'recomputation', by: p.accountId, reason });
    const changes = rankingChanges(previous, next);
    await deps.audit.record({
      ...auditActor(p),
      action: 'offer.ranking_recomputed',
      objectType: 'offer',
      objectId: offerId,
      detail: {
        reason,
        revision: next.revision,
        previousRevision: previous?.revision ?? null,
        referenceDate,
        candidacyCount: next.candidacyCount,
        changeCount: changes.length,
        changes: changes.slice(0, AUDITED_CHANGES),
      },
    });
    return {
      offerId,
      revision: next.revision,
      previousRevision: previous?.revision ?? null,
      referenceDate,
      computedAt: next.computedAt,
      reason,
      candidacyCount: next.candidacyCount,
      changes,
    };
  });
  deps.cache.invalidate(offerId);
  return result;
}
