import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Page, PageRequest } from '../../../shared/pagination';
import { pageOffset } from '../../../shared/pagination';
import {
  ERASED_FACT,
  OPEN_STATUSES,
  PENDING_OUTCOME_STATUSES,
  type CandidacyNotification,
  type CandidacyNotificationOutbox,
  type CandidacyRecord,
  type CandidacyRepository,
  type CandidacyStatus,
  type ElsewhereCandidacy,
  type HistoryEvent,
  type OfferCompetition,
  type RankingSnapshot,
  type RankingSnapshotEntry,
  type RankingSnapshotHeader,
  type RankingTrigger,
  type StoredNotification,
  type TimelineEntry,
} from '../../../modules/candidacy/index';
import type { CandidateFacts, OfferFacts, RankingOptions } from '../../../modules/scoring/index';
import type { Database } from '../database';
import { prepared } from '../prepared';
import { candidacies, candidacyEvents, candidacyNotifications, demandLocks, offerStates, rankingSnapshotEntries, rankingSnapshots } from '../schema/candidacy.schema';

type Row = typeof candidacies.$inferSelect;

function toRecord(r: Row): CandidacyRecord {
  return {
    id: r.id,
    demandId: r.demandId,
    offerId: r.offerId,
    applicantAccountId: r.applicantAccountId,
    status: r.status as CandidacyStatus,
    submittedAt: r.submittedAt,
    statusChangedAt: r.statusChangedAt,
    designationRound: r.designationRound,
    rankAtDesignation: r.rankAtDesignation,
    totalAtDesignation: r.totalAtDesignation,
    calRank: r.calRank,
    calReason: r.calReason,
    effortRateAtApplication: r.effortRateAtApplication,
    offer: {
      landlordId: r.offerLandlordId,
      communeCode: r.offerCommuneCode,
      communeName: r.offerCommuneName,
      typology: r.offerTypology,
      rent: r.offerRent,
      charges: r.offerCharges,
    },
  };
}

type StoredEvent = [action: string, from: string | null, to: string, at: string, by: string | null, reason: string | null];

type SnapshotRow = typeof rankingSnapshots.$inferSelect;
type SnapshotEntryRow = typeof rankingSnapshotEntries.$inferSelect;

function toHeader(r: SnapshotRow): RankingSnapshotHeader {
  return {
    offerId: r.offerId,
    revision: r.revision,
    referenceDate: r.referenceDate,
    computedAt: r.computedAt,
    trigger: r.trigger as RankingTrigger,
    computedBy: r.computedBy,
    reason: r.reason,
    candidacyCount: r.candidacyCount,
    offer: r.offer as OfferFacts,
    options: r.options as RankingOptions,
  };
}

/**
 * A stored entry (JSON): the facts' instant comes back as a Date; facts erased (the demand was
 * anonymised: `{ erased: true, registrationDate }`) come back as null.
 */
function toSnapshotEntry(r: Pick<SnapshotEntryRow, 'candidacyId' | 'demandId' | 'rank' | 'score' | 'facts'>): RankingSnapshotEntry {
  const stored = r.facts as ((Omit<CandidateFacts, 'submittedAt'> & { submittedAt: string }) | { erased: true; registrationDate: string | null }) | null;
  const facts = stored && !('erased' in stored) ? { ...stored, submittedAt: new Date(stored.submittedAt) } : null;
  return {
    candidacyId: r.candidacyId,
    demandId: r.demandId,
    rank: r.rank,
    score: (r.score as RankingSnapshotEntry['score']) ?? null,
    facts,
    registrationDate: stored?.registrationDate ?? null,
  };
}

/** Rows of a snapshot's entries per INSERT (each carries a breakdown of a few kB). */
const SNAPSHOT_INSERT_BATCH = 200;

function toEntry(r: { action: string; fromStatus: string | null; toStatus: string; at: Date; by: string | null; reason: string | null }): TimelineEntry {
  return {
    action: r.action as TimelineEntry['action'],
    from: (r.fromStatus as CandidacyStatus | null) ?? null,
    to: r.toStatus as CandidacyStatus,
    at: r.at,
    ...(r.by ? { by: r.by } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
  };
}

const stateColumns = (c: CandidacyRecord) => ({
  status: c.status,
  statusChangedAt: c.statusChangedAt,
  designationRound: c.designationRound,
  rankAtDesignation: c.rankAtDesignation,
  totalAtDesignation: c.totalAtDesignation,
  calRank: c.calRank,
  calReason: c.calReason,
});

const eventRow = (candidacyId: string, e: TimelineEntry) => ({
  candidacyId,
  action: e.action,
  fromStatus: e.from,
  toStatus: e.to,
  at: e.at,
  by: e.by ?? null,
  reason: e.reason ?? null,
});

/** Candidacies, their timeline, and the per-demand and per-offer lock rows (schema `candidacy`). */
export class DrizzleCandidacyRepository implements CandidacyRepository {
  // the hottest reads (an applicant's candidacy, an offer's ranking), prepared (see prepared.ts)
  private readonly stateOf;
  private readonly withTimeline;
  private readonly ofOffer;
  private readonly history;

  constructor(private readonly database: Database) {
    this.stateOf = prepared(database, 'candidacy_offer_state', (db) =>
      db
        .select()
        .from(offerStates)
        .where(eq(offerStates.offerId, sql.placeholder('offer')))
        .limit(1),
    );
    this.withTimeline = prepared(database, 'candidacy_with_timeline', (db) =>
      db
        .select({
          c: candidacies,
          version: offerStates.version,
          round: offerStates.round,
          frozenRevision: offerStates.frozenRevision,
          timeline: sql<StoredEvent[] | null>`(select json_agg(json_build_array(e.action, e.from_status, e.to_status, e.at, e.by, e.reason) order by e.id)
          from ${candidacyEvents} e where e.candidacy_id = ${candidacies.id})`,
        })
        .from(candidacies)
        .leftJoin(offerStates, eq(offerStates.offerId, candidacies.offerId))
        .where(eq(candidacies.id, sql.placeholder('id')))
        .limit(1),
    );
    this.ofOffer = prepared(database, 'candidacy_of_offer', (db) =>
      db
        .select()
        .from(candidacies)
        .where(eq(candidacies.offerId, sql.placeholder('offer')))
        .orderBy(asc(candidacies.submittedAt), asc(candidacies.id)),
    );
    this.history = prepared(database, 'candidacy_history_events', (db) =>
      db
        .select({ demandId: candidacies.demandId, offerId: candidacies.offerId, status: candidacies.status, at: candidacies.statusChangedAt })
        .from(candidacies)
        .where(and(sql`${candidacies.demandId} = any(${sql.placeholder('demands')}::uuid[])`, inArray(candidacies.status, ['cal_refused', 'proposal_declined']))),
    );
  }

  private get db() {
    return this.database.db;
  }

  /** One statement: ON CONFLICT DO UPDATE locks the existing row as SELECT … FOR UPDATE would. */
  async lockDemand(demandId: string): Promise<void> {
    await this.db
      .insert(demandLocks)
      .values({ demandId })
      .onConflictDoUpdate({ target: demandLocks.demandId, set: { demandId: sql`excluded.demand_id` } });
  }

  async lockOffer(offerId: string): Promise<OfferCompetition> {
    const [row] = await this.db
      .insert(offerStates)
      .values({ offerId, version: 1, round: 0 })
      .onConflictDoUpdate({ target: offerStates.offerId, set: { version: sql`${offerStates.version} + 1` } })
      .returning();
    return { offerId, version: row!.version, round: row!.round, frozenRevision: row!.frozenRevision };
  }

  async competitionOf(offerId: string): Promise<OfferCompetition> {
    const [row] = await this.stateOf({ offer: offerId });
    return row ? { offerId, version: row.version, round: row.round, frozenRevision: row.frozenRevision } : { offerId, version: 0, round: 0, frozenRevision: null };
  }

  async touchOffer(offerId: string): Promise<void> {
    await this.db
      .update(offerStates)
      .set({ version: sql`${offerStates.version} + 1` })
      .where(eq(offerStates.offerId, offerId));
  }

  async setRound(offerId: string, round: number): Promise<void> {
    await this.db.update(offerStates).set({ round }).where(eq(offerStates.offerId, offerId));
  }

  async findById(id: string): Promise<CandidacyRecord | null> {
    const [row] = await this.db.select().from(candidacies).where(eq(candidacies.id, id)).limit(1);
    return row ? toRecord(row) : null;
  }

  async findWithTimeline(id: string): Promise<{ record: CandidacyRecord; timeline: TimelineEntry[]; state: OfferCompetition } | null> {
    const [row] = await this.withTimeline({ id });
    if (!row) return null;
    return {
      record: toRecord(row.c),
      timeline: (row.timeline ?? []).map(([action, from, to, at, by, reason]) => toEntry({ action, fromStatus: from, toStatus: to, at: new Date(at), by, reason })),
      state: { offerId: row.c.offerId, version: row.version ?? 0, round: row.round ?? 0, frozenRevision: row.frozenRevision ?? null },
    };
  }

  async findByDemandAndOffer(demandId: string, offerId: string): Promise<CandidacyRecord | null> {
    const [row] = await this.db
      .select()
      .from(candidacies)
      .where(and(eq(candidacies.demandId, demandId), eq(candidacies.offerId, offerId)))
      .limit(1);
    return row ? toRecord(row) : null;
  }

  /** The candidacy and its first timeline entry in one statement (the entry only when the row was inserted). */
  async lockOfferAndInsert(c: CandidacyRecord, entry: TimelineEntry): Promise<{ inserted: boolean; state: OfferCompetition }> {
    const lock = this.db
      .insert(offerStates)
      .values({ offerId: c.offerId, version: 1, round: 0 })
      .onConflictDoUpdate({ target: offerStates.offerId, set: { version: sql`${offerStates.version} + 1` } })
      .returning({ version: offerStates.version, round: offerStates.round, frozenRevision: offerStates.frozenRevision });
    const insert = this.db
      .insert(candidacies)
      .values({
        id: c.id,
        demandId: c.demandId,
        offerId: c.offerId,
        applicantAccountId: c.applicantAccountId,
        submittedAt: c.submittedAt,
        effortRateAtApplication: c.effortRateAtApplication,
        offerLandlordId: c.offer.landlordId,
        offerCommuneCode: c.offer.communeCode,
        offerCommuneName: c.offer.communeName,
        offerTypology: c.offer.typology,
        offerRent: c.offer.rent,
        offerCharges: c.offer.charges,
        ...stateColumns(c),
      })
      .onConflictDoNothing({ target: [candidacies.demandId, candidacies.offerId] })
      .returning({ id: candidacies.id });
    const e = eventRow(c.id, entry);
    // one round trip: the state row is the only lock contended here (the pair's unique index can
    // only conflict with the same demand, whose lock the caller holds), so the order in which
    // PostgreSQL runs the WITH parts cannot deadlock
    const result = await this.db.execute(sql`
      with state as (${lock.getSQL()}),
      inserted as (${insert.getSQL()}),
      event as (
        insert into ${candidacyEvents} (candidacy_id, action, from_status, to_status, at, by, reason)
        select inserted.id, ${e.action}, ${e.fromStatus}, ${e.toStatus}, ${e.at}, ${e.by}::uuid, ${e.reason} from inserted
        returning candidacy_id
      )
      select state.version, state.round, state.frozen_revision, (select count(*) from event)::int as inserted from state`);
    const row = (result as unknown as { rows: { version: number | string; round: number | string; frozen_revision: number | string | null; inserted: number | string }[] })
      .rows[0]!;
    return {
      inserted: Number(row.inserted) > 0,
      state: { offerId: c.offerId, version: Number(row.version), round: Number(row.round), frozenRevision: row.frozen_revision === null ? null : Number(row.frozen_revision) },
    };
  }

  async save(c: CandidacyRecord, entries: readonly TimelineEntry[]): Promise<void> {
    await this.db.update(candidacies).set(stateColumns(c)).where(eq(candidacies.id, c.id));
    if (entries.length) await this.db.insert(candidacyEvents).values(entries.map((e) => eventRow(c.id, e)));
  }

  async countOpenForDemand(demandId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(candidacies)
      .where(and(eq(candidacies.demandId, demandId), inArray(candidacies.status, [...OPEN_STATUSES])));
    return Number(row?.n ?? 0);
  }

  async listForOffer(offerId: string, statuses?: readonly CandidacyStatus[]): Promise<CandidacyRecord[]> {
    if (!statuses) return (await this.ofOffer({ offer: offerId })).map(toRecord);
    const rows = await this.db
      .select()
      .from(candidacies)
      .where(and(eq(candidacies.offerId, offerId), statuses ? inArray(candidacies.status, [...statuses]) : undefined))
      .orderBy(asc(candidacies.submittedAt), asc(candidacies.id));
    return rows.map(toRecord);
  }

  async listForDemand(demandId: string, statuses?: readonly CandidacyStatus[]): Promise<CandidacyRecord[]> {
    const rows = await this.db
      .select()
      .from(candidacies)
      .where(and(eq(candidacies.demandId, demandId), statuses ? inArray(candidacies.status, [...statuses]) : undefined))
      .orderBy(asc(candidacies.submittedAt));
    return rows.map(toRecord);
  }

  async listForApplicant(accountId: string, page: PageRequest): Promise<Page<CandidacyRecord>> {
    const where = eq(candidacies.applicantAccountId, accountId);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(candidacies).where(where).orderBy(desc(candidacies.submittedAt), asc(candidacies.id)).limit(page.pageSize).offset(pageOffset(page)),
      this.db.select({ n: count() }).from(candidacies).where(where),
    ]);
    return { items: rows.map(toRecord), page: page.page, pageSize: page.pageSize, total: Number(total?.n ?? 0) };
  }

  async listForDemands(demandIds: readonly string[], page: PageRequest): Promise<Page<CandidacyRecord>> {
    if (demandIds.length === 0) return { items: [], page: page.page, pageSize: page.pageSize, total: 0 };
    const where = inArray(candidacies.demandId, [...demandIds]);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(candidacies).where(where).orderBy(desc(candidacies.statusChangedAt), asc(candidacies.id)).limit(page.pageSize).offset(pageOffset(page)),
      this.db.select({ n: count() }).from(candidacies).where(where),
    ]);
    return { items: rows.map(toRecord), page: page.page, pageSize: page.pageSize, total: Number(total?.n ?? 0) };
  }

  async timeline(candidacyId: string): Promise<TimelineEntry[]> {
    const rows = await this.db.select().from(candidacyEvents).where(eq(candidacyEvents.candidacyId, candidacyId)).orderBy(asc(candidacyEvents.id));
    return rows.map(toEntry);
  }

  async historyEvents(demandIds: readonly string[]): Promise<HistoryEvent[]> {
    if (demandIds.length === 0) return [];
    const rows = await this.history({ demands: [...new Set(demandIds)] });
    return rows.map((r) => ({ demandId: r.demandId, offerId: r.offerId, status: r.status as HistoryEvent['status'], at: r.at }));
  }

  async pendingElsewhere(demandIds: readonly string[], exceptOfferId: string): Promise<ElsewhereCandidacy[]> {
    if (demandIds.length === 0) return [];
    // the partial index candidacies_pending_outcome_idx (same predicate)
    const rows = await this.db
      .select({
        id: candidacies.id,
        demandId: candidacies.demandId,
        offerId: candidacies.offerId,
        status: candidacies.status,
        statusChangedAt: candidacies.statusChangedAt,
        communeCode: candidacies.offerCommuneCode,
        communeName: candidacies.offerCommuneName,
        typology: candidacies.offerTypology,
      })
      .from(candidacies)
      .where(
        and(
          inArray(candidacies.demandId, [...new Set(demandIds)]),
          sql`${candidacies.status} in ('designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted')`,
          sql`${candidacies.offerId} <> ${exceptOfferId}`,
        ),
      )
      .orderBy(asc(candidacies.statusChangedAt), asc(candidacies.id));
    return rows
      .filter((r) => PENDING_OUTCOME_STATUSES.includes(r.status as CandidacyStatus))
      .map((r) => ({
        candidacyId: r.id,
        demandId: r.demandId,
        offerId: r.offerId,
        status: r.status as CandidacyStatus,
        statusChangedAt: r.statusChangedAt,
        offer: { communeCode: r.communeCode, communeName: r.communeName, typology: r.typology },
      }));
  }

  // ——— frozen rankings ———

  async lastSnapshotRevision(offerId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number | null>`max(${rankingSnapshots.revision})` })
      .from(rankingSnapshots)
      .where(eq(rankingSnapshots.offerId, offerId));
    return Number(row?.n ?? 0);
  }

  async saveSnapshot(s: RankingSnapshot): Promise<void> {
    await this.db.insert(rankingSnapshots).values({
      offerId: s.offerId,
      revision: s.revision,
      referenceDate: s.referenceDate,
      computedAt: s.computedAt,
      trigger: s.trigger,
      computedBy: s.computedBy,
      reason: s.reason,
      candidacyCount: s.candidacyCount,
      offer: s.offer,
      options: s.options,
    });
    for (let i = 0; i < s.entries.length; i += SNAPSHOT_INSERT_BATCH) {
      await this.db.insert(rankingSnapshotEntries).values(
        s.entries.slice(i, i + SNAPSHOT_INSERT_BATCH).map((e) => ({
          offerId: s.offerId,
          revision: s.revision,
          candidacyId: e.candidacyId,
          demandId: e.demandId,
          rank: e.rank,
          score: e.score,
          facts: e.facts,
        })),
      );
    }
    await this.db
      .insert(offerStates)
      .values({ offerId: s.offerId, version: 1, round: 0, frozenRevision: s.revision })
      .onConflictDoUpdate({ target: offerStates.offerId, set: { frozenRevision: s.revision } });
  }

  async unfreeze(offerId: string): Promise<void> {
    await this.db.update(offerStates).set({ frozenRevision: null }).where(eq(offerStates.offerId, offerId));
  }

  async snapshot(offerId: string, revision: number): Promise<RankingSnapshot | null> {
    const where = and(eq(rankingSnapshots.offerId, offerId), eq(rankingSnapshots.revision, revision));
    const [[header], entries] = await Promise.all([
      this.db.select().from(rankingSnapshots).where(where).limit(1),
      this.db
        .select()
        .from(rankingSnapshotEntries)
        .where(and(eq(rankingSnapshotEntries.offerId, offerId), eq(rankingSnapshotEntries.revision, revision)))
        .orderBy(sql`${rankingSnapshotEntries.rank} asc nulls last`, asc(rankingSnapshotEntries.candidacyId)),
    ]);
    return header ? { ...toHeader(header), entries: entries.map(toSnapshotEntry) } : null;
  }

  async snapshotEntry(offerId: string, revision: number, candidacyId: string): Promise<{ header: RankingSnapshotHeader; entry: RankingSnapshotEntry | null } | null> {
    const [row] = await this.db
      .select({ header: rankingSnapshots, entry: rankingSnapshotEntries })
      .from(rankingSnapshots)
      .leftJoin(
        rankingSnapshotEntries,
        and(
          eq(rankingSnapshotEntries.offerId, rankingSnapshots.offerId),
          eq(rankingSnapshotEntries.revision, rankingSnapshots.revision),
          eq(rankingSnapshotEntries.candidacyId, candidacyId),
        ),
      )
      .where(and(eq(rankingSnapshots.offerId, offerId), eq(rankingSnapshots.revision, revision)))
      .limit(1);
    return row ? { header: toHeader(row.header), entry: row.entry ? toSnapshotEntry(row.entry) : null } : null;
  }

  async forgetSnapshotFacts(demandId: string): Promise<number> {
    const e = rankingSnapshotEntries;
    const erased = await this.db
      .update(e)
      .set({
        facts: sql`jsonb_build_object('erased', true, 'registrationDate', ${e.facts} -> 'registrationDate')`,
        score: sql`case when ${e.score} is null then null else jsonb_set(${e.score}, '{criteria}', coalesce(
          (select jsonb_agg(jsonb_set(c.value, '{fact}', to_jsonb(${ERASED_FACT}::text)) order by c.ordinality)
             from jsonb_array_elements(${e.score} -> 'criteria') with ordinality as c), '[]'::jsonb)) end`,
      })
      .where(and(eq(e.demandId, demandId), sql`${e.facts} is not null`, sql`not (${e.facts} ? 'erased')`))
      .returning({ candidacyId: e.candidacyId });
    return erased.length;
  }
}

/** The applicants' notification outbox (`candidacy.notifications`), written in the caller's transaction. */
export class DrizzleCandidacyOutbox implements CandidacyNotificationOutbox {
  constructor(private readonly database: Database) {}

  async add(n: CandidacyNotification): Promise<void> {
    await this.database.db.insert(candidacyNotifications).values({ accountId: n.accountId, candidacyId: n.candidacyId, kind: n.kind, payload: n.payload });
  }

  async forgetAccount(accountId: string): Promise<number> {
    const removed = await this.database.db.delete(candidacyNotifications).where(eq(candidacyNotifications.accountId, accountId)).returning({ id: candidacyNotifications.id });
    return removed.length;
  }

  async recentForAccount(accountId: string, limit: number): Promise<StoredNotification[]> {
    const rows = await this.database.db
      .select()
      .from(candidacyNotifications)
      .where(eq(candidacyNotifications.accountId, accountId))
      .orderBy(desc(candidacyNotifications.createdAt), desc(candidacyNotifications.id))
      .limit(limit);
    return rows.map((r) => ({
      id: r.id,
      accountId: r.accountId,
      candidacyId: r.candidacyId,
      kind: r.kind,
      payload: r.payload as Record<string, unknown>,
      createdAt: r.createdAt,
      sentAt: r.sentAt,
    }));
  }

  async listForAccount(accountId: string, page: PageRequest): Promise<Page<StoredNotification>> {
    const where = eq(candidacyNotifications.accountId, accountId);
    const [rows, [total]] = await Promise.all([
      this.database.db.select().from(candidacyNotifications).where(where).orderBy(desc(candidacyNotifications.id)).limit(page.pageSize).offset(pageOffset(page)),
      this.database.db.select({ n: count() }).from(candidacyNotifications).where(where),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        accountId: r.accountId,
        candidacyId: r.candidacyId,
        kind: r.kind,
        payload: r.payload as Record<string, unknown>,
        createdAt: r.createdAt,
        sentAt: r.sentAt,
      })),
      page: page.page,
      pageSize: page.pageSize,
      total: Number(total?.n ?? 0),
    };
  }
}
