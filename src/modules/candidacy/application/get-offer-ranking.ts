import { pageRequest } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { designatedElsewhereNotice, frozenRankingNotice, isDesignable, rankingActions, STATUS_LABELS, type ElsewhereCandidacy } from '../domain/index';
import { requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { rankingInForce } from './ranking-in-force';
import { scoreView, sharedView, summaryView, type ElsewhereView, type OfferRankingView, type RankingEntryView } from './views';

/** Lines of the agents' ranking per page of the API (the back office's page shows that many). */
export const RANKING_PAGE_SIZE = 50;

/**
 * The agents' ranking of an offer: the candidates in the running with rank, total and breakdown
 * (computed from fresh facts while the offer is open, see `computeRanking`; once it closed, the
 * snapshot frozen at its closing, see `rankingInForce`). With `page`/`pageSize` (the API), one page
 * of them (the rank is over all of them; `candidacyCount` counts them all); without, every one (back
 * office). Eligibility, when asked for, is computed for the lines returned only. A candidate
 * designated or transmitted on another offer, its outcome pending, is flagged (read now, for the
 * lines returned: one statement).
 */
export async function offerRanking(
  deps: CandidacyDeps,
  p: Principal,
  offerId: string,
  options: { withEligibility?: boolean; page?: number | undefined; pageSize?: number | undefined } = {},
): Promise<OfferRankingView> {
  requireStaff(p);
  const ranking = await rankingInForce(deps, offerId);
  const paged = options.page !== undefined || options.pageSize !== undefined;
  const req = paged ? pageRequest(options.page, options.pageSize ?? RANKING_PAGE_SIZE) : undefined;
  const lines = req ? ranking.ranked.slice((req.page - 1) * req.pageSize, req.page * req.pageSize) : ranking.ranked;
  const elsewhere = await deps.candidacies.pendingElsewhere(
    lines.map((r) => r.demandId),
    offerId,
  );
  // the same page of the same computed ranking (with the same candidates flagged) is the same view:
  // built once (and, shared, serialised once by the HTTP adapter, see `sharedView`), not at every
  // agent's read while the ranking is reused
  const memoKey = options.withEligibility
    ? undefined
    : `${req?.page}|${req?.pageSize}|${ranking.offer.status}|${ranking.round}|${ranking.referenceDate}|${elsewhere.map((e) => `${e.candidacyId}:${e.status}`).join(',')}`;
  const memo = memoKey ? rankingViews.get(ranking.ranked) : undefined;
  const known = memoKey ? memo?.get(memoKey) : undefined;
  if (known) return known;
  const elsewhereByDemand = new Map<string, ElsewhereCandidacy[]>();
  for (const e of elsewhere) elsewhereByDemand.set(e.demandId, [...(elsewhereByDemand.get(e.demandId) ?? []), e]);
  const eligibility = options.withEligibility
    ? await deps.offers.eligibilityMany(
        lines.map((r) => r.demandId),
        offerId,
      )
    : undefined;
  const items: RankingEntryView[] = lines.map((r) => {
    const record = ranking.records.get(r.candidacyId)!;
    const e = eligibility?.get(r.demandId);
    return {
      rank: r.rank,
      candidacyId: r.candidacyId,
      demandId: r.demandId,
      status: record.status,
      statusLabel: STATUS_LABELS[record.status],
      designable: isDesignable(record.status),
      submittedAt: record.submittedAt,
      score: scoreView(r),
      registrationDate: ranking.candidateFacts.get(r.candidacyId)?.registrationDate ?? ranking.registrationDates?.get(r.candidacyId) ?? '',
      ...(e ? { eligibility: e } : {}),
      ...elsewhereOf(elsewhereByDemand.get(r.demandId)),
    };
  });
  const others = [...ranking.records.values()].filter((r) => !ranking.rankById.has(r.id)).map(summaryView);
  const view: OfferRankingView = {
    offerId,
    offerStatus: ranking.offer.status,
    referenceDate: ranking.referenceDate,
    candidacyCount: ranking.ranked.length,
    round: ranking.round,
    actions: rankingActions({
      offerStatus: ranking.offer.status,
      frozen: ranking.frozen !== undefined,
      statuses: ranking.ranked.map((r) => ranking.records.get(r.candidacyId)!.status),
    }),
    ...(ranking.frozen
      ? {
          frozen: {
            revision: ranking.frozen.revision,
            trigger: ranking.frozen.trigger,
            computedAt: ranking.frozen.computedAt,
            reason: ranking.frozen.reason,
            notice: frozenRankingNotice(ranking.frozen),
          },
        }
      : {}),
    ...(req ? { page: req.page, pageSize: req.pageSize } : {}),
    items,
    others,
  };
  if (!memoKey) return view;
  const views = memo ?? new Map<string, OfferRankingView>();
  if (views.size >= 20) views.clear();
  views.set(memoKey, sharedView(view));
  rankingViews.set(ranking.ranked, views);
  return view;
}

/** The flag of a ranking line whose candidate is designated or transmitted elsewhere (nothing when not). */
function elsewhereOf(list: readonly ElsewhereCandidacy[] | undefined): Pick<RankingEntryView, 'designatedElsewhere' | 'designatedElsewhereNotice'> {
  if (!list?.length) return {};
  const designatedElsewhere: ElsewhereView[] = list.map((e) => ({
    candidacyId: e.candidacyId,
    offerId: e.offerId,
    status: e.status,
    statusLabel: STATUS_LABELS[e.status],
    statusChangedAt: e.statusChangedAt,
    offer: e.offer,
  }));
  return { designatedElsewhere, designatedElsewhereNotice: designatedElsewhereNotice(list) };
}

/** The ranking views built, per computed ranking (its `ranked` array, kept by every copy of it) and page: gone with the ranking. */
const rankingViews = new WeakMap<readonly unknown[], Map<string, OfferRankingView>>();
