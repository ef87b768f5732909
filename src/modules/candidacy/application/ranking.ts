import { toIsoDate, type IsoDate } from '../../../shared/dates';
import {
  createScoringContext, rankCandidates, scoreCandidate, type CandidateFacts, type OfferFacts, type RankedCandidate, type RankingOptions, type ScoredCandidate,
} from '../../scoring/index';
import { historyFacts, isCompeting, referenceDateFor, type HistoryEvent } from '../domain/index';
import type { ApplicantFacts, CandidacyRecord, OfferInfo } from '../ports';
import type { CandidacyDeps } from './candidacy.deps';
import { offerNotFound } from './access';

/**
 * The ranking of an offer's candidates (scoring.md): every fact gathered in batch — one query per
 * source for all the offer's candidacies (demand facts, employers, candidacy history, bonuses and
 * grid), never one per candidate — then the scoring engine ranks the candidacies still in the
 * running. The reference date is today while the offer is open, its closing date once closed.
 */
export interface OfferRanking {
  offer: OfferInfo;
  referenceDate: IsoDate;
  /** the offer's candidacy version the ranking was computed at */
  version: number;
  options: RankingOptions;
  /** the competing candidacies, best first (rank 1..n) */
  ranked: RankedCandidate[];
  rankById: Map<string, RankedCandidate>;
  /** every candidacy of the offer, competing or not */
  records: Map<string, CandidacyRecord>;
  /** scoring facts of every candidacy of the offer whose demand is known */
  candidateFacts: Map<string, CandidateFacts>;
  applicantFacts: Map<string, ApplicantFacts>;
  /** when the facts were gathered (Date.now()) */
  factsAt: number;
}

export const offerFactsOf = (offer: OfferInfo): OfferFacts => ({
  offerId: offer.id, rent: offer.rent, charges: offer.charges, communeCode: offer.communeCode, ...(offer.epciCode ? { epciCode: offer.epciCode } : {}),
});

/** Builds a candidate's scoring facts from what the modules gave. */
export function candidateFactsOf(
  record: CandidacyRecord,
  applicant: ApplicantFacts,
  history: readonly HistoryEvent[],
  company: CandidateFacts['company'],
  referenceDate: IsoDate,
): CandidateFacts {
  const h = historyFacts(history, applicant.declaredHistory, record.offerId, referenceDate);
  return {
    candidacyId: record.id,
    demandId: record.demandId,
    submittedAt: record.submittedAt,
    applicantBirthDate: applicant.applicantBirthDate,
    mobilityDeclaredAndChecked: applicant.mobilityChecked,
    monthlyResources: applicant.monthlyResources,
    expectedHousingBenefit: applicant.expectedHousingBenefit,
    // a validated demand always has one; a missing date ranks as the newest
    registrationDate: applicant.registrationDate ?? referenceDate,
    calRefusedBefore: h.calRefusedBefore,
    lastProposalDeclinedAfterCalOn: h.lastProposalDeclinedAfterCalOn,
    company,
    facts: applicant.gridFacts,
  };
}

/** Scoring facts of some candidacies, gathered in batch (one call per source). */
export async function gatherFacts(deps: CandidacyDeps, records: readonly CandidacyRecord[], referenceDate: IsoDate) {
  const demandIds = [...new Set(records.map((r) => r.demandId))];
  const [applicants, companies, events] = await Promise.all([
    deps.applicants.factsFor(demandIds, referenceDate),
    deps.companies.factsFor(demandIds, referenceDate),
    deps.candidacies.historyEvents(demandIds),
  ]);
  const eventsByDemand = new Map<string, HistoryEvent[]>();
  for (const e of events) eventsByDemand.set(e.demandId, [...(eventsByDemand.get(e.demandId) ?? []), e]);
  const candidateFacts = new Map<string, CandidateFacts>();
  for (const record of records) {
    const applicant = applicants.get(record.demandId);
    if (!applicant) continue; // a demand the demand module no longer knows: not ranked
    candidateFacts.set(record.id, candidateFactsOf(record, applicant, eventsByDemand.get(record.demandId) ?? [], companies.get(record.demandId), referenceDate));
  }
  return { applicants, candidateFacts };
}

/** Computes the ranking of an offer now from fresh facts (agents' decisions), and stores it in the cache. */
export async function computeRanking(deps: CandidacyDeps, offerId: string): Promise<OfferRanking> {
  const offer = await deps.offers.find(offerId);
  if (!offer) throw offerNotFound();
  return rankingFor(deps, offer, undefined);
}

/**
 * Ranks the offer's candidacies. With `known` (a recent ranking of the same reference date), the
 * facts it gathered are reused and only the candidacies it did not know are read; the candidacies
 * themselves (their states) are always read again.
 */
async function rankingFor(deps: CandidacyDeps, offer: OfferInfo, known: OfferRanking | undefined): Promise<OfferRanking> {
  const referenceDate = referenceDateFor(offer, toIsoDate(deps.clock.now()));
  // the version is read before the candidacies: a change committed in between is caught next time
  const state = await deps.candidacies.offerState(offer.id);
  const [all, options] = await Promise.all([
    deps.candidacies.listForOffer(offer.id),
    known ? Promise.resolve(known.options) : deps.scoring.rankingOptions({ epciCode: offer.epciCode, referenceDate }),
  ]);
  const unknown = known ? all.filter((r) => !known.candidateFacts.has(r.id)) : all;
  const gathered = await gatherFacts(deps, unknown, referenceDate);
  const candidateFacts = known ? new Map([...known.candidateFacts, ...gathered.candidateFacts]) : gathered.candidateFacts;
  const applicantFacts = known ? new Map([...known.applicantFacts, ...gathered.applicants]) : gathered.applicants;
  const competing: CandidateFacts[] = [];
  for (const r of all) {
    const facts = candidateFacts.get(r.id);
    if (facts && isCompeting(r.status)) competing.push(facts);
  }
  const ranked = rankCandidates(offerFactsOf(offer), competing, options);
  const factsAt = known ? known.factsAt : Date.now();
  const ranking: OfferRanking = {
    offer, referenceDate, version: state.version, options, ranked,
    rankById: new Map(ranked.map((r) => [r.candidacyId, r])),
    records: new Map(all.map((r) => [r.id, r])),
    candidateFacts, applicantFacts, factsAt,
  };
  deps.cache.set(offer.id, state.version, referenceDate, factsAt, ranking);
  return ranking;
}

/**
 * The ranking for an applicant's live view: the cached one while the offer's candidacies did not
 * change (version), the reference date is the same and its facts are recent; when only the
 * candidacies changed, re-ranked with the facts already gathered plus the new candidacies'.
 */
export async function liveRanking(deps: CandidacyDeps, offer: OfferInfo): Promise<OfferRanking> {
  const referenceDate = referenceDateFor(offer, toIsoDate(deps.clock.now()));
  const state = await deps.candidacies.offerState(offer.id);
  const now = Date.now();
  const cached = deps.cache.get(offer.id, state.version, referenceDate, now) as OfferRanking | undefined;
  if (cached) return { ...cached, offer };
  return rankingFor(deps, offer, deps.cache.reusable(offer.id, referenceDate, now) as OfferRanking | undefined);
}

/** The score of a candidacy that is not in the running any more, against the current candidates. */
export function scoreOutsideRanking(ranking: OfferRanking, candidacyId: string): ScoredCandidate | undefined {
  const facts = ranking.candidateFacts.get(candidacyId);
  if (!facts) return undefined;
  const competing = ranking.ranked.map((r) => ranking.candidateFacts.get(r.candidacyId)!);
  const context = createScoringContext(offerFactsOf(ranking.offer), [...competing, facts], ranking.options);
  return scoreCandidate(facts, context);
}
