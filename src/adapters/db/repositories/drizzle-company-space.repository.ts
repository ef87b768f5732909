import { and, asc, count, desc, eq, ilike, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Page, PageRequest } from '../../../shared/pagination';
import type {
  Company,
  CompanyListFilter,
  CompanyManager,
  CompanyPatch,
  CompanyRepository,
  Contribution,
  EmployeeOrder,
  EmployeeRepository,
  EmployeeValidation,
  EmploymentFactsRow,
  ManagerRepository,
  NewCompany,
  NotificationOutbox,
  PolicyDescription,
  PolicyRepository,
  SpaceAction,
  SpaceEvent,
  SpaceRequest,
  SpaceRequestRepository,
  SpaceStatus,
  Tranche,
  TrancheGrant,
  TrancheQuota,
  ValidatedBy,
  ValidationEvent,
  ValidationStatus,
} from '../../../modules/company-space/index';
import { companySpaceError } from '../../../modules/company-space/index';
import type { Database } from '../database';
import { pgErrorCode } from '../database';
import {
  companies,
  companyEmployeeValidations,
  companyManagers,
  companyOutbox,
  companyPolicyDescriptions,
  companySirets,
  companySpaceEvents,
  companySpaceRequests,
  companyTrancheGrants,
  companyTrancheQuotas,
  companyValidationEvents,
} from '../schema/company-space.schema';
import { anyUuid } from '../sql-lists';

type CompanyRow = typeof companies.$inferSelect;

/** The constraint a PostgreSQL error names (drizzle wraps the driver's error in `cause`). */
function pgConstraint(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const c = (e as { constraint?: unknown }).constraint;
    if (typeof c === 'string') return c;
  }
  return undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const offset = (page: PageRequest) => (page.page - 1) * page.pageSize;

export class DrizzleCompanyRepository implements CompanyRepository {
  constructor(private readonly database: Database) {}

  private async withSirets(rows: CompanyRow[]): Promise<Company[]> {
    if (!rows.length) return [];
    const sirets = await this.database.db
      .select({ siret: companySirets.siret, companyId: companySirets.companyId })
      .from(companySirets)
      .where(
        inArray(
          companySirets.companyId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(companySirets.siret));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      siren: r.siren,
      sirets: sirets.filter((s) => s.companyId === r.id).map((s) => s.siret),
      headcount: r.headcount,
      contribution: r.contribution as Contribution,
      delegatesToAls: r.delegatesToAls,
      spaceStatus: r.spaceStatus as SpaceStatus | null,
      spaceUpdatedAt: r.spaceUpdatedAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    }));
  }

  private async one(rows: CompanyRow[]): Promise<Company | null> {
    return (await this.withSirets(rows))[0] ?? null;
  }

  async create(c: NewCompany, at: Date): Promise<Company> {
    try {
      return await this.database.transaction(async () => {
        const [row] = await this.database.db
          .insert(companies)
          .values({
            id: c.id,
            name: c.name,
            siren: c.siren,
            headcount: c.headcount,
            contribution: c.contribution,
            delegatesToAls: c.delegatesToAls,
            spaceStatus: c.spaceStatus,
            spaceUpdatedAt: c.spaceStatus ? at : null,
            createdAt: at,
            updatedAt: at,
          })
          .returning();
        if (c.sirets.length) await this.database.db.insert(companySirets).values(c.sirets.map((siret) => ({ siret, companyId: c.id, createdAt: at })));
        return (await this.one([row!]))!;
      });
    } catch (error) {
      if (pgErrorCode(error) === '23505') {
        const constraint = pgConstraint(error) ?? '';
        if (constraint.includes('siren')) throw companySpaceError.sirenTaken();
        throw companySpaceError.siretTaken();
      }
      throw error;
    }
  }

  async findById(id: string, options: { forUpdate?: boolean } = {}): Promise<Company | null> {
    const query = this.database.db.select().from(companies).where(eq(companies.id, id)).limit(1);
    return this.one(options.forUpdate ? await query.for('update') : await query);
  }

  async findBySiren(siren: string): Promise<Company | null> {
    return this.one(await this.database.db.select().from(companies).where(eq(companies.siren, siren)).limit(1));
  }

  async findBySiret(siret: string): Promise<Company | null> {
    const rows = await this.database.db
      .select({ company: companies })
      .from(companySirets)
      .innerJoin(companies, eq(companies.id, companySirets.companyId))
      .where(eq(companySirets.siret, siret))
      .limit(1);
    return this.one(rows.map((r) => r.company));
  }

  async update(id: string, patch: CompanyPatch, at: Date): Promise<void> {
    await this.database.db
      .update(companies)
      .set({ ...patch, updatedAt: at })
      .where(eq(companies.id, id));
  }

  async addSirets(companyId: string, sirets: string[], at: Date): Promise<void> {
    if (!sirets.length) return;
    const held = await this.database.db.select().from(companySirets).where(inArray(companySirets.siret, sirets));
    if (held.some((h) => h.companyId !== companyId)) throw companySpaceError.siretTaken();
    const fresh = sirets.filter((s) => !held.some((h) => h.siret === s));
    if (!fresh.length) return;
    try {
      await this.database.db.insert(companySirets).values(fresh.map((siret) => ({ siret, companyId, createdAt: at })));
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw companySpaceError.siretTaken();
      throw error;
    }
  }

  async removeSirets(companyId: string, sirets: string[]): Promise<void> {
    if (!sirets.length) return;
    await this.database.db.delete(companySirets).where(and(eq(companySirets.companyId, companyId), inArray(companySirets.siret, sirets)));
  }

  async list(filter: CompanyListFilter, page: PageRequest): Promise<Page<Company>> {
    const conditions: SQL[] = [];
    if (filter.q) {
      const pattern = escapeLike(filter.q);
      const digits = filter.q.replace(/\s/g, '');
      conditions.push(
        /^\d+$/.test(digits)
          ? or(
              like(companies.siren, `${escapeLike(digits)}%`),
              sql`exists (select 1 from ${companySirets} where ${companySirets.companyId} = ${companies.id} and ${companySirets.siret} like ${`${escapeLike(digits)}%`})`,
            )!
          : ilike(companies.name, `%${pattern}%`),
      );
    }
    if (filter.spaceStatus === 'none') conditions.push(isNull(companies.spaceStatus));
    else if (filter.spaceStatus) conditions.push(eq(companies.spaceStatus, filter.spaceStatus));
    const where = conditions.length ? and(...conditions) : undefined;
    const [rows, [total]] = await Promise.all([
      this.database.db
        .select()
        .from(companies)
        .where(where)
        .orderBy(...(filter.nameOrder === 'desc' ? [desc(companies.name), desc(companies.id)] : [asc(companies.name), asc(companies.id)]))
        .limit(page.pageSize)
        .offset(offset(page)),
      this.database.db.select({ n: count() }).from(companies).where(where),
    ]);
    return { items: await this.withSirets(rows), page: page.page, pageSize: page.pageSize, total: Number(total?.n ?? 0) };
  }

  async recordSpaceEvent(companyId: string, event: SpaceEvent): Promise<void> {
    await this.database.db.update(companies).set({ spaceStatus: event.to, spaceUpdatedAt: event.at, updatedAt: event.at }).where(eq(companies.id, companyId));
    await this.database.db.insert(companySpaceEvents).values({
      companyId,
      at: event.at,
      action: event.action,
      fromStatus: event.from,
      toStatus: event.to,
      actorAccountId: event.actorAccountId,
      reason: event.reason,
    });
  }

  async spaceHistory(companyId: string): Promise<SpaceEvent[]> {
    const rows = await this.database.db
      .select()
      .from(companySpaceEvents)
      .where(eq(companySpaceEvents.companyId, companyId))
      .orderBy(asc(companySpaceEvents.at), asc(companySpaceEvents.id));
    return rows.map((r) => ({
      at: r.at,
      action: r.action as SpaceAction,
      from: r.fromStatus as SpaceStatus | null,
      to: r.toStatus as SpaceStatus,
      actorAccountId: r.actorAccountId,
      reason: r.reason,
    }));
  }

  async countBySpaceStatus() {
    const rows = await this.database.db.select({ status: companies.spaceStatus, n: count() }).from(companies).groupBy(companies.spaceStatus);
    const byStatus: Record<SpaceStatus, number> = { requested: 0, configured: 0, deployed: 0, suspended: 0 };
    let total = 0;
    let withoutSpace = 0;
    for (const r of rows) {
      const n = Number(r.n);
      total += n;
      if (r.status === null) withoutSpace += n;
      else if (r.status in byStatus) byStatus[r.status as SpaceStatus] += n;
    }
    return { companies: total, withoutSpace, byStatus };
  }
}

export class DrizzleSpaceRequestRepository implements SpaceRequestRepository {
  constructor(private readonly database: Database) {}

  async add(r: SpaceRequest): Promise<void> {
    await this.database.db.insert(companySpaceRequests).values(r);
  }

  async list(filter: { open?: boolean | undefined; companyId?: string | undefined; oldestFirst?: boolean | undefined }, page: PageRequest) {
    const conditions: SQL[] = [];
    if (filter.open === true) conditions.push(isNull(companySpaceRequests.handledAt));
    if (filter.open === false) conditions.push(sql`${companySpaceRequests.handledAt} is not null`);
    if (filter.companyId) conditions.push(eq(companySpaceRequests.companyId, filter.companyId));
    const where = conditions.length ? and(...conditions) : undefined;
    const [rows, [total]] = await Promise.all([
      this.database.db
        .select({ request: companySpaceRequests, spaceStatus: companies.spaceStatus })
        .from(companySpaceRequests)
        .innerJoin(companies, eq(companies.id, companySpaceRequests.companyId))
        .where(where)
        .orderBy(
          ...(filter.oldestFirst ? [asc(companySpaceRequests.requestedAt), asc(companySpaceRequests.id)] : [desc(companySpaceRequests.requestedAt), asc(companySpaceRequests.id)]),
        )
        .limit(page.pageSize)
        .offset(offset(page)),
      this.database.db.select({ n: count() }).from(companySpaceRequests).where(where),
    ]);
    return {
      items: rows.map((r) => ({ ...r.request, spaceStatus: r.spaceStatus as SpaceStatus | null })),
      page: page.page,
      pageSize: page.pageSize,
      total: Number(total?.n ?? 0),
    };
  }

  async markHandled(companyId: string, at: Date): Promise<void> {
    await this.database.db
      .update(companySpaceRequests)
      .set({ handledAt: at })
      .where(and(eq(companySpaceRequests.companyId, companyId), isNull(companySpaceRequests.handledAt)));
  }

  async count() {
    const [row] = await this.database.db
      .select({ total: count(), open: sql<number>`count(*) filter (where ${companySpaceRequests.handledAt} is null)::int` })
      .from(companySpaceRequests);
    return { total: Number(row?.total ?? 0), open: Number(row?.open ?? 0) };
  }
}

export class DrizzleManagerRepository implements ManagerRepository {
  constructor(private readonly database: Database) {}
  async add(m: CompanyManager): Promise<void> {
    await this.database.db.insert(companyManagers).values(m).onConflictDoNothing();
  }
  async listForCompany(companyId: string): Promise<CompanyManager[]> {
    return this.database.db.select().from(companyManagers).where(eq(companyManagers.companyId, companyId)).orderBy(asc(companyManagers.invitedAt), asc(companyManagers.email));
  }
}

/** The module's notification outbox, written in the caller's transaction. */
export class DrizzleCompanyOutbox implements NotificationOutbox {
  constructor(private readonly database: Database) {}
  async add(message: { toEmail: string; kind: string; payload: Record<string, unknown> }): Promise<void> {
    await this.database.db.insert(companyOutbox).values(message);
  }
}

const q = companyTrancheQuotas;

export class DrizzlePolicyRepository implements PolicyRepository {
  constructor(private readonly database: Database) {}

  async descriptions(companyId: string): Promise<PolicyDescription[]> {
    const rows = await this.database.db.select().from(companyPolicyDescriptions).where(eq(companyPolicyDescriptions.companyId, companyId));
    return rows.map((r) => ({ tranche: r.tranche as Tranche, description: r.description, updatedAt: r.updatedAt }));
  }

  async setDescription(companyId: string, tranche: Tranche, description: string, at: Date, byAccountId: string | null): Promise<void> {
    await this.database.db
      .insert(companyPolicyDescriptions)
      .values({ companyId, tranche, description, updatedAt: at, updatedByAccountId: byAccountId })
      .onConflictDoUpdate({
        target: [companyPolicyDescriptions.companyId, companyPolicyDescriptions.tranche],
        set: { description, updatedAt: at, updatedByAccountId: byAccountId },
      });
  }

  async quotas(companyId: string, year: number): Promise<TrancheQuota[]> {
    const rows = await this.database.db
      .select()
      .from(q)
      .where(and(eq(q.companyId, companyId), eq(q.year, year)));
    return rows.map((r) => ({ tranche: r.tranche as Tranche, year: r.year, quota: r.quota, used: r.used }));
  }

  async setQuota(companyId: string, year: number, tranche: Tranche, quota: number): Promise<boolean> {
    const rows = await this.database.db
      .insert(q)
      .values({ companyId, year, tranche, quota, used: 0 })
      .onConflictDoUpdate({ target: [q.companyId, q.year, q.tranche], set: { quota }, setWhere: sql`${q.used} <= ${quota}` })
      .returning({ quota: q.quota });
    return rows.length === 1;
  }

  /** One statement: the row lock serialises concurrent grants, and each sees the count the previous one left. */
  async consume(companyId: string, year: number, tranche: Tranche): Promise<boolean> {
    const rows = await this.database.db
      .update(q)
      .set({ used: sql`${q.used} + 1` })
      .where(and(eq(q.companyId, companyId), eq(q.year, year), eq(q.tranche, tranche), sql`${q.used} < ${q.quota}`))
      .returning({ used: q.used });
    return rows.length === 1;
  }

  async release(companyId: string, year: number, tranche: Tranche): Promise<void> {
    await this.database.db
      .update(q)
      .set({ used: sql`${q.used} - 1` })
      .where(and(eq(q.companyId, companyId), eq(q.year, year), eq(q.tranche, tranche), sql`${q.used} > 0`));
  }
}

const v = companyEmployeeValidations;
const g = companyTrancheGrants;
type ValidationRow = typeof v.$inferSelect;
type GrantRow = typeof g.$inferSelect;

const toValidation = (r: ValidationRow): EmployeeValidation => ({
  ...r,
  status: r.status as ValidationStatus,
  validatedBy: r.validatedBy as ValidatedBy | null,
});

const toGrant = (r: GrantRow): TrancheGrant => ({ ...r, tranche: r.tranche as Tranche });

export class DrizzleEmployeeRepository implements EmployeeRepository {
  constructor(private readonly database: Database) {}

  async find(demandId: string, options: { forUpdate?: boolean } = {}): Promise<EmployeeValidation | null> {
    const query = this.database.db.select().from(v).where(eq(v.demandId, demandId)).limit(1);
    const [row] = options.forUpdate ? await query.for('update') : await query;
    return row ? toValidation(row) : null;
  }

  async insertIfAbsent(validation: EmployeeValidation): Promise<boolean> {
    const rows = await this.database.db.insert(v).values(validation).onConflictDoNothing({ target: v.demandId }).returning({ id: v.demandId });
    return rows.length === 1;
  }

  async save(validation: EmployeeValidation): Promise<void> {
    const { demandId, ...rest } = validation;
    await this.database.db.update(v).set(rest).where(eq(v.demandId, demandId));
  }

  async addEvent(e: ValidationEvent): Promise<void> {
    await this.database.db.insert(companyValidationEvents).values(e);
  }

  async listForCompany(
    companyId: string,
    filter: { status?: ValidationStatus | undefined },
    page: PageRequest,
    order: EmployeeOrder = { column: 'requested', dir: 'desc' },
  ): Promise<Page<EmployeeValidation>> {
    const where = and(eq(v.companyId, companyId), filter.status ? eq(v.status, filter.status) : undefined);
    const by = order.dir === 'asc' ? asc : desc;
    const columns =
      order.column === 'name' ? [by(v.applicantLastName), by(v.applicantFirstName)] : order.column === 'status' ? [by(v.status), desc(v.requestedAt)] : [by(v.requestedAt)];
    const [rows, [total]] = await Promise.all([
      this.database.db
        .select()
        .from(v)
        .where(where)
        .orderBy(...columns, asc(v.demandId))
        .limit(page.pageSize)
        .offset(offset(page)),
      this.database.db.select({ n: count() }).from(v).where(where),
    ]);
    return { items: rows.map(toValidation), page: page.page, pageSize: page.pageSize, total: Number(total?.n ?? 0) };
  }

  async unmatchedForSirets(sirets: string[]): Promise<EmployeeValidation[]> {
    if (!sirets.length) return [];
    const rows = await this.database.db
      .select()
      .from(v)
      .where(and(isNull(v.companyId), inArray(v.employerSiret, sirets)))
      .for('update');
    return rows.map(toValidation);
  }

  async pendingForCompany(companyId: string): Promise<EmployeeValidation[]> {
    const rows = await this.database.db
      .select()
      .from(v)
      .where(and(eq(v.companyId, companyId), eq(v.status, 'pending')))
      .for('update');
    return rows.map(toValidation);
  }

  async validatedEmployees(companyId: string) {
    return this.database.db
      .select({ demandId: v.demandId, firstName: v.applicantFirstName, lastName: v.applicantLastName })
      .from(v)
      .where(and(eq(v.companyId, companyId), eq(v.status, 'validated')));
  }

  async addGrant(grant: TrancheGrant): Promise<void> {
    try {
      await this.database.db.insert(g).values(grant);
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw companySpaceError.trancheAlreadyGranted(grant.tranche);
      throw error;
    }
  }

  async activeGrants(demandIds: string[]): Promise<TrancheGrant[]> {
    if (!demandIds.length) return [];
    const rows = await this.database.db
      .select()
      .from(g)
      .where(and(anyUuid(g.demandId, demandIds), isNull(g.revokedAt)))
      .orderBy(asc(g.tranche));
    return rows.map(toGrant);
  }

  async revokeGrant(id: string, at: Date, byAccountId: string | null, reason: string | null): Promise<void> {
    await this.database.db
      .update(g)
      .set({ revokedAt: at, revokedByAccountId: byAccountId, revokeReason: reason })
      .where(and(eq(g.id, id), isNull(g.revokedAt)));
  }

  /** One query for all the demands: validation, company facts and every grant (grouped here). */
  async factsFor(demandIds: string[]): Promise<EmploymentFactsRow[]> {
    if (!demandIds.length) return [];
    const rows = await this.database.db
      .select({
        demandId: v.demandId,
        companyId: v.companyId,
        status: v.status,
        validatedBy: v.validatedBy,
        validatedAt: v.validatedAt,
        withdrawnAt: v.withdrawnAt,
        contribution: companies.contribution,
        headcount: companies.headcount,
        delegatesToAls: companies.delegatesToAls,
        tranche: g.tranche,
        grantedAt: g.grantedAt,
        revokedAt: g.revokedAt,
      })
      .from(v)
      .innerJoin(companies, eq(companies.id, v.companyId))
      .leftJoin(g, and(eq(g.demandId, v.demandId), eq(g.companyId, v.companyId)))
      .where(anyUuid(v.demandId, demandIds));
    const out = new Map<string, EmploymentFactsRow>();
    for (const r of rows) {
      let facts = out.get(r.demandId);
      if (!facts) {
        facts = {
          demandId: r.demandId,
          companyId: r.companyId!,
          status: r.status as ValidationStatus,
          validatedBy: r.validatedBy as ValidatedBy | null,
          validatedAt: r.validatedAt,
          withdrawnAt: r.withdrawnAt,
          contribution: r.contribution as Contribution,
          headcount: r.headcount,
          delegatesToAls: r.delegatesToAls,
          grants: [],
        };
        out.set(r.demandId, facts);
      }
      if (r.tranche && r.grantedAt) facts.grants.push({ tranche: r.tranche as Tranche, grantedAt: r.grantedAt, revokedAt: r.revokedAt });
    }
    return [...out.values()];
  }
}
