import { toIsoDate, type IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { createScoringContext, plainCriterion, rankCandidates, scoreCandidate, type CandidateFacts, type RankedCandidate, type ScoredCandidate } from '../../scoring/index';
import { assertRecomputable, isCompeting, isRankingFrozen, referenceDateFor, requireRecomputeReason, type RankingTrigger } from '../domain/index';
import type { OfferInfo, OfferState, RankingSnapshot, StoredScore } from '../ports';
import { auditActor, offerNotFound, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { gatherFacts, offerFactsOf, type OfferRanking } from './ranking';

/**
 * Rankings frozen at closing (domain/frozen-ranking.ts): the snapshot is taken once the closing
 * has committed (`offer.changed` to `closed`, and lazily by the first reader of a closed offer not
 * frozen yet), stored with the facts it used, and read from the database afterwards. An agent's
 * recomputation takes a new snapshot with a reason, audited.
 */

/** A score as stored: plain JSON, the breakdown's facts worded. */
export const storedScore = (s: Pick<ScoredCandidate, 'total' | 'components' | 'criteria'>): StoredScore => ({
  total: s.total, components: s.components, criteria: s.criteria.map(plainCriterion),
});

/**
 * Computes the offer's ranking from the facts read now (on the reference date) and stores it as the
 * offer's ranking in force. The caller holds the offer's lock (`candidacies.lockOffer`).
 */
async function takeSnapshot(
  deps: CandidacyDeps, offer: OfferInfo, referenceDate: IsoDate, meta: { trigger: RankingTrigger; by: string | null; reason: string | null },
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
  const others = records.filter((r) => !rankedIds.has(r.id) && candidateFacts.has(r.id)).map((r) => {
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
 * The offer closed (scheduled closing, "close now", or found closed by a reader): its ranking is
 * computed once from the facts as of now, on its reference date (the closing date, or the day it
 * was closed early), and stored. Idempotent: an offer already frozen, still open, withdrawn or
 * unknown is left alone (false).
 */
export async function freezeRankingAtClosing(deps: CandidacyDeps, offerId: string): Promise<boolean> {
  const frozen = await deps.uow.run(async () => {
    const state = await deps.candidacies.lockOffer(offerId);
    if (state.frozenRevision !== null) return false;
    // read under the lock: a republication (taken under the same lock) cannot slip in between
    const offer = await deps.offers.find(offerId);
    if (!offer || !isRankingFrozen(offer)) return false;
    await takeSnapshot(deps, offer, referenceDateFor(offer, toIsoDate(deps.clock.now())), { trigger: 'closing', by: null, reason: null });
    return true;
  });
  if (frozen) deps.cache.invalidate(offerId);
  return frozen;
}

/**
 * The offer's ranking in force is the snapshot `state.frozenRevision`: the ranks, totals,
 * breakdowns and facts as stored, with the candidacies' current states (a candidate who withdrew
 * since keeps their frozen rank and shows as withdrawn; designation skips them).
 */
export async function frozenOfferRanking(deps: CandidacyDeps, offer: OfferInfo, state: OfferState & { frozenRevision: number }): Promise<OfferRanking> {
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
    offer, referenceDate: snapshot.referenceDate, version: state.version, round: state.round, options: snapshot.options, ranked,
    rankById: new Map(ranked.map((r) => [r.candidacyId, r])),
    records: new Map(records.map((r) => [r.id, r])),
    candidateFacts, applicantFacts: new Map(), factsAt: snapshot.computedAt.getTime(),
    frozen: header, outside, registrationDates,
  };
}

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
      ...auditActor(p), action: 'offer.ranking_recomputed', objectType: 'offer', objectId: offerId,
      detail: {
        reason, revision: next.revision, previousRevision: previous?.revision ?? null, referenceDate, candidacyCount: next.candidacyCount,
        changeCount: changes.length, changes: changes.slice(0, AUDITED_CHANGES),
      },
    });
    return {
      offerId, revision: next.revision, previousRevision: previous?.revision ?? null, referenceDate, computedAt: next.computedAt, reason,
      candidacyCount: next.candidacyCount, changes,
    };
  });
  deps.cache.invalidate(offerId);
  return result;
}
