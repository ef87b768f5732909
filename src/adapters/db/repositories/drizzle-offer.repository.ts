import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { conflict } from '../../../shared/errors';
import type { IsoDate } from '../../../shared/dates';
import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import {
  OFFER_APP_ERRORS,
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

export class DrizzleOfferRepository implements OfferRepository {
  /** an offer by id (every candidacy read, every application), prepared (see prepared.ts) */
  private readonly byId;

  constructor(private readonly database: Database) {
    this.byId = prepared(database, 'offer_by_id', (db) => db.select().from(offers).where(eq(offers.id, sql.placeholder('id'))).limit(1));
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
      offerId, action: e.action, fromStatus: e.from, toStatus: e.to, at: e.at, byAccountId: e.by ?? null, reason: e.reason ?? null,
    });
  }

  async history(offerId: string): Promise<OfferHistoryEntry[]> {
    const rows = await this.db.select().from(offerHistory).where(eq(offerHistory.offerId, offerId)).orderBy(asc(offerHistory.at), asc(offerHistory.id));
    return rows.map((r) => ({
      action: r.action as OfferAction,
      from: r.fromStatus as OfferStatus,
      to: r.toStatus as OfferStatus,
      at: r.at,
      ...(r.byAccountId ? { by: r.byAccountId } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    }));
  }

  private where(c: OfferSearchCriteria): SQL | undefined {
    const parts: (SQL | undefined)[] = [];
    if (c.statuses?.length) parts.push(c.statuses.length === 1 ? eq(offers.status, c.statuses[0]!) : inArray(offers.status, c.statuses));
    if (c.landlordId) parts.push(eq(offers.landlordId, c.landlordId));
    if (c.openOn) parts.push(gte(offers.closingDate, c.openOn));
    if (c.everPublished !== undefined) parts.push(eq(offers.everPublished, c.everPublished));
    if (c.communeCodes?.length) parts.push(inArray(offers.communeCode, c.communeCodes));
    if (c.departement) parts.push(eq(offers.departement, c.departement));
    if (c.typologies?.length) parts.push(inArray(offers.typology, c.typologies));
    if (c.maxTotalRent !== undefined) parts.push(lte(offers.totalRent, c.maxTotalRent));
    if (c.accessible !== undefined) parts.push(eq(offers.accessible, c.accessible));
    if (c.availableBefore) parts.push(lte(offers.availableFrom, c.availableBefore));
    const e = c.eligibility;
    if (e) {
      // occupancy (eligibility.md §3)
      parts.push(lte(offers.mainRooms, e.maxMainRooms), gte(offers.surface, e.minSurface));
      // income ceiling of the household's category for the offer's financing and zone, plus the
      // extra-person amount per unit; PLI has no row, so it never matches (eligibility.md §1)
      parts.push(
        exists(
          this.db
            .select({ one: sql`1` })
            .from(base)
            .leftJoin(extra, and(eq(extra.year, base.year), eq(extra.financing, base.financing), eq(extra.zone, base.zone), eq(extra.category, 'extraPerson')))
            .where(
              and(
                eq(base.year, e.year),
                eq(base.financing, offers.financing),
                eq(base.zone, offers.zone),
                eq(base.category, String(e.category)),
                sql`${base.amount} + coalesce(${extra.amount}, 0) * ${e.extraPersonUnits} >= ${e.referenceIncome}`,
                e.extraPersonUnits > 0 ? isNotNull(extra.amount) : undefined,
              ),
            ),
        ),
      );
    }
    const defined = parts.filter((p): p is SQL => p !== undefined);
    return defined.length ? and(...defined) : undefined;
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

  async search(criteria: OfferSearchCriteria, page: PageRequest): Promise<Page<Offer>> {
    const where = this.where(criteria);
    // the total with the page (count(*) over () is computed before LIMIT): one statement instead
    // of a second one repeating the filters; counted apart only for a page past the end
    const rows = await this.db
      .select({ offer: offers, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(offers)
      .where(where)
      .orderBy(...this.order(criteria))
      .limit(page.pageSize)
      .offset(pageOffset(page));
    let total = rows[0]?.total;
    if (total === undefined) total = pageOffset(page) === 0 ? 0 : Number((await this.db.select({ n: count() }).from(offers).where(where))[0]?.n ?? 0);
    return { items: rows.map((r) => toOffer(r.offer)), page: page.page, pageSize: page.pageSize, total };
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
      if (pgErrorCode(error) === '23505') throw conflict(OFFER_APP_ERRORS.IDEMPOTENCY_RACE, 'Requête concurrente avec la même clé d’idempotence.');
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

export class DrizzleCeilingRepository implements CeilingRepository {
  constructor(private readonly database: Database) {}

  async upsert(rows: readonly CeilingRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.database.db
      .insert(incomeCeilings)
      .values(rows.map((r) => ({ year: r.year, financing: r.financing, zone: r.zone, category: String(r.category), amount: r.amount, derived: r.derived })))
      .onConflictDoUpdate({
        target: [incomeCeilings.year, incomeCeilings.financing, incomeCeilings.zone, incomeCeilings.category],
        set: { amount: sql`excluded.amount`, derived: sql`excluded.derived` },
        setWhere: sql`${incomeCeilings.amount} is distinct from excluded.amount or ${incomeCeilings.derived} is distinct from excluded.derived`,
      });
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
