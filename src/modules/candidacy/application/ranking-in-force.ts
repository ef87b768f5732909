import { isRankingFrozen } from '../domain/index';
import type { OfferCompetition } from '../ports';
import { offerNotFound } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { freezeRankingAtClosing } from './freeze-ranking-at-closing';
import { frozenOfferRanking } from './frozen-ranking';
import { computeRanking, type OfferRanking } from './ranking';

/**
 * The ranking in force of an offer, for agents and decisions: the snapshot frozen at its closing
 * once it has one (read from the database), else the live ranking (`computeRanking`, its caches
 * and shared computations unchanged for open offers). A closed offer found without a snapshot
 * (its closing's hook has not run yet, or failed) is frozen now.
 */
export async function rankingInForce(deps: CandidacyDeps, offerId: string, options: { reuse?: boolean } = {}): Promise<OfferRanking> {
  const state = await deps.candidacies.competitionOf(offerId);
  if (state.frozenRevision !== null) return frozenRankingOf(deps, offerId, state as OfferCompetition & { frozenRevision: number });
  const live = await computeRanking(deps, offerId, options, state);
  if (!isRankingFrozen(live.offer)) return live;
  await freezeRankingAtClosing(deps, offerId);
  const now = await deps.candidacies.competitionOf(offerId);
  return now.frozenRevision !== null ? frozenOfferRanking(deps, live.offer, now as OfferCompetition & { frozenRevision: number }) : live;
}

async function frozenRankingOf(deps: CandidacyDeps, offerId: string, state: OfferCompetition & { frozenRevision: number }): Promise<OfferRanking> {
  const offer = await deps.offers.find(offerId);
  if (!offer) throw offerNotFound();
  return frozenOfferRanking(deps, offer, state);
}
