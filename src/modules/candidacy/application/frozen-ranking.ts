import type { IsoDate } from '../../../shared/dates';
import { createScoringContext, plainCriterion, rankCandidates, scoreCandidate, type CandidateFacts, type RankedCandidate, type ScoredCandidate } from '../../scoring/index';
import { isCompeting, type RankingTrigger } from '../domain/index';
import type { OfferInfo, OfferCompetition, RankingSnapshot, StoredScore } from '../ports';
import type { CandidacyDeps } from './candidacy.deps';
import { gatherFacts, offerFactsOf, type OfferRanking } from './ranking';

/**
 * Rankings frozen at closing (domain/frozen-ranking.ts): the snapshot is taken once the closing
 * has committed (`offer.changed` to `closed`, and lazily by the first reader of a closed offer not
 * frozen yet), stored with the facts it used, and read from the database afterwards. An agent's
 * recomputation takes a new snapshot with a reason, audited.
 */

/** A score as stored: plain JSON, the breakdown's facts worded. */
const storedScore = (s: Pick<ScoredCandidate, 'total' | 'components' | 'criteria'>): StoredScore => ({
  total: s.total,
  components: s.components,
  criteria: s.criteria.map(plainCriterion),
});

/**
 * Computes the offer's ranking from the facts read now (on the reference date) and stores it as the
 * offer's ranking in force. The caller holds the offer's lock (`candidacies.lockOffer`).
 */
export async function takeSnapshot(
  deps: CandidacyDeps,
  offer: OfferInfo,
  referenceDate: IsoDate,
  meta: { trigger: RankingTrigger; by: string | null; reason: string | null },
): Promise<RankingSnapshot> {
  const records = await deps.candidacies.listForOffer(offer.id);
  // the scoring inputs and the facts read one after the other: inside the transaction, on its connection
  const options = await deps.scoring.rankingOptions({ epciCode: offer.epciCode, referenceDate, fresh: true });
  const { candidateFacts } = await gatherFacts(deps, records, referenceDate);
  const offerFacts = offerFactsOf(offer);
  const competing: CandidateFacts[] = [];
  for (const r of records) {
    const facts = candidateFacts.get(r.id);
    if (facts && isCompeting(r.status)) competing.push(facts);
  }
  const ranked = rankCandidates(offerFacts, competing, options);
  const rankedIds = new Set(ranked.map((r) => r.candidacyId));
  const others = records
    .filter((r) => !rankedIds.has(r.id) && candidateFacts.has(r.id))
    .map((r) => {
      // a candidacy out of the running: its own score against the candidates then (its own view shows it)
      const facts = candidateFacts.get(r.id)!;
      const score = scoreCandidate(facts, createScoringContext(offerFacts, [...competing, facts], options));
      return { candidacyId: r.id, demandId: r.demandId, rank: null, score: storedScore(score), facts, registrationDate: facts.registrationDate };
    });
  const snapshot: RankingSnapshot = {
    offerId: offer.id,
    revision: (await deps.candidacies.lastSnapshotRevision(offer.id)) + 1,
    referenceDate,
    computedAt: deps.clock.now(),
    trigger: meta.trigger,
    computedBy: meta.by,
    reason: meta.reason,
    candidacyCount: ranked.length,
    offer: offerFacts,
    options,
    entries: [
      ...ranked.map((r) => {
        const facts = candidateFacts.get(r.candidacyId)!;
        return { candidacyId: r.candidacyId, demandId: r.demandId, rank: r.rank, score: storedScore(r), facts, registrationDate: facts.registrationDate };
      }),
      ...others,
    ],
  };
  await deps.candidacies.saveSnapshot(snapshot);
  return snapshot;
}

/**
 * The offer's ranking in force is the snapshot `state.frozenRevision`: the ranks, totals,
 * breakdowns and facts as stored, with the candidacies' current states (a candidate who withdrew
 * since keeps their frozen rank and shows as withdrawn; designation skips them).
 */
export async function frozenOfferRanking(deps: CandidacyDeps, offer: OfferInfo, state: OfferCompetition & { frozenRevision: number }): Promise<OfferRanking> {
  const snapshot = await deps.candidacies.snapshot(offer.id, state.frozenRevision);
  if (!snapshot) throw new Error(`ranking snapshot ${offer.id} #${state.frozenRevision} is missing`);
  const records = await deps.candidacies.listForOffer(offer.id);
  const ranked: RankedCandidate[] = [];
  const outside = new Map<string, ScoredCandidate>();
  const candidateFacts = new Map<string, CandidateFacts>();
  const registrationDates = new Map<string, IsoDate>();
  for (const e of snapshot.entries) {
    if (e.facts) candidateFacts.set(e.candidacyId, e.facts);
    if (e.registrationDate) registrationDates.set(e.candidacyId, e.registrationDate);
    if (!e.score) continue;
    const scored: ScoredCandidate = { candidacyId: e.candidacyId, demandId: e.demandId, total: e.score.total, components: e.score.components, criteria: e.score.criteria };
    if (e.rank === null) outside.set(e.candidacyId, scored);
    else ranked.push({ ...scored, rank: e.rank });
  }
  ranked.sort((a, b) => a.rank - b.rank);
  const { entries: _entries, ...header } = snapshot;
  return {
    offer,
    referenceDate: snapshot.referenceDate,
    version: state.version,
    round: state.round,
    options: snapshot.options,
    ranked,
    rankById: new Map(ranked.map((r) => [r.candidacyId, r])),
    records: new Map(records.map((r) => [r.id, r])),
    candidateFacts,
    applicantFacts: new Map(),
    factsAt: snapshot.computedAt.getTime(),
    frozen: header,
    outside,
    registrationDates,
  };
}
