import { toIsoDate } from '../../../shared/dates';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import {
  designatedElsewhereNotice, finalRankNotice, frozenRankingNotice, isCompeting, isRankingFrozen, STATUS_LABELS, TRANSMITTED_OR_LATER,
  type ElsewhereCandidacy, type TimelineEntry,
} from '../domain/index';
import type { CandidacyRecord, CandidateContact, OfferState, RankingSnapshotEntry, RankingSnapshotHeader, StoredNotification } from '../ports';
import { assertOwnerOrStaff, auditActor, isStaff, offerNotFound, requireApplicant, requireLandlord, requireStaff } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import { cachedLiveRanking, liveRanking, scoreOutsideRanking, type OfferRanking } from './ranking';
import { freezeRankingAtClosing } from './frozen-ranking';
import { rankingInForce } from './ranking-in-force';
import {
  scoreView, sharedView, summaryView, timelineView,
  type CandidacySummaryView, type CandidacyView, type DesignatedCandidateView, type ElsewhereView, type FinalRankView, type OfferRankingView, type RankingEntryView,
} from './views';

type Paging = { page?: number | undefined; pageSize?: number | undefined };

/**
 * One candidacy for its owner or an agent: status, rank among the offer's current candidates (live
 * while the offer is open; once it closed, the final rank of the ranking frozen at its closing), the
 * number of candidacies, its own score criterion by criterion, and its timeline. Never another
 * candidate's data.
 */
export async function getCandidacy(deps: CandidacyDeps, p: Principal, candidacyId: string): Promise<CandidacyView> {
  const found = await deps.candidacies.findWithTimeline(candidacyId);
  assertOwnerOrStaff(p, found?.record ?? null);
  const { record, timeline, state } = found!;
  if (state.frozenRevision !== null) return frozenCandidacyView(deps, record, timeline, state as OfferState & { frozenRevision: number });
  const cached = cachedLiveRanking(deps, record.offerId, state);
  if (cached) return candidacyView(record, timeline, cached);
  const offer = await deps.offers.find(record.offerId);
  if (!offer) throw offerNotFound();
  if (isRankingFrozen(offer) && (await freezeRankingAtClosing(deps, offer.id))) {
    // closed, and frozen just now (its closing's hook had not run): the final rank
    const now = await deps.candidacies.offerState(offer.id);
    if (now.frozenRevision !== null) return frozenCandidacyView(deps, record, timeline, now as OfferState & { frozenRevision: number });
  }
  return candidacyView(record, timeline, await liveRanking(deps, offer, state));
}

/** What the applicant reads of their final rank. */
function finalRankView(record: CandidacyRecord, header: RankingSnapshotHeader, entry: Pick<RankingSnapshotEntry, 'rank'> | null, offerRound: number): FinalRankView {
  const finalRank = entry?.rank ?? null;
  return {
    finalRank, candidacyCount: header.candidacyCount, referenceDate: header.referenceDate, frozenAt: header.computedAt, revision: header.revision,
    notice: finalRankNotice({
      finalRank, candidacyCount: header.candidacyCount, referenceDate: header.referenceDate, status: record.status, offerRound, designationRound: record.designationRound,
    }),
  };
}

/** A candidacy of a closed offer: its entry of the frozen ranking, read alone (one statement, no offer read). */
async function frozenCandidacyView(
  deps: CandidacyDeps, record: CandidacyRecord, timeline: readonly TimelineEntry[], state: OfferState & { frozenRevision: number },
): Promise<CandidacyView> {
  const found = await deps.candidacies.snapshotEntry(record.offerId, state.frozenRevision, record.id);
  if (!found) throw new Error(`ranking snapshot ${record.offerId} #${state.frozenRevision} is missing`);
  const { header, entry } = found;
  return {
    ...summaryView(record),
    rank: entry?.rank != null && isCompeting(record.status) ? entry.rank : null,
    candidacyCount: header.candidacyCount,
    referenceDate: header.referenceDate,
    score: entry?.score ? scoreView(entry.score) : null,
    calRank: record.calRank,
    calReason: record.calReason,
    timeline: timelineView(timeline),
    frozenRanking: finalRankView(record, header, entry, state.round),
  };
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
    ...(ranking.frozen
      ? { frozenRanking: finalRankView(current, ranking.frozen, ranked ? { rank: ranked.rank } : null, ranking.round) }
      : {}),
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
  const ranking = await rankingInForce(deps, offerId);
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
 * (computed from fresh facts while the offer is open, see `computeRanking`; once it closed, the
 * snapshot frozen at its closing, see `rankingInForce`). With `page`/`pageSize` (the API), one page
 * of them (the rank is over all of them; `candidacyCount` counts them all); without, every one (back
 * office). Eligibility, when asked for, is computed for the lines returned only. A candidate
 * designated or transmitted on another offer, its outcome pending, is flagged (read now, for the
 * lines returned: one statement).
 */
export async function offerRanking(
  deps: CandidacyDeps, p: Principal, offerId: string,
  options: { withEligibility?: boolean; page?: number | undefined; pageSize?: number | undefined } = {},
): Promise<OfferRankingView> {
  requireStaff(p);
  const ranking = await rankingInForce(deps, offerId);
  const paged = options.page !== undefined || options.pageSize !== undefined;
  const req = paged ? pageRequest(options.page, options.pageSize ?? RANKING_PAGE_SIZE) : undefined;
  const lines = req ? ranking.ranked.slice((req.page - 1) * req.pageSize, req.page * req.pageSize) : ranking.ranked;
  const elsewhere = await deps.candidacies.pendingElsewhere(lines.map((r) => r.demandId), offerId);
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
    ? await deps.offers.eligibilityMany(lines.map((r) => r.demandId), offerId)
    : undefined;
  const items: RankingEntryView[] = lines.map((r) => {
    const record = ranking.records.get(r.candidacyId)!;
    const e = eligibility?.get(r.demandId);
    return {
      rank: r.rank, candidacyId: r.candidacyId, demandId: r.demandId, status: record.status, statusLabel: STATUS_LABELS[record.status],
      submittedAt: record.submittedAt, score: scoreView(r),
      registrationDate: ranking.candidateFacts.get(r.candidacyId)?.registrationDate ?? ranking.registrationDates?.get(r.candidacyId) ?? '',
      ...(e ? { eligibility: e } : {}),
      ...elsewhereOf(elsewhereByDemand.get(r.demandId)),
    };
  });
  const others = [...ranking.records.values()].filter((r) => !ranking.rankById.has(r.id)).map(summaryView);
  const view: OfferRankingView = {
    offerId, offerStatus: ranking.offer.status, referenceDate: ranking.referenceDate, candidacyCount: ranking.ranked.length, round: ranking.round,
    ...(ranking.frozen
      ? {
          frozen: {
            revision: ranking.frozen.revision, trigger: ranking.frozen.trigger, computedAt: ranking.frozen.computedAt, reason: ranking.frozen.reason,
            notice: frozenRankingNotice(ranking.frozen),
          },
        }
      : {}),
    ...(req ? { page: req.page, pageSize: req.pageSize } : {}), items, others,
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
    candidacyId: e.candidacyId, offerId: e.offerId, status: e.status, statusLabel: STATUS_LABELS[e.status], statusChangedAt: e.statusChangedAt, offer: e.offer,
  }));
  return { designatedElsewhere, designatedElsewhereNotice: designatedElsewhereNotice(list) };
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
