import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import { ERASED_FACT, isPendingOutcome, OPEN_STATUSES, type CandidacyStatus, type ElsewhereCandidacy, type HistoryEvent, type TimelineEntry } from '../domain/index';
import type { CandidacyNotification, CandidacyNotificationOutbox, CandidacyRecord, CandidacyRepository, OfferCompetition, RankingSnapshot, StoredNotification } from '../ports';

const clone = <T>(v: T): T => structuredClone(v);
const paged = <T>(all: T[], page: PageRequest): Page<T> => ({
  items: all.slice(pageOffset(page), pageOffset(page) + page.pageSize),
  page: page.page,
  pageSize: page.pageSize,
  total: all.length,
});

/** In-memory candidacies for unit tests (locks are no-ops: tests run one use case at a time). */
export class InMemoryCandidacyRepository implements CandidacyRepository {
  readonly rows = new Map<string, CandidacyRecord>();
  readonly entries = new Map<string, TimelineEntry[]>();
  readonly states = new Map<string, OfferCompetition>();
  readonly lockedDemands: string[] = [];
  readonly snapshots = new Map<string, RankingSnapshot>();
  private readonly initial = (offerId: string): OfferCompetition => ({ offerId, version: 0, round: 0, frozenRevision: null });

  async lockDemand(demandId: string) {
    this.lockedDemands.push(demandId);
  }
  async lockOffer(offerId: string) {
    const state = this.states.get(offerId) ?? this.initial(offerId);
    const next = { ...state, version: state.version + 1 };
    this.states.set(offerId, next);
    return { ...next };
  }
  async competitionOf(offerId: string) {
    return { ...(this.states.get(offerId) ?? this.initial(offerId)) };
  }
  async touchOffer(offerId: string) {
    const state = this.states.get(offerId);
    if (state) this.states.set(offerId, { ...state, version: state.version + 1 });
  }
  async setRound(offerId: string, round: number) {
    const state = this.states.get(offerId) ?? this.initial(offerId);
    this.states.set(offerId, { ...state, round });
  }
  async findById(id: string) {
    const r = this.rows.get(id);
    return r ? clone(r) : null;
  }
  async findWithTimeline(id: string) {
    const r = this.rows.get(id);
    return r ? { record: clone(r), timeline: await this.timeline(id), state: await this.competitionOf(r.offerId) } : null;
  }
  async findByDemandAndOffer(demandId: string, offerId: string) {
    const r = [...this.rows.values()].find((c) => c.demandId === demandId && c.offerId === offerId);
    return r ? clone(r) : null;
  }
  async lockOfferAndInsert(record: CandidacyRecord, entry: TimelineEntry) {
    const state = await this.lockOffer(record.offerId);
    if (await this.findByDemandAndOffer(record.demandId, record.offerId)) return { inserted: false, state };
    this.rows.set(record.id, clone(record));
    this.entries.set(record.id, [clone(entry)]);
    return { inserted: true, state };
  }
  async save(record: CandidacyRecord, entries: readonly TimelineEntry[]) {
    this.rows.set(record.id, clone(record));
    this.entries.set(record.id, [...(this.entries.get(record.id) ?? []), ...entries.map(clone)]);
  }
  async countOpenForDemand(demandId: string) {
    return [...this.rows.values()].filter((c) => c.demandId === demandId && OPEN_STATUSES.includes(c.status)).length;
  }
  async listForOffer(offerId: string, statuses?: readonly CandidacyStatus[]) {
    return [...this.rows.values()].filter((c) => c.offerId === offerId && (!statuses || statuses.includes(c.status))).map(clone);
  }
  async listForDemand(demandId: string, statuses?: readonly CandidacyStatus[]) {
    return [...this.rows.values()].filter((c) => c.demandId === demandId && (!statuses || statuses.includes(c.status))).map(clone);
  }
  async listForApplicant(accountId: string, page: PageRequest) {
    const all = [...this.rows.values()].filter((c) => c.applicantAccountId === accountId).sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
    return paged(all.map(clone), page);
  }
  async listForDemands(demandIds: readonly string[], page: PageRequest) {
    const all = [...this.rows.values()].filter((c) => demandIds.includes(c.demandId)).sort((a, b) => b.statusChangedAt.getTime() - a.statusChangedAt.getTime());
    return paged(all.map(clone), page);
  }
  async timeline(candidacyId: string) {
    return (this.entries.get(candidacyId) ?? []).map(clone);
  }
  async historyEvents(demandIds: readonly string[]): Promise<HistoryEvent[]> {
    return [...this.rows.values()]
      .filter((c) => demandIds.includes(c.demandId) && (c.status === 'cal_refused' || c.status === 'proposal_declined'))
      .map((c) => ({ demandId: c.demandId, offerId: c.offerId, status: c.status as HistoryEvent['status'], at: c.statusChangedAt }));
  }
  async pendingElsewhere(demandIds: readonly string[], exceptOfferId: string): Promise<ElsewhereCandidacy[]> {
    return [...this.rows.values()]
      .filter((c) => demandIds.includes(c.demandId) && c.offerId !== exceptOfferId && isPendingOutcome(c.status))
      .map((c) => ({
        candidacyId: c.id,
        demandId: c.demandId,
        offerId: c.offerId,
        status: c.status,
        statusChangedAt: c.statusChangedAt,
        offer: { communeCode: c.offer.communeCode, communeName: c.offer.communeName, typology: c.offer.typology },
      }));
  }
  async lastSnapshotRevision(offerId: string) {
    return Math.max(0, ...[...this.snapshots.values()].filter((s) => s.offerId === offerId).map((s) => s.revision));
  }
  async saveSnapshot(snapshot: RankingSnapshot) {
    this.snapshots.set(`${snapshot.offerId}|${snapshot.revision}`, clone(snapshot));
    this.states.set(snapshot.offerId, { ...(this.states.get(snapshot.offerId) ?? this.initial(snapshot.offerId)), frozenRevision: snapshot.revision });
  }
  async unfreeze(offerId: string) {
    const state = this.states.get(offerId);
    if (state) this.states.set(offerId, { ...state, frozenRevision: null });
  }
  async snapshot(offerId: string, revision: number) {
    const s = this.snapshots.get(`${offerId}|${revision}`);
    return s ? clone(s) : null;
  }
  async snapshotEntry(offerId: string, revision: number, candidacyId: string) {
    const s = this.snapshots.get(`${offerId}|${revision}`);
    if (!s) return null;
    const { entries, ...header } = clone(s);
    return { header, entry: entries.find((e) => e.candidacyId === candidacyId) ?? null };
  }
  async forgetSnapshotFacts(demandId: string) {
    let n = 0;
    for (const s of this.snapshots.values()) {
      for (const e of s.entries) {
        if (e.demandId !== demandId || !e.facts) continue;
        e.facts = null;
        if (e.score) e.score = { ...e.score, criteria: e.score.criteria.map((c) => ({ ...c, fact: ERASED_FACT })) };
        n++;
      }
    }
    return n;
  }
}

export class InMemoryCandidacyOutbox implements CandidacyNotificationOutbox {
  readonly items: StoredNotification[] = [];
  async add(n: CandidacyNotification) {
    this.items.push({ ...clone(n), id: this.items.length + 1, createdAt: new Date(), sentAt: null });
  }
  async listForAccount(accountId: string, page: PageRequest) {
    return paged(this.items.filter((n) => n.accountId === accountId).reverse(), page);
  }
  async recentForAccount(accountId: string, limit: number) {
    return this.items
      .map((n, i) => ({ n, i }))
      .filter(({ n }) => n.accountId === accountId)
      .sort((a, b) => b.n.createdAt.getTime() - a.n.createdAt.getTime() || b.i - a.i)
      .slice(0, limit)
      .map(({ n }) => clone(n));
  }
  async forgetAccount(accountId: string) {
    const before = this.items.length;
    this.items.splice(0, this.items.length, ...this.items.filter((n) => n.accountId !== accountId));
    return before - this.items.length;
  }
}
