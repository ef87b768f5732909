import { toIsoDate } from '../../../shared/dates';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { isCompeting, STATUS_LABELS, TRANSMITTED_OR_LATER, type TimelineEntry } from '../domain/index';
import type { CandidacyRecord, CandidateContact, StoredNotification } from '../ports';
import { assertOwnerOrStaff, auditActor, isStaff, offerNotFound, requireApplicant, requireLandlord, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { cachedLiveRanking, computeRanking, liveRanking, scoreOutsideRanking, type OfferRanking } from './ranking';
import {
  scoreView, sharedView, summaryView, timelineView,
  type CandidacySummaryView, type CandidacyView, type DesignatedCandidateView, type OfferRankingView, type RankingEntryView,
} from './views';

type Paging = { page?: number | undefined; pageSize?: number | undefined };

/**
 * One candidacy for its owner or an agent: status, rank among the offer's current candidates, the
 * number of candidacies, its own score criterion by criterion, and its timeline. Never another
 * candidate's data.
 */
export async function getCandidacy(deps: CandidacyDeps, p: Principal, candidacyId: string): Promise<CandidacyView> {
  const found = await deps.candidacies.findWithTimeline(candidacyId);
  assertOwnerOrStaff(p, found?.record ?? null);
  const { record, timeline, state } = found!;
  const cached = cachedLiveRanking(deps, record.offerId, state);
  if (cached) return candidacyView(record, timeline, cached);
  const offer = await deps.offers.find(record.offerId);
  if (!offer) throw offerNotFound();
  return candidacyView(record, timeline, await liveRanking(deps, offer, state));
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
  };
}

/** The applicant's own candidacies, newest first. */
export async function listOwnCandidacies(deps: CandidacyDeps, p: Principal, paging: Paging): Promise<Page<CandidacySummaryView>> {
  requireApplicant(p);
  const page = await deps.candidacies.listForApplicant(p.accountId, pageRequest(paging.page, paging.pageSize));
  return { ...page, items: page.items.map(summaryView) };
}

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
  const ranking = await computeRanking(deps, offerId);
  const ordered = [
    ...ranking.ranked.map((r) => ({ ...summaryView(ranking.records.get(r.candidacyId)!), rank: r.rank, total: r.total })),
    ...[...ranking.records.values()].filter((r) => !ranking.rankById.has(r.id)).sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
      .map((r) => ({ ...summaryView(r), rank: null, total: null })),
  ];
  const req = pageRequest(paging.page, paging.pageSize);
  const start = (req.page - 1) * req.pageSize;
  return { offerId, candidacyCount: ranking.ranked.length, items: ordered.slice(start, start + req.pageSize), page: req.page, pageSize: req.pageSize, total: ordered.length };
}

/** Lines of the agents' ranking per page of the API (the back office's page shows that many). */
export const RANKING_PAGE_SIZE = 50;

/**
 * The agents' ranking of an offer: the candidates in the running with rank, total and breakdown
 * (computed from fresh facts, see `computeRanking`). With `page`/`pageSize` (the API), one page of
 * them (the rank is over all of them; `candidacyCount` counts them all); without, every one (back
 * office). Eligibility, when asked for, is computed for the lines returned only.
 */
export async function offerRanking(
  deps: CandidacyDeps, p: Principal, offerId: string,
  options: { withEligibility?: boolean; page?: number | undefined; pageSize?: number | undefined } = {},
): Promise<OfferRankingView> {
  requireStaff(p);
  const ranking = await computeRanking(deps, offerId);
  const paged = options.page !== undefined || options.pageSize !== undefined;
  const req = paged ? pageRequest(options.page, options.pageSize ?? RANKING_PAGE_SIZE) : undefined;
  // the same page of the same computed ranking is the same view: built once (and, shared, serialised
  // once by the HTTP adapter, see `sharedView`), not at every agent's read while the ranking is reused
  const memoKey = options.withEligibility ? undefined : `${req?.page}|${req?.pageSize}|${ranking.offer.status}|${ranking.round}|${ranking.referenceDate}`;
  const memo = memoKey ? rankingViews.get(ranking.ranked) : undefined;
  const known = memoKey ? memo?.get(memoKey) : undefined;
  if (known) return known;
  const lines = req ? ranking.ranked.slice((req.page - 1) * req.pageSize, req.page * req.pageSize) : ranking.ranked;
  const eligibility = options.withEligibility
    ? await deps.offers.eligibilityMany(lines.map((r) => r.demandId), offerId)
    : undefined;
  const items: RankingEntryView[] = lines.map((r) => {
    const record = ranking.records.get(r.candidacyId)!;
    const e = eligibility?.get(r.demandId);
    return {
      rank: r.rank, candidacyId: r.candidacyId, demandId: r.demandId, status: record.status, statusLabel: STATUS_LABELS[record.status],
      submittedAt: record.submittedAt, registrationDate: ranking.candidateFacts.get(r.candidacyId)!.registrationDate, score: scoreView(r),
      ...(e ? { eligibility: e } : {}),
    };
  });
  const others = [...ranking.records.values()].filter((r) => !ranking.rankById.has(r.id)).map(summaryView);
  const view: OfferRankingView = {
    offerId, offerStatus: ranking.offer.status, referenceDate: ranking.referenceDate, candidacyCount: ranking.ranked.length, round: ranking.round,
    ...(req ? { page: req.page, pageSize: req.pageSize } : {}), items, others,
  };
  if (!memoKey) return view;
  const views = memo ?? new Map<string, OfferRankingView>();
  if (views.size >= 20) views.clear();
  views.set(memoKey, sharedView(view));
  rankingViews.set(ranking.ranked, views);
  return view;
}

/** The ranking views built, per computed ranking (its `ranked` array, kept by every copy of it) and page: gone with the ranking. */
const rankingViews = new WeakMap<readonly unknown[], Map<string, OfferRankingView>>();

/**
 * The candidates transmitted to the landlord on its own offer (else 404), with their totals at
 * designation and a summary of their demand. Every read of a demand is audited (`demand.read`,
 * acting for the landlord).
 */
export async function designatedForLandlord(deps: CandidacyDeps, p: Principal, offerId: string, address?: string): Promise<{ offerId: string; items: DesignatedCandidateView[] }> {
  requireLandlord(p);
  const offer = await deps.offers.find(offerId);
  if (!offer || !p.landlordId || offer.landlordId !== p.landlordId) throw offerNotFound();
  const records = (await deps.candidacies.listForOffer(offerId, TRANSMITTED_OR_LATER)).sort(
    (a, b) => (a.rankAtDesignation ?? 99) - (b.rankAtDesignation ?? 99) || a.id.localeCompare(b.id),
  );
  const demandIds = records.map((r) => r.demandId);
  const [facts, contacts] = await Promise.all([
    deps.applicants.factsFor(demandIds, toIsoDate(deps.clock.now())),
    records.length && deps.applicants.contactsFor ? deps.applicants.contactsFor(demandIds) : Promise.resolve(new Map<string, CandidateContact>()),
  ]);
  for (const r of records) {
    await deps.audit.record({
      ...auditActor(p), action: 'demand.read', objectType: 'demand', objectId: r.demandId,
      detail: { via: 'designated_candidates', offerId, candidacyId: r.id, contact: contacts.has(r.demandId) }, ...(address ? { address } : {}),
    });
  }
  return {
    offerId,
    items: records.map((r) => ({
      candidacyId: r.id, demandId: r.demandId, status: r.status, statusLabel: STATUS_LABELS[r.status],
      rankAtDesignation: r.rankAtDesignation, totalAtDesignation: r.totalAtDesignation, calRank: r.calRank, calReason: r.calReason,
      demand: (() => {
        const summary = facts.get(r.demandId)?.summary;
        return summary ? { ...summary, candidate: contacts.get(r.demandId) ?? null } : null;
      })(),
    })),
  };
}

/** The applicant's notifications, newest first. */
export async function listNotifications(deps: CandidacyDeps, p: Principal, paging: Paging): Promise<Page<StoredNotification>> {
  requireApplicant(p);
  return deps.notifications.listForAccount(p.accountId, pageRequest(paging.page, paging.pageSize));
}

/** For the company space: the status of some demands' candidacies (no access check: the company space checks its own). */
export async function candidacyStatusesOf(deps: CandidacyDeps, demandIds: readonly string[], paging: Paging) {
  const page = await deps.candidacies.listForDemands(demandIds, pageRequest(paging.page, paging.pageSize));
  return {
    ...page,
    items: page.items.map((r) => ({
      demandId: r.demandId,
      offerCommune: r.offer.communeName ?? r.offer.communeCode,
      offerTypology: `T${r.offer.typology}`,
      status: r.status,
      updatedAt: r.statusChangedAt,
    })),
  };
}

/**
 * Whether the demand has a candidacy designated and transmitted (or later: CAL decision, proposal,
 * lease) on an offer of this landlord: the landlord may then read the applicant's verified
 * documents (the demand module's DesignationChecker). A withdrawn or not-retained candidacy no
 * longer counts. Internal: the caller checks who is asking.
 */
export async function isTransmittedToLandlord(deps: CandidacyDeps, demandId: string, landlordId: string): Promise<boolean> {
  const records = await deps.candidacies.listForDemand(demandId, TRANSMITTED_OR_LATER);
  return records.some((r) => r.offer.landlordId === landlordId);
}
