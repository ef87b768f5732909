import { toIsoDate } from '../../../shared/dates';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { isCompeting, STATUS_LABELS, TRANSMITTED_OR_LATER } from '../domain/index';
import type { StoredNotification } from '../ports';
import { assertOwnerOrStaff, auditActor, isStaff, offerNotFound, requireApplicant, requireLandlord, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { computeRanking, liveRanking, scoreOutsideRanking } from './ranking';
import {
  scoreView, summaryView, timelineView,
  type CandidacySummaryView, type CandidacyView, type DesignatedCandidateView, type OfferRankingView, type RankingEntryView,
} from './views';

type Paging = { page?: number | undefined; pageSize?: number | undefined };

/**
 * One candidacy for its owner or an agent: status, rank among the offer's current candidates, the
 * number of candidacies, its own score criterion by criterion, and its timeline. Never another
 * candidate's data.
 */
export async function getCandidacy(deps: CandidacyDeps, p: Principal, candidacyId: string): Promise<CandidacyView> {
  const record = await deps.candidacies.findById(candidacyId);
  assertOwnerOrStaff(p, record);
  const offer = await deps.offers.find(record.offerId);
  if (!offer) throw offerNotFound();
  const [ranking, timeline] = await Promise.all([liveRanking(deps, offer), deps.candidacies.timeline(record.id)]);
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

/** The agents' ranking of an offer: every candidate in the running with rank, total and breakdown (computed now). */
export async function offerRanking(deps: CandidacyDeps, p: Principal, offerId: string, options: { withEligibility?: boolean } = {}): Promise<OfferRankingView> {
  requireStaff(p);
  const ranking = await computeRanking(deps, offerId);
  const state = await deps.candidacies.offerState(offerId);
  const eligibility = options.withEligibility
    ? await deps.offers.eligibilityMany(ranking.ranked.map((r) => r.demandId), offerId)
    : undefined;
  const items: RankingEntryView[] = ranking.ranked.map((r) => {
    const record = ranking.records.get(r.candidacyId)!;
    const e = eligibility?.get(r.demandId);
    return {
      rank: r.rank, candidacyId: r.candidacyId, demandId: r.demandId, status: record.status, statusLabel: STATUS_LABELS[record.status],
      submittedAt: record.submittedAt, registrationDate: ranking.candidateFacts.get(r.candidacyId)!.registrationDate, score: scoreView(r),
      ...(e ? { eligibility: e } : {}),
    };
  });
  const others = [...ranking.records.values()].filter((r) => !ranking.rankById.has(r.id)).map(summaryView);
  return { offerId, offerStatus: ranking.offer.status, referenceDate: ranking.referenceDate, candidacyCount: items.length, round: state.round, items, others };
}

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
  const facts = await deps.applicants.factsFor(records.map((r) => r.demandId), toIsoDate(deps.clock.now()));
  for (const r of records) {
    await deps.audit.record({
      ...auditActor(p), action: 'demand.read', objectType: 'demand', objectId: r.demandId,
      detail: { via: 'designated_candidates', offerId, candidacyId: r.id }, ...(address ? { address } : {}),
    });
  }
  return {
    offerId,
    items: records.map((r) => ({
      candidacyId: r.id, demandId: r.demandId, status: r.status, statusLabel: STATUS_LABELS[r.status],
      rankAtDesignation: r.rankAtDesignation, totalAtDesignation: r.totalAtDesignation, calRank: r.calRank, calReason: r.calReason,
      demand: facts.get(r.demandId)?.summary ?? null,
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
