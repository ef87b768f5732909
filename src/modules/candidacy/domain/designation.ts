import { candidacyErrors } from '../candidacy.errors';
import { isDesignable, type CandidacyStatus } from './candidacy';
import { isRecomputable } from './frozen-ranking';

/**
 * Designation (brief §4): an agent designates 1 to 3 candidates of an offer to its landlord,
 * normally the top of the ranking among the candidates still in the running. Designating out of
 * rank order needs a written justification, kept in the audit trail.
 */

export const MAX_DESIGNATED = 3;
export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 2000;

/** A candidate that may be designated, with its place in the current ranking. */
export interface Designable {
  candidacyId: string;
  rank: number;
  total: number;
}

export interface DesignationPlan {
  /** the chosen candidacies, best ranked first */
  chosen: Designable[];
  /** the chosen ones are not the top of the designable candidates */
  outOfOrder: boolean;
  /** the ranks an in-order designation would have taken */
  expectedRanks: number[];
  justification: string | undefined;
}

/**
 * Checks a designation against the designable candidates (in ranking order): 1 to 3 distinct
 * candidacies, each designable; a justification when they are not the top of the ranking.
 */
export function planDesignation(designable: readonly Designable[], candidacyIds: readonly string[], justification?: string): DesignationPlan {
  if (candidacyIds.length < 1 || candidacyIds.length > MAX_DESIGNATED) {
    throw candidacyErrors.designationCount(MAX_DESIGNATED);
  }
  if (new Set(candidacyIds).size !== candidacyIds.length) {
    throw candidacyErrors.designationDuplicate();
  }
  const byId = new Map(designable.map((d) => [d.candidacyId, d]));
  const unknown = candidacyIds.filter((id) => !byId.has(id));
  if (unknown.length) {
    throw candidacyErrors.notDesignable(unknown);
  }
  const ordered = [...designable].sort((a, b) => a.rank - b.rank);
  const chosen = candidacyIds.map((id) => byId.get(id)!).sort((a, b) => a.rank - b.rank);
  const expected = ordered.slice(0, chosen.length);
  const outOfOrder = chosen.some((c, i) => c.candidacyId !== expected[i]?.candidacyId);
  const text = justification?.trim() || undefined;
  if (outOfOrder && (text === undefined || text.length < JUSTIFICATION_MIN)) {
    throw candidacyErrors.justificationRequired({ tooLong: false, min: JUSTIFICATION_MIN }, { expectedRanks: expected.map((e) => e.rank), chosenRanks: chosen.map((c) => c.rank) });
  }
  if (text !== undefined && text.length > JUSTIFICATION_MAX) {
    throw candidacyErrors.justificationRequired({ tooLong: true, max: JUSTIFICATION_MAX });
  }
  return { chosen, outOfOrder, expectedRanks: expected.map((e) => e.rank), justification: text };
}

/** What an agent may do with an offer's ranking now, as the ranking view carries it (`OfferRankingView.actions`). */
export interface RankingActions {
  /** the offer is closed and some candidate may be designated */
  designate: boolean;
  /** the offer is closed and its ranking frozen: an agent may recompute it (with a reason) */
  recompute: boolean;
  /** some candidate is designated: their files may be transmitted to the landlord */
  transmit: boolean;
}

/**
 * The ranking's actions, from the offer's state (as the candidacy module reads it), whether the
 * ranking is frozen, and the statuses of the candidates in the running.
 */
export function rankingActions(input: { offerStatus: string; frozen: boolean; statuses: readonly CandidacyStatus[] }): RankingActions {
  const closed = isRecomputable(input.offerStatus);
  return {
    designate: closed && input.statuses.some(isDesignable),
    recompute: closed && input.frozen,
    transmit: input.statuses.includes('designated'),
  };
}
