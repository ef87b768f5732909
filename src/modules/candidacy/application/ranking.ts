import { toIsoDate, type IsoDate } from '../../../shared/dates';
import {
  createScoringContext,
  rankCandidates,
  scoreCandidate,
  type CandidateFacts,
  type OfferFacts,
  type RankedCandidate,
  type RankingOptions,
  type ScoredCandidate,
} from '../../scoring/index';
import { historyFacts, isCompeting, referenceDateFor, type HistoryEvent } from '../domain/index';
import type { ApplicantFacts, CandidacyRecord, OfferInfo, OfferCompetition, RankingSnapshotHeader } from '../ports';
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
  /** the offer's designation round (read with the version) */
  round: number;
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
  /** a ranking frozen at the offer's closing (or recomputed by an agent since): the snapshot it was read from */
  frozen?: RankingSnapshotHeader;
  /** frozen: the stored scores of the candidacies out of the running then */
  outside?: Map<string, ScoredCandidate>;
  /** frozen: the registration dates then (kept when a demand's facts were erased) */
  registrationDates?: Map<string, IsoDate>;
}

export const offerFactsOf = (offer: OfferInfo): OfferFacts => ({
  offerId: offer.id,
  rent: offer.rent,
  charges: offer.charges,
  communeCode: offer.communeCode,
  ...(offer.epciCode ? { epciCode: offer.epciCode } : {}),
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
    ...(applicant.applicantCivility ? { applicantCivility: applicant.applicantCivility } : {}),
    mobilityDeclaredAndChecked: applicant.mobilityChecked,
    monthlyResources: applicant.monthlyResources,
    expectedHousingBenefit: applicant.expectedHousingBenefit,
    // a validated demand always has one; a missing date ranks as the newest
    registrationDate: applicant.registrationDate ?? referenceDate,
    calRefusedBefore: h.calRefusedBefore,
    lastProposalDeclinedAfterCalOn: h.lastProposalDeclinedAfterCalOn,
    company,
    facts: applicant.gridFacts,
    ...(applicant.uncheckedFacts ? { uncheckedFacts: applicant.uncheckedFacts } : {}),
  };
}

/** Scoring facts of some candidacies, gathered in batch (one call per source). */
export async function gatherFacts(deps: CandidacyDeps, records: readonly CandidacyRecord[], referenceDate: IsoDate) {
  const demandIds = [...new Set(records.map((r) => r.demandId))];
  const [applicants, companies, events] = await Promise.all([
    applicantFactsInSlices(deps, demandIds, referenceDate),
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

/**
 * The demands' facts are the heavy part of a ranking (each demand's whole form is read and derived):
 * read by slices, one after the other, so that deriving 1,000 of them is several short tasks of the
 * event loop instead of one long one that every other request waits behind.
 */
const FACTS_SLICE = 250;

async function applicantFactsInSlices(deps: CandidacyDeps, demandIds: readonly string[], referenceDate: IsoDate): Promise<Map<string, ApplicantFacts>> {
  if (demandIds.length <= FACTS_SLICE) return deps.applicants.factsFor(demandIds, referenceDate);
  const all = new Map<string, ApplicantFacts>();
  for (let i = 0; i < demandIds.length; i += FACTS_SLICE) {
    for (const [id, facts] of await deps.applicants.factsFor(demandIds.slice(i, i + FACTS_SLICE), referenceDate)) all.set(id, facts);
  }
  return all;
}

/**
 * How old an agent's "computed now" ranking may be: one computed from fresh facts (all gathered
 * together, not merged with an earlier ranking's) at the same candidacy version, at most this long
 * ago. Under load, many agents' requests for the same offer then share one computation instead of
 * ranking 1,000 candidates each; any change of the offer's candidacies bumps the version, and a
 * change of a demand, an employer or the scoring inputs in this process drops the cached ranking.
 */
export const AGENT_RANKING_MAX_AGE_MS = 2000;
/**
 * Past AGENT_RANKING_MAX_AGE_MS and up to this age (same version, facts gathered together), an
 * agent's view gets that ranking at once while ONE refresh runs in the background (stale while
 * revalidate): under steady traffic the facts shown stay about 2 s old, and no request waits for
 * the 1,000 candidates' facts to be read again.
 */
export const AGENT_RANKING_STALE_MS = 10_000;

/**
 * Computes the ranking of an offer from fresh facts (agents), and stores it in the cache. Agents'
 * views may reuse one computed so at most AGENT_RANKING_MAX_AGE_MS ago at the same version;
 * decisions (`reuse: false`, designation) never do — they only share a computation running now.
 */
export async function computeRanking(deps: CandidacyDeps, offerId: string, options: { reuse?: boolean } = {}, known?: OfferCompetition): Promise<OfferRanking> {
  const today = toIsoDate(deps.clock.now());
  // the version is read before the candidacies: a change committed in between is caught next time
  // (`known`: the caller read it just now)
  let state: OfferCompetition | undefined = known;
  if (options.reuse !== false) {
    // a ranking computed "now" (see AGENT_RANKING_MAX_AGE_MS) holds the offer as it was read with
    // its facts: neither is read again (a change of the offer in this process drops the ranking)
    state ??= await deps.candidacies.competitionOf(offerId);
    const known = deps.cache.peek(offerId, state.version, Date.now()) as OfferRanking | undefined;
    const recent = known && (deps.cache.get(offerId, state.version, referenceDateFor(known.offer, today), Date.now(), AGENT_RANKING_MAX_AGE_MS) as OfferRanking | undefined);
    if (recent) return { ...recent, round: state.round };
  }
  const offer = await deps.offers.find(offerId);
  if (!offer) throw offerNotFound();
  const referenceDate = referenceDateFor(offer, today);
  state ??= await deps.candidacies.competitionOf(offer.id);
  const compute = () =>
    deps.cache.shared(flightKey(offer.id, state.version, referenceDate, 'whole'), () => rankingFor(deps, offer, undefined, state, referenceDate, 'agent')) as Promise<OfferRanking>;
  if (options.reuse !== false) {
    const now = Date.now();
    const cached = deps.cache.get(offer.id, state.version, referenceDate, now, AGENT_RANKING_MAX_AGE_MS) as OfferRanking | undefined;
    if (cached) return { ...cached, offer, round: state.round };
    const stale = deps.cache.get(offer.id, state.version, referenceDate, now, AGENT_RANKING_STALE_MS) as OfferRanking | undefined;
    if (stale) {
      void compute().catch(() => undefined); // the refresh; its failure shows on the next request that computes
      return { ...stale, offer, round: state.round };
    }
  }
  const ranking = await compute();
  return { ...ranking, offer, round: state.round };
}

const flightKey = (offerId: string, version: number, referenceDate: IsoDate, kind: 'whole' | 'live') => `${offerId}|${version}|${referenceDate}|${kind}`;

/**
 * Ranks the offer's candidacies. With `known` (a recent ranking of the same reference date), the
 * facts it gathered are reused and only the candidacies it did not know are read; the candidacies
 * themselves (their states) are always read again.
 */
async function rankingFor(
  deps: CandidacyDeps,
  offer: OfferInfo,
  known: OfferRanking | undefined,
  state: OfferCompetition,
  referenceDate: IsoDate,
  use: 'agent' | 'live',
): Promise<OfferRanking> {
  const generation = deps.cache.generation;
  const [all, options] = await Promise.all([
    deps.candidacies.listForOffer(offer.id),
    // an applicant's live view may use bonuses and grid read a few seconds ago; agents' rankings read them now
    known ? Promise.resolve(known.options) : deps.scoring.rankingOptions({ epciCode: offer.epciCode, referenceDate, fresh: use === 'agent' }),
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
    offer,
    referenceDate,
    version: state.version,
    round: state.round,
    options,
    ranked,
    rankById: new Map(ranked.map((r) => [r.candidacyId, r])),
    records: new Map(all.map((r) => [r.id, r])),
    candidateFacts,
    applicantFacts,
    factsAt,
  };
  deps.cache.set(offer.id, state.version, referenceDate, factsAt, ranking, !known, generation);
  return ranking;
}

/**
 * The ranking for an applicant's live view: the cached one while the offer's candidacies did not
 * change (version), the reference date is the same and its facts are recent; when only the
 * candidacies changed, re-ranked with the facts already gathered plus the new candidacies'.
 * Concurrent requests for the same offer share one computation. `state`: the offer's state when
 * the caller already read it (it must be read before the candidacies).
 */
export async function liveRanking(deps: CandidacyDeps, offer: OfferInfo, state?: OfferCompetition): Promise<OfferRanking> {
  const referenceDate = referenceDateFor(offer, toIsoDate(deps.clock.now()));
  const current = state ?? (await deps.candidacies.competitionOf(offer.id));
  const now = Date.now();
  const cached = deps.cache.get(offer.id, current.version, referenceDate, now) as OfferRanking | undefined;
  if (cached) return { ...cached, offer };
  const whole = deps.cache.inFlight(flightKey(offer.id, current.version, referenceDate, 'whole')) as Promise<OfferRanking> | undefined;
  const ranking = await (whole ??
    (deps.cache.shared(flightKey(offer.id, current.version, referenceDate, 'live'), () =>
      rankingFor(deps, offer, deps.cache.reusable(offer.id, referenceDate, now) as OfferRanking | undefined, current, referenceDate, 'live'),
    ) as Promise<OfferRanking>));
  return { ...ranking, offer };
}

/**
 * The cached live ranking of an offer still open today, at that candidacy version, without reading
 * the offer again: the ranking holds the offer as it was read when its facts were gathered (at most
 * the cache's TTL ago, like the facts themselves; a transition of the offer in this process drops
 * the ranking at once, `offer.changed`). An offer closed since, or a ranking of another
 * reference date, gives undefined: the caller then reads the offer and goes through `liveRanking`.
 * An applicant's candidacy view then needs one statement instead of two.
 */
export function cachedLiveRanking(deps: CandidacyDeps, offerId: string, state: OfferCompetition): OfferRanking | undefined {
  const today = toIsoDate(deps.clock.now());
  const cached = deps.cache.peek(offerId, state.version, Date.now()) as OfferRanking | undefined;
  if (!cached || cached.referenceDate !== today || referenceDateFor(cached.offer, today) !== today || cached.offer.closingDate < today) return undefined;
  return cached;
}

/** The score of a candidacy that is not in the running any more, against the current candidates. */
export function scoreOutsideRanking(ranking: OfferRanking, candidacyId: string): ScoredCandidate | undefined {
  if (ranking.outside) return ranking.outside.get(candidacyId);
  const facts = ranking.candidateFacts.get(candidacyId);
  if (!facts) return undefined;
  const competing = ranking.ranked.map((r) => ranking.candidateFacts.get(r.candidacyId)!);
  const context = createScoringContext(offerFactsOf(ranking.offer), [...competing, facts], ranking.options);
  return scoreCandidate(facts, context);
}
