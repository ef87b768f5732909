import { and, asc, count, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { pageOffset, type Page, type PageRequest } from '../../../shared/pagination';
import {
  landlordError,
  type Agreement,
  type AgreementRepository,
  type Landlord,
  type LandlordKind,
  type LandlordOutbox,
  type LandlordRepository,
  type LandlordUser,
  type LandlordUserRepository,
} from '../../../modules/landlord/index';
import type { OutboxSource } from '../../../shared/outbox';
import { DrizzleOutboxSource } from './drizzle-outbox.source';
import type { Database } from '../database';
import { pgErrorCode } from '../database';
import { agreements, landlordOutbox, landlords, landlordUsers } from '../schema/landlord.schema';
import { anyUuid } from '../sql-lists';

type LandlordRow = typeof landlords.$inferSelect;
type AgreementRow = typeof agreements.$inferSelect;

const toLandlord = (r: LandlordRow): Landlord => ({
  id: r.id,
  siren: r.siren,
  name: r.name,
  kind: r.kind as LandlordKind,
  regions: [...(r.regions ?? [])],
  connectedByApi: r.connectedByApi,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const toAgreement = (r: AgreementRow): Agreement => ({
  id: r.id,
  landlordId: r.landlordId,
  departement: r.departement,
  year: r.year,
  unitsOwed: r.unitsOwed,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class DrizzleLandlordRepository implements LandlordRepository {
  constructor(private readonly database: Database) {}

  async insert(l: Landlord): Promise<void> {
    try {
      await this.database.transaction(async () => {
        await this.database.db.insert(landlords).values({
          id: l.id,
          siren: l.siren,
          name: l.name,
          kind: l.kind,
          regions: l.regions,
          connectedByApi: l.connectedByApi,
          createdAt: l.createdAt,
          updatedAt: l.updatedAt,
        });
      });
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw landlordError.sirenTaken();
      throw error;
    }
  }

  async update(l: Landlord): Promise<void> {
    try {
      await this.database.transaction(async () => {
        await this.database.db
          .update(landlords)
          .set({ siren: l.siren, name: l.name, kind: l.kind, regions: l.regions, connectedByApi: l.connectedByApi, updatedAt: l.updatedAt })
          .where(eq(landlords.id, l.id));
      });
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw landlordError.sirenTaken();
      throw error;
    }
  }

  async findById(id: string): Promise<Landlord | null> {
    const [row] = await this.database.db.select().from(landlords).where(eq(landlords.id, id)).limit(1);
    return row ? toLandlord(row) : null;
  }

  async findManyByIds(ids: readonly string[]): Promise<Landlord[]> {
    if (ids.length === 0) return [];
    const rows = await this.database.db.select().from(landlords).where(anyUuid(landlords.id, ids));
    return rows.map(toLandlord);
  }

  async list(filter: { q?: string | undefined; nameOrder?: 'asc' | 'desc' | undefined }, page: PageRequest): Promise<Page<Landlord>> {
    const where: SQL | undefined = filter.q
      ? or(ilike(landlords.name, `%${escapeLike(filter.q)}%`), ilike(landlords.siren, `%${escapeLike(filter.q.replace(/\s/g, ''))}%`))
      : undefined;
    const [rows, [total]] = await Promise.all([
      this.database.db
        .select()
        .from(landlords)
        .where(where)
        .orderBy(...(filter.nameOrder === 'desc' ? [desc(landlords.name), desc(landlords.id)] : [asc(landlords.name), asc(landlords.id)]))
        .limit(page.pageSize)
        .offset(pageOffset(page)),
      this.database.db.select({ n: count() }).from(landlords).where(where),
    ]);
    return { items: rows.map(toLandlord), page: page.page, pageSize: page.pageSize, total: Number(total?.n ?? 0) };
  }
}

export class DrizzleAgreementRepository implements AgreementRepository {
  constructor(private readonly database: Database) {}

  async insert(a: Agreement): Promise<void> {
    try {
      await this.database.transaction(async () => {
        await this.database.db.insert(agreements).values({
          id: a.id,
          landlordId: a.landlordId,
          departement: a.departement,
          year: a.year,
          unitsOwed: a.unitsOwed,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        });
      });
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw landlordError.agreementExists(a.departement, a.year);
      throw error;
    }
  }

  async update(a: Agreement): Promise<void> {
    await this.database.db.update(agreements).set({ unitsOwed: a.unitsOwed, updatedAt: a.updatedAt }).where(eq(agreements.id, a.id));
  }

  async findById(id: string): Promise<Agreement | null> {
    const [row] = await this.database.db.select().from(agreements).where(eq(agreements.id, id)).limit(1);
    return row ? toAgreement(row) : null;
  }

  async listByLandlord(landlordId: string): Promise<Agreement[]> {
    const rows = await this.database.db.select().from(agreements).where(eq(agreements.landlordId, landlordId)).orderBy(asc(agreements.year), asc(agreements.departement));
    return rows.map(toAgreement);
  }

  async findFor(landlordId: string, departement: string, year: number): Promise<Agreement | null> {
    const [row] = await this.database.db
      .select()
      .from(agreements)
      .where(and(eq(agreements.landlordId, landlordId), eq(agreements.departement, departement), eq(agreements.year, year)))
      .limit(1);
    return row ? toAgreement(row) : null;
  }
}

type UserRow = typeof landlordUsers.$inferSelect;
const toUser = (r: UserRow): LandlordUser => ({
  landlordId: r.landlordId,
  accountId: r.accountId,
  email: r.email,
  displayName: r.displayName,
  admin: r.admin,
  invitedAt: r.invitedAt,
  invitedByAccountId: r.invitedByAccountId,
  removedAt: r.removedAt,
});

/** The landlords' users of the landlord portal (`landlord.landlord_users`). */
export class DrizzleLandlordUserRepository implements LandlordUserRepository {
  constructor(private readonly database: Database) {}

  async add(u: LandlordUser): Promise<void> {
    await this.database.db.insert(landlordUsers).values({
      landlordId: u.landlordId,
      accountId: u.accountId,
      email: u.email,
      displayName: u.displayName,
      admin: u.admin,
      invitedAt: u.invitedAt,
      invitedByAccountId: u.invitedByAccountId,
      removedAt: u.removedAt,
    });
  }

  async listForLandlord(landlordId: string): Promise<LandlordUser[]> {
    const rows = await this.database.db
      .select()
      .from(landlordUsers)
      .where(and(eq(landlordUsers.landlordId, landlordId), isNull(landlordUsers.removedAt)))
      .orderBy(asc(landlordUsers.displayName), asc(landlordUsers.accountId));
    return rows.map(toUser);
  }

  async find(landlordId: string, accountId: string): Promise<LandlordUser | null> {
    const [row] = await this.database.db
      .select()
      .from(landlordUsers)
      .where(and(eq(landlordUsers.landlordId, landlordId), eq(landlordUsers.accountId, accountId)))
      .limit(1);
    return row ? toUser(row) : null;
  }

  async markRemoved(landlordId: string, accountId: string, at: Date, byAccountId: string): Promise<void> {
    await this.database.db
      .update(landlordUsers)
      .set({ removedAt: at, removedByAccountId: byAccountId })
      .where(and(eq(landlordUsers.landlordId, landlordId), eq(landlordUsers.accountId, accountId)));
  }
}

/** The landlord module's outbox (`landlord.outbox`). */
export class DrizzleLandlordOutbox implements LandlordOutbox {
  constructor(private readonly database: Database) {}

  async add(m: { toEmail: string; kind: string; payload: Record<string, unknown> }): Promise<void> {
    await this.database.db.insert(landlordOutbox).values({ toEmail: m.toEmail, kind: m.kind, payload: m.payload });
  }
}

/** The landlord outbox as the mail dispatcher reads it, addressed by e-mail; the invitation link is purged once mailed. */
export const landlordOutboxSource = (database: Database): OutboxSource =>
  new DrizzleOutboxSource(database, 'landlord', landlordOutbox, { column: 'to_email', kind: 'email' }, ['link', 'invitationToken']);
