import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { alias } from 'drizzle-orm/pg-core';
import type { IsoDate } from '../../../shared/dates';
import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import {
  offerError,
  type CeilingRepository,
  type CeilingRow,
  type EnergyClass,
  type Financing,
  type HouseholdCategory,
  type IdempotencyRecord,
  type Offer,
  type OfferAction,
  type OfferHistoryEntry,
  type OfferRepository,
  type OfferSearchCriteria,
  type OfferStatus,
  type Zone,
} from '../../../modules/offer/index';
import type { Database } from '../database';
import { prepared } from '../prepared';
import { pgErrorCode } from '../database';
import { incomeCeilings, offerHistory, offerIdempotencyKeys, offers } from '../schema/offer.schema';

type OfferRow = typeof offers.$inferSelect;

function toHistoryEntry(r: typeof offerHistory.$inferSelect): OfferHistoryEntry {
  return {
    action: r.action as OfferAction,
    from: r.fromStatus as OfferStatus,
    to: r.toStatus as OfferStatus,
    at: r.at,
    ...(r.byAccountId ? { by: r.byAccountId } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.onBehalfOf ? { onBehalfOf: r.onBehalfOf } : {}),
  };
}

function toOffer(r: OfferRow): Offer {
  return {
    id: r.id,
    landlordId: r.landlordId,
    agreementId: r.agreementId,
    agreementExplicit: r.agreementExplicit,
    status: r.status as OfferStatus,
    data: {
      addressLine: r.addressLine,
      postalCode: r.postalCode,
      communeCode: r.communeCode,
      typology: r.typology,
      mainRooms: r.mainRooms,
      surface: Number(r.surface),
      floor: r.floor,
      elevator: r.elevator,
      accessible: r.accessible,
      energyClass: r.energyClass as EnergyClass,
      rent: Number(r.rent),
      charges: Number(r.charges),
      financing: r.financing as Financing,
      availableFrom: r.availableFrom,
      closingDate: r.closingDate,
      ...(r.description !== null ? { description: r.description } : {}),
    },
    departement: r.departement,
    zone: r.zone as Zone,
    candidacyCount: r.candidacyCount,
    everPublished: r.everPublished,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    publishedAt: r.publishedAt,
  };
}

function columns(o: Offer) {
  const d = o.data;
  return {
    landlordId: o.landlordId,
    agreementId: o.agreementId,
    agreementExplicit: o.agreementExplicit,
    status: o.status,
    addressLine: d.addressLine,
    postalCode: d.postalCode,
    communeCode: d.communeCode,
    departement: o.departement,
    zone: o.zone,
    typology: d.typology,
    mainRooms: d.mainRooms,
    surface: d.surface,
    floor: d.floor,
    elevator: d.elevator,
    accessible: d.accessible,
    energyClass: d.energyClass,
    rent: d.rent,
    charges: d.charges,
    financing: d.financing,
    availableFrom: d.availableFrom,
    closingDate: d.closingDate,
    description: d.description ?? null,
    everPublished: o.everPublished,
    updatedAt: o.updatedAt,
    submittedAt: o.submittedAt,
    publishedAt: o.publishedAt,
  };
}

const base = alias(incomeCeilings, 'ceiling_base');
const extra = alias(incomeCeilings, 'ceiling_extra');
/** the prepared search statements kept per process (one per combination of filters and sort) */
const MAX_SEARCH_SHAPES = 64;

export class DrizzleOfferRepository implements OfferRepository {
  /** an offer by id (every candidacy read, every application), prepared (see prepared.ts) */
  private readonly byId;
  /** the prepared searches, by shape (see `search`) */
  private readonly searches = new Map<string, (values: Record<string, unknown>) => Promise<{ offer: OfferRow; total: number }[]>>();

  /** the last history entry of each offer given (the landlord summary's sent-back drafts), prepared */
  private readonly lastHistory;

  constructor(private readonly database: Database) {
    this.byId = prepared(database, 'offer_by_id', (db) =>
      db
        .select()
        .from(offers)
        .where(eq(offers.id, sql.placeholder('id')))
        .limit(1),
    );
    this.lastHistory = prepared(database, 'offer_last_history', (db) =>
      db
        .selectDistinctOn([offerHistory.offerId])
        .from(offerHistory)
        .where(sql`${offerHistory.offerId} = any(${sql.placeholder('ids')}::uuid[])`)
        .orderBy(offerHistory.offerId, desc(offerHistory.at), desc(offerHistory.id)),
    );
  }

  private get db() {
    return this.database.db;
  }

  async insert(offer: Offer): Promise<void> {
    await this.db.insert(offers).values({ id: offer.id, ...columns(offer), candidacyCount: offer.candidacyCount, createdBy: offer.createdBy, createdAt: offer.createdAt });
  }

  async findById(id: string): Promise<Offer | null> {
    const [row] = await this.byId({ id });
    return row ? toOffer(row) : null;
  }

  async findByIdForUpdate(id: string): Promise<Offer | null> {
    const [row] = await this.db.select().from(offers).where(eq(offers.id, id)).for('update').limit(1);
    return row ? toOffer(row) : null;
  }

  /** Writes everything but the candidacy count, which only `adjustCandidacyCount` changes. */
  async update(offer: Offer): Promise<void> {
    await this.db.update(offers).set(columns(offer)).where(eq(offers.id, offer.id));
  }

  async appendHistory(offerId: string, e: OfferHistoryEntry): Promise<void> {
    await this.db.insert(offerHistory).values({
      offerId,
      action: e.action,
      fromStatus: e.from,
      toStatus: e.to,
      at: e.at,
      byAccountId: e.by ?? null,
      reason: e.reason ?? null,
      onBehalfOf: e.onBehalfOf ?? null,
    });
  }

  async history(offerId: string): Promise<OfferHistoryEntry[]> {
    const rows = await this.db.select().from(offerHistory).where(eq(offerHistory.offerId, offerId)).orderBy(asc(offerHistory.at), asc(offerHistory.id));
    return rows.map(toHistoryEntry);
  }

  /** `distinct on (offer_id) … where offer_id = any(…) order by offer_id, at desc, id desc`: one row per offer. */
  async lastHistoryEntries(offerIds: readonly string[]): Promise<Map<string, OfferHistoryEntry>> {
    if (offerIds.length === 0) return new Map();
    const rows = await this.lastHistory({ ids: [...new Set(offerIds)] });
    return new Map(rows.map((r) => [r.offerId, toHistoryEntry(r)]));
  }

  /**
   * The search's filters: which are present and their values, by placeholder name. The statement's
   * text depends only on which filters are present (lists are compared with `= any(array)`), so a
   * shape is prepared once and reused with other values.
   */
  private static filterValues(c: OfferSearchCriteria): Record<string, unknown> {
    const v: Record<string, unknown> = {};
    if (c.statuses?.length) {
      if (c.statuses.length === 1) v.status = c.statuses[0];
      else v.statuses = c.statuses;
    }
    if (c.landlordId) v.landlordId = c.landlordId;
    if (c.openOn) v.openOn = c.openOn;
    if (c.everPublished !== undefined) v.everPublished = c.everPublished;
    if (c.communeCodes?.length) v.communeCodes = c.communeCodes;
    if (c.departement) v.departement = c.departement;
    if (c.typologies?.length) v.typologies = c.typologies;
    if (c.maxTotalRent !== undefined) v.maxTotalRent = c.maxTotalRent;
    if (c.accessible !== undefined) v.accessible = c.accessible;
    if (c.availableBefore) v.availableBefore = c.availableBefore;
    const e = c.eligibility;
    if (e)
      Object.assign(v, {
        maxMainRooms: e.maxMainRooms,
        minSurface: e.minSurface,
        year: e.year,
        category: String(e.category),
        extraPersonUnits: e.extraPersonUnits,
        referenceIncome: e.referenceIncome,
      });
    return v;
  }

  /** The filters' condition, each value given by `value(name)` (a placeholder or the value itself). */
  private where(present: Record<string, unknown>, extraPersons: boolean, value: (name: string) => unknown, db = this.db): SQL | undefined {
    const p = (name: string) => value(name) as never;
    const has = (name: string) => name in present;
    const parts: SQL[] = [];
    if (has('status')) parts.push(eq(offers.status, p('status')));
    if (has('statuses')) parts.push(sql`${offers.status} = any(${p('statuses')}::text[])`);
    if (has('landlordId')) parts.push(eq(offers.landlordId, p('landlordId')));
    if (has('openOn')) parts.push(gte(offers.closingDate, p('openOn')));
    if (has('everPublished')) parts.push(eq(offers.everPublished, p('everPublished')));
    if (has('communeCodes')) parts.push(sql`${offers.communeCode} = any(${p('communeCodes')}::text[])`);
    if (has('departement')) parts.push(eq(offers.departement, p('departement')));
    if (has('typologies')) parts.push(sql`${offers.typology} = any(${p('typologies')}::int[])`);
    if (has('maxTotalRent')) parts.push(lte(offers.totalRent, p('maxTotalRent')));
    if (has('accessible')) parts.push(eq(offers.accessible, p('accessible')));
    if (has('availableBefore')) parts.push(lte(offers.availableFrom, p('availableBefore')));
    if (has('referenceIncome')) {
      // occupancy (eligibility.md §3)
      parts.push(lte(offers.mainRooms, p('maxMainRooms')), gte(offers.surface, p('minSurface')));
      // income ceiling of the household's category for the offer's financing and zone, plus the
      // extra-person amount per unit; PLI has no row, so it never matches (eligibility.md §1)
      const ceiling = and(
        eq(base.year, p('year')),
        eq(base.financing, offers.financing),
        eq(base.zone, offers.zone),
        eq(base.category, p('category')),
        sql`${base.amount} + coalesce(${extra.amount}, 0) * ${p('extraPersonUnits')}::numeric >= ${p('referenceIncome')}::numeric`,
        extraPersons ? isNotNull(extra.amount) : undefined,
      );
      parts.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(base)
            .leftJoin(extra, and(eq(extra.year, base.year), eq(extra.financing, base.financing), eq(extra.zone, base.zone), eq(extra.category, 'extraPerson')))
            .where(ceiling),
        ),
      );
    }
    return parts.length ? and(...parts) : undefined;
  }

  private order(c: OfferSearchCriteria): SQL[] {
    const [first, then] = c.reversed ? [desc, asc] : [asc, desc];
    switch (c.sort) {
      case 'closing':
        return [first(offers.closingDate), first(offers.id)];
      case 'submitted':
        return [c.reversed ? sql`${offers.submittedAt} desc nulls last` : sql`${offers.submittedAt} asc nulls last`, first(offers.createdAt), first(offers.id)];
      default:
        return [then(sql`coalesce(${offers.publishedAt}, ${offers.submittedAt}, ${offers.createdAt})`), first(offers.id)];
    }
  }

  /**
   * The search, one statement per shape. The first page's total comes with it (`count(*) over ()`
   * is computed before LIMIT): one statement instead of a second one repeating the filters; counted
   * apart only for a page past the end. Each shape (which filters, which sort) is a named prepared
   * statement: drizzle builds its SQL once per process and PostgreSQL parses it once per connection
   * (building this select was ~10 % of the applicants' search CPU, see docs/performance.md).
   */
  async search(criteria: OfferSearchCriteria, page: PageRequest): Promise<Page<Offer>> {
    const filters = DrizzleOfferRepository.filterValues(criteria);
    const extraPersons = (criteria.eligibility?.extraPersonUnits ?? 0) > 0;
    const key = `${Object.keys(filters).join(',')}|${criteria.sort}|${criteria.reversed ? 'r' : ''}|${extraPersons ? 'x' : ''}`;
    let statement = this.searches.get(key);
    if (!statement) {
      if (this.searches.size >= MAX_SEARCH_SHAPES) this.searches.delete(this.searches.keys().next().value as string);
      statement = prepared(this.database, `offer_search_${createHash('sha1').update(key).digest('hex').slice(0, 16)}`, (db) =>
        db
          .select({ offer: offers, total: sql<number>`count(*) over ()`.mapWith(Number) })
          .from(offers)
          .where(this.where(filters, extraPersons, (name) => sql.placeholder(name), db))
          .orderBy(...this.order(criteria))
          .limit(sql.placeholder('limit'))
          .offset(sql.placeholder('offset')),
      );
      this.searches.set(key, statement);
    }
    const rows = await statement({ ...filters, limit: page.pageSize, offset: pageOffset(page) });
    let total = rows[0]?.total;
    if (total === undefined && pageOffset(page) > 0) {
      const where = this.where(filters, extraPersons, (name) => filters[name]);
      total = Number((await this.db.select({ n: count() }).from(offers).where(where))[0]?.n ?? 0);
    }
    return { items: rows.map((r) => toOffer(r.offer)), page: page.page, pageSize: page.pageSize, total: total ?? 0 };
  }

  async findIdempotencyKey(landlordId: string, key: string): Promise<IdempotencyRecord | null> {
    const [row] = await this.db
      .select()
      .from(offerIdempotencyKeys)
      .where(and(eq(offerIdempotencyKeys.landlordId, landlordId), eq(offerIdempotencyKeys.key, key)))
      .limit(1);
    return row ? { landlordId: row.landlordId, key: row.key, requestHash: row.requestHash, offerId: row.offerId } : null;
  }

  async saveIdempotencyKey(r: IdempotencyRecord): Promise<void> {
    try {
      await this.db.insert(offerIdempotencyKeys).values({ landlordId: r.landlordId, key: r.key, requestHash: r.requestHash, offerId: r.offerId });
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw offerError.idempotencyRace();
      throw error;
    }
  }

  async dueForClosing(today: IsoDate, limit: number): Promise<string[]> {
    const rows = await this.db
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.status, 'published'), lt(offers.closingDate, today)))
      .orderBy(asc(offers.closingDate), asc(offers.id))
      .limit(limit);
    return rows.map((r) => r.id);
  }

  async countByStatus(): Promise<Partial<Record<OfferStatus, number>>> {
    const rows = await this.db.select({ status: offers.status, n: count() }).from(offers).groupBy(offers.status);
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  async agreementCounts(agreementIds: readonly string[]): Promise<Map<string, { published: number; allocated: number }>> {
    if (agreementIds.length === 0) return new Map();
    const rows = await this.db
      .select({
        agreementId: offers.agreementId,
        published: sql<number>`count(*) filter (where ${offers.everPublished})::int`,
        allocated: sql<number>`count(*) filter (where ${offers.status} = 'allocated')::int`,
      })
      .from(offers)
      .where(inArray(offers.agreementId, [...agreementIds]))
      .groupBy(offers.agreementId);
    return new Map(rows.map((r) => [r.agreementId!, { published: Number(r.published), allocated: Number(r.allocated) }]));
  }

  async offersOfAgreement(agreementId: string): Promise<Offer[]> {
    const rows = await this.db.select().from(offers).where(eq(offers.agreementId, agreementId)).orderBy(asc(offers.communeCode), asc(offers.id));
    return rows.map(toOffer);
  }

  async adjustCandidacyCount(offerId: string, delta: number): Promise<Offer | null> {
    const [row] = await this.db
      .update(offers)
      .set({ candidacyCount: sql`greatest(${offers.candidacyCount} + ${delta}, 0)` })
      .where(eq(offers.id, offerId))
      .returning();
    return row ? toOffer(row) : null;
  }
}

const ceilingValues = (r: CeilingRow) => ({ year: r.year, financing: r.financing, zone: r.zone, category: String(r.category), amount: r.amount, derived: r.derived });

export class DrizzleCeilingRepository implements CeilingRepository {
  constructor(private readonly database: Database) {}

  async insertMissing(rows: readonly CeilingRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.database.db.insert(incomeCeilings).values(rows.map(ceilingValues)).onConflictDoNothing();
  }

  async replaceYear(year: number, rows: readonly CeilingRow[]): Promise<void> {
    await this.database.db.delete(incomeCeilings).where(eq(incomeCeilings.year, year));
    if (rows.length) await this.database.db.insert(incomeCeilings).values(rows.map(ceilingValues));
  }

  async all(): Promise<CeilingRow[]> {
    const rows = await this.database.db.select().from(incomeCeilings);
    return rows.map((r) => ({
      year: r.year,
      financing: r.financing as CeilingRow['financing'],
      zone: r.zone as Zone,
      category: r.category === 'extraPerson' ? 'extraPerson' : (Number(r.category) as HouseholdCategory),
      amount: r.amount,
      derived: r.derived,
    }));
  }
}
