import { isIsoDate, type IsoDate } from '../../../shared/dates';
import { scoringError } from '../scoring.errors';
import { ALS_CRITERIA, alsComponent, declinedWindowStart, type AlsComponent } from './als-criteria';
import { activeBonuses, applicableBonus, balancingCriterion } from './balancing-criteria';
import type { BalancingBonus, CandidateFacts, OfferFacts, TerritoryGrid } from './candidate-facts';
import { COMPANY_CRITERIA, COMPANY_MAX } from './company-criteria';
import { clamp, type Criterion, type CriterionResult, type RankingFacts } from './criterion';
import { isoDateNumber } from './date-numbers';
import { rankingOrder, seniorityOrder, type SeniorityOrder } from './ordering';
import { applicableGrid, territoryCriteria } from './territory-criteria';

/**
 * The ranking of an offer's candidates (scoring.md):
 *
 *   total = ALS (0..240) + Company (0..520) + Territory (0..grid max) + Balancing (0..240)
 *
 * Each component is a list of criteria, declared with its rules: ALS_CRITERIA (als-criteria.ts),
 * COMPANY_CRITERIA (company-criteria.ts), territoryCriteria(offer, grid) (territory-criteria.ts);
 * balancing is the one bonus that applies (balancing-criteria.ts). Each criterion gives one line
 * of the breakdown, met or not, with its points and the fact it was computed from; a component's
 * points are the sum of its lines, within its bounds. The breakdown lists the lines in that order:
 * ALS, company, territory, balancing. Candidates are then sorted by total descending; ties go to
 * the older registration date, then the earlier submission, then the smaller candidacy id (§5):
 * the same candidates in any order give the same ranking, ranked 1..n.
 *
 * Measured (S6, docs/performance.md): lines whose fact depends on the candidate word it only when
 * read (LazyFactResult), grid lines are shared by the candidates with the same fact value, and the
 * final order sorts packed numeric keys (ordering.ts). The rest is plain.
 */

/** What a ranking is computed against. */
export interface RankingOptions {
  /** the reference date: today, or the offer's closing date once it is closed */
  referenceDate: IsoDate;
  /** balancing bonuses (inactive ones are ignored) */
  bonuses: readonly BalancingBonus[];
  /** the scoring grid of the offer's EPCI, if any (ignored unless active and of that EPCI) */
  grid: TerritoryGrid | undefined;
}

/** A score's four components. */
export interface ScoreComponents {
  /** 0..240, with the unclamped sum when clamping changed it */
  readonly als: AlsComponent;
  /** 0..520 */
  readonly company: { readonly points: number };
  /** 0..grid max; `established` is false when no active grid applies (then 0) */
  readonly territory: { readonly points: number; readonly established: boolean };
  /** 0..240, with the bonus that applied */
  readonly balancing: { readonly points: number; readonly bonusId?: string };
}

/** A candidacy's score, before ranking. */
export interface ScoredCandidate {
  candidacyId: string;
  demandId: string;
  total: number;
  components: ScoreComponents;
  /**
   * every criterion, met or not, in a stable order: ALS, company, territory, balancing. Lines may be
   * shared between candidates (e.g. "no checked mobility"): never mutate them.
   */
  criteria: readonly CriterionResult[];
}

/** A candidacy's place in the ranking: 1..n, no two candidacies share a rank. */
export interface RankedCandidate extends ScoredCandidate {
  rank: number;
}

/**
 * What is the same for every candidate of one ranking, computed once. Opaque to callers: build it
 * with createScoringContext.
 */
export interface ScoringContext extends RankingFacts {
  /** the candidates' registration days in order (ranks, for the final sort) */
  readonly seniority: SeniorityOrder;
  /** the active grid of the offer's EPCI, if any */
  readonly grid: TerritoryGrid | undefined;
  /** the territory criteria of that grid (the "not established" line when there is none) */
  readonly territoryCriteria: readonly Criterion[];
}

/**
 * Prepares a ranking: checks the reference date and that candidacy ids are unique, then computes
 * what all candidates share.
 * @throws DomainError `SCORING.INVALID_REFERENCE_DATE`, `SCORING.DUPLICATE_CANDIDACY` (invalid)
 */
export function createScoringContext(offer: OfferFacts, candidates: readonly CandidateFacts[], options: RankingOptions): ScoringContext {
  const { referenceDate } = options;
  if (!isIsoDate(referenceDate)) {
    throw scoringError.invalidReferenceDate(referenceDate);
  }
  const ids = new Set<string>();
  const registrationDays = new Int32Array(candidates.length);
  candidates.forEach((c, i) => {
    if (ids.has(c.candidacyId)) {
      throw scoringError.duplicateCandidacy(c.candidacyId);
    }
    ids.add(c.candidacyId);
    registrationDays[i] = isoDateNumber(c.registrationDate);
  });
  const grid = applicableGrid(offer, options.grid);
  const seniority = seniorityOrder(registrationDays);
  return {
    offer: Object.freeze({ ...offer }),
    referenceDate,
    declinedWindowStart: declinedWindowStart(referenceDate),
    candidateCount: candidates.length,
    seniority,
    sortedRegistrationDays: seniority.sortedDays,
    activeBonuses: activeBonuses(options.bonuses, referenceDate),
    grid,
    territoryCriteria: territoryCriteria(offer, grid),
  };
}

/**
 * Scores one candidacy within a prepared context (its seniority is relative to the context's
 * candidates). The breakdown lists every criterion, met or not, in a stable order: ALS, company,
 * territory, balancing.
 */
export function scoreCandidate(candidate: CandidateFacts, context: ScoringContext): ScoredCandidate {
  const { rank: _rank, ...scored } = score(candidate, context);
  return scored;
}

/** The components of most candidates: no grid applies, no bonus applies (shared, hence frozen). */
const NOT_ESTABLISHED: ScoreComponents['territory'] = Object.freeze({ points: 0, established: false });
const NO_BONUS: ScoreComponents['balancing'] = Object.freeze({ points: 0 });

/** Scores one candidacy (rank 0 until the ranking places it). */
function score(candidate: CandidateFacts, context: ScoringContext): RankedCandidate {
  const breakdown: CriterionResult[] = [];
  const als = alsComponent(addLines(breakdown, ALS_CRITERIA, candidate, context));
  const company = { points: clamp(addLines(breakdown, COMPANY_CRITERIA, candidate, context), 0, COMPANY_MAX) };
  const territoryPoints = addLines(breakdown, context.territoryCriteria, candidate, context);
  const territory = context.grid === undefined ? NOT_ESTABLISHED : { points: territoryPoints > 0 ? territoryPoints : 0, established: true };
  const bonus = applicableBonus(context.activeBonuses, context.offer, candidate.company);
  const balancingLine = balancingCriterion(bonus);
  breakdown.push(balancingLine);
  const balancing = bonus === undefined ? NO_BONUS : { points: balancingLine.points, bonusId: bonus.id };
  return {
    candidacyId: candidate.candidacyId,
    demandId: candidate.demandId,
    rank: 0,
    total: als.points + company.points + territory.points + balancing.points,
    components: { als, company, territory, balancing },
    criteria: breakdown,
  };
}

/** Adds the lines of a component's criteria to a breakdown; returns the sum of their points. */
function addLines(breakdown: CriterionResult[], criteria: readonly Criterion[], candidate: CandidateFacts, context: ScoringContext): number {
  let sum = 0;
  for (const criterion of criteria) {
    const line = criterion(candidate, context);
    breakdown.push(line);
    sum += line.points;
  }
  return sum;
}

/**
 * Ranks the candidates of an offer: scores each one, then sorts by total descending, older
 * registration date, earlier submission, smaller candidacy id. Ranks are positions 1..n.
 * @throws DomainError `SCORING.INVALID_REFERENCE_DATE`, `SCORING.DUPLICATE_CANDIDACY` (invalid)
 */
export function rankCandidates(offer: OfferFacts, candidates: readonly CandidateFacts[], options: RankingOptions): RankedCandidate[] {
  const context = createScoringContext(offer, candidates, options);
  const scored = candidates.map((candidate) => score(candidate, context));
  const totals = new Float64Array(scored.length);
  scored.forEach((s, i) => (totals[i] = s.total));
  const order = rankingOrder({
    totals,
    denseDays: context.seniority.denseRanks,
    distinctDays: context.seniority.distinctDays,
    tieBreaks: candidates,
  });
  const ranking: RankedCandidate[] = [];
  for (const index of order) {
    const ranked = scored[index] as RankedCandidate;
    ranked.rank = ranking.length + 1;
    ranking.push(ranked);
  }
  return ranking;
}
