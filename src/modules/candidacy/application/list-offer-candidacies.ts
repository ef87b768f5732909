import { pageRequest } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { isStaff, offerNotFound } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { rankingInForce } from './ranking-in-force';
import { summaryView, type CandidacySummaryView, type Paging } from './views';

export interface OfferCandidaciesView {
  offerId: string;
  candidacyCount: number;
  /** agents only: the candidacies in ranking order, then those out of the running */
  items?: (CandidacySummaryView & { rank: number | null; total: number | null })[];
  page?: number;
  pageSize?: number;
  total?: number;
}

/** How many candidacies an offer has (anyone who may see the offer); the list itself for agents. */
export async function offerCandidacies(deps: CandidacyDeps, p: Principal, offerId: string, paging: Paging): Promise<OfferCandidaciesView> {
  await deps.offers.assertVisible(p, offerId);
  const offer = await deps.offers.find(offerId);
  if (!offer) throw offerNotFound();
  if (!isStaff(p)) return { offerId, candidacyCount: offer.candidacyCount };
  const ranking = await rankingInForce(deps, offerId);
  const ordered = [
    ...ranking.ranked.map((r) => ({ ...summaryView(ranking.records.get(r.candidacyId)!), rank: r.rank, total: r.total })),
    ...[...ranking.records.values()]
      .filter((r) => !ranking.rankById.has(r.id))
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
      .map((r) => ({ ...summaryView(r), rank: null, total: null })),
  ];
  const req = pageRequest(paging.page, paging.pageSize);
  const start = (req.page - 1) * req.pageSize;
  return { offerId, candidacyCount: ranking.ranked.length, items: ordered.slice(start, start + req.pageSize), page: req.page, pageSize: req.pageSize, total: ordered.length };
}
