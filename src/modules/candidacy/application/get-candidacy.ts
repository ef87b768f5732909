import type { Principal } from '../../identity/index';
import { finalRankNotice, isCompeting, isRankingFrozen, type TimelineEntry } from '../domain/index';
import type { CandidacyRecord, OfferCompetition, RankingSnapshotEntry, RankingSnapshotHeader } from '../ports';
import { assertOwnerOrStaff, offerNotFound } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { freezeRankingAtClosing } from './freeze-ranking-at-closing';
import { cachedLiveRanking, liveRanking, scoreOutsideRanking, type OfferRanking } from './ranking';
import { scoreView, summaryView, timelineView, type CandidacyView, type FinalRankView } from './views';

/**
 * One candidacy for its owner or an agent: status, rank among the offer's current candidates (live
 * while the offer is open; once it closed, the final rank of the ranking frozen at its closing), the
 * number of candidacies, its own score criterion by criterion, and its timeline. Never another
 * candidate's data.
 */
export async function getCandidacy(deps: CandidacyDeps, p: Principal, candidacyId: string): Promise<CandidacyView> {
  const found = await deps.candidacies.findWithTimeline(candidacyId);
  assertOwnerOrStaff(p, found?.record ?? null);
  const { record, timeline, state } = found!;
  if (state.frozenRevision !== null) return frozenCandidacyView(deps, record, timeline, state as OfferCompetition & { frozenRevision: number });
  const cached = cachedLiveRanking(deps, record.offerId, state);
  if (cached) return candidacyView(record, timeline, cached);
  const offer = await deps.offers.find(record.offerId);
  if (!offer) throw offerNotFound();
  if (isRankingFrozen(offer) && (await freezeRankingAtClosing(deps, offer.id))) {
    // closed, and frozen just now (its closing's hook had not run): the final rank
    const now = await deps.candidacies.competitionOf(offer.id);
    if (now.frozenRevision !== null) return frozenCandidacyView(deps, record, timeline, now as OfferCompetition & { frozenRevision: number });
  }
  return candidacyView(record, timeline, await liveRanking(deps, offer, state));
}

/** What the applicant reads of their final rank. */
function finalRankView(record: CandidacyRecord, header: RankingSnapshotHeader, entry: Pick<RankingSnapshotEntry, 'rank'> | null, offerRound: number): FinalRankView {
  const finalRank = entry?.rank ?? null;
  return {
    finalRank,
    candidacyCount: header.candidacyCount,
    referenceDate: header.referenceDate,
    frozenAt: header.computedAt,
    revision: header.revision,
    notice: finalRankNotice({
      finalRank,
      candidacyCount: header.candidacyCount,
      referenceDate: header.referenceDate,
      status: record.status,
      offerRound,
      designationRound: record.designationRound,
    }),
  };
}

/** A candidacy of a closed offer: its entry of the frozen ranking, read alone (one statement, no offer read). */
async function frozenCandidacyView(
  deps: CandidacyDeps,
  record: CandidacyRecord,
  timeline: readonly TimelineEntry[],
  state: OfferCompetition & { frozenRevision: number },
): Promise<CandidacyView> {
  const found = await deps.candidacies.snapshotEntry(record.offerId, state.frozenRevision, record.id);
  if (!found) throw new Error(`ranking snapshot ${record.offerId} #${state.frozenRevision} is missing`);
  const { header, entry } = found;
  return {
    ...summaryView(record),
    rank: entry?.rank != null && isCompeting(record.status) ? entry.rank : null,
    candidacyCount: header.candidacyCount,
    referenceDate: header.referenceDate,
    score: entry?.score ? scoreView(entry.score) : null,
    calRank: record.calRank,
    calReason: record.calReason,
    timeline: timelineView(timeline),
    frozenRanking: finalRankView(record, header, entry, state.round),
  };
}

/** The view of a candidacy against a ranking of its offer (the current record is the ranking's when it has it). */
export function candidacyView(record: CandidacyRecord, timeline: readonly TimelineEntry[], ranking: OfferRanking): CandidacyView {
  const current = ranking.records.get(record.id) ?? record;
  const ranked = ranking.rankById.get(record.id);
  const score = ranked ?? scoreOutsideRanking(ranking, record.id);
  return {
    ...summaryView(current),
    rank: ranked && isCompeting(current.status) ? ranked.rank : null,
    candidacyCount: ranking.ranked.length,
    referenceDate: ranking.referenceDate,
    score: score ? scoreView(score) : null,
    calRank: current.calRank,
    calReason: current.calReason,
    timeline: timelineView(timeline),
    ...(ranking.frozen ? { frozenRanking: finalRankView(current, ranking.frozen, ranked ? { rank: ranked.rank } : null, ranking.round) } : {}),
  };
}
