import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/dates';
import type {
  AllocationRecord,
  AllocationRepository,
  BonusRepository,
  CompanySizeClass,
  GridCriterion,
  GridRepository,
  StoredBonus,
  StoredGrid,
} from '../../../modules/scoring/index';
import { scoringError } from '../../../modules/scoring/index';
import { pgErrorCode, type Database } from '../database';
import { allocations, balancingBonuses, territoryGrids } from '../schema/scoring.schema';

type BonusRow = typeof balancingBonuses.$inferSelect;
type GridRow = typeof territoryGrids.$inferSelect;

function toBonus(r: BonusRow): StoredBonus {
  return {
    id: r.id,
    ...(r.sizeClass ? { sizeClass: r.sizeClass as CompanySizeClass } : {}),
    ...(r.companyId ? { companyId: r.companyId } : {}),
    ...(r.epciCode ? { epciCode: r.epciCode } : {}),
    points: r.points,
    startDate: r.startDate,
    endDate: r.endDate,
    reason: r.reason,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    endedAt: r.endedAt,
    endedBy: r.endedBy,
  };
}

const bonusRow = (b: StoredBonus) => ({
  id: b.id,
  sizeClass: b.sizeClass ?? null,
  companyId: b.companyId ?? null,
  epciCode: b.epciCode ?? null,
  points: b.points,
  startDate: b.startDate,
  endDate: b.endDate,
  reason: b.reason,
  createdAt: b.createdAt,
  createdBy: b.createdBy,
  updatedAt: b.updatedAt,
  endedAt: b.endedAt,
  endedBy: b.endedBy,
});

export class DrizzleBonusRepository implements BonusRepository {
  constructor(private readonly database: Database) {}
  async insert(bonus: StoredBonus): Promise<void> {
    await this.database.db.insert(balancingBonuses).values(bonusRow(bonus));
  }
  async findById(id: string): Promise<StoredBonus | null> {
    const [row] = await this.database.db.select().from(balancingBonuses).where(eq(balancingBonuses.id, id)).limit(1);
    return row ? toBonus(row) : null;
  }
  async update(bonus: StoredBonus): Promise<void> {
    const { id, createdAt: _c, createdBy: _b, ...rest } = bonusRow(bonus);
    await this.database.db.update(balancingBonuses).set(rest).where(eq(balancingBonuses.id, id));
  }
  async coveringDate(on: IsoDate): Promise<StoredBonus[]> {
    const rows = await this.database.db
      .select()
      .from(balancingBonuses)
      .where(and(lte(balancingBonuses.startDate, on), gte(balancingBonuses.endDate, on)));
    return rows.map(toBonus);
  }
  async list(limit: number): Promise<StoredBonus[]> {
    const rows = await this.database.db.select().from(balancingBonuses).orderBy(desc(balancingBonuses.createdAt), balancingBonuses.id).limit(limit);
    return rows.map(toBonus);
  }
}

function toGrid(r: GridRow): StoredGrid {
  return {
    id: r.id,
    epciCode: r.epciCode,
    name: r.name,
    active: r.active,
    criteria: r.criteria as GridCriterion[],
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
    version: r.version,
  };
}

export class DrizzleGridRepository implements GridRepository {
  constructor(private readonly database: Database) {}
  async insert(grid: StoredGrid): Promise<void> {
    try {
      await this.database.db.insert(territoryGrids).values({ ...grid, criteria: grid.criteria });
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw scoringError.gridAlreadyActive();
      throw error;
    }
  }
  async findById(id: string): Promise<StoredGrid | null> {
    const [row] = await this.database.db.select().from(territoryGrids).where(eq(territoryGrids.id, id)).limit(1);
    return row ? toGrid(row) : null;
  }
  /** Optimistic: the stored version must be the one read (version − 1). */
  async update(grid: StoredGrid): Promise<void> {
    try {
      const rows = await this.database.db
        .update(territoryGrids)
        .set({ name: grid.name, active: grid.active, criteria: grid.criteria, updatedAt: grid.updatedAt, version: grid.version })
        .where(and(eq(territoryGrids.id, grid.id), eq(territoryGrids.version, grid.version - 1)))
        .returning({ id: territoryGrids.id });
      if (rows.length === 0) throw scoringError.concurrentUpdate();
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw scoringError.gridAlreadyActive();
      throw error;
    }
  }
  async activeForEpci(epciCode: string): Promise<StoredGrid | null> {
    const [row] = await this.database.db
      .select()
      .from(territoryGrids)
      .where(and(eq(territoryGrids.epciCode, epciCode), eq(territoryGrids.active, true)))
      .limit(1);
    return row ? toGrid(row) : null;
  }
  async list(filter: { epciCode?: string }, limit: number): Promise<StoredGrid[]> {
    const rows = await this.database.db
      .select()
      .from(territoryGrids)
      .where(filter.epciCode ? eq(territoryGrids.epciCode, filter.epciCode) : undefined)
      .orderBy(territoryGrids.epciCode, desc(territoryGrids.active), desc(territoryGrids.updatedAt))
      .limit(limit);
    return rows.map(toGrid);
  }
}

export class DrizzleAllocationRepository implements AllocationRepository {
  constructor(private readonly database: Database) {}
  async record(a: AllocationRecord): Promise<boolean> {
    const rows = await this.database.db
      .insert(allocations)
      .values({ offerId: a.offerId, demandId: a.demandId, sizeClass: a.sizeClass, at: a.at })
      .onConflictDoNothing()
      .returning({ offerId: allocations.offerId });
    return rows.length > 0;
  }
  async countBySizeClass(from: Date, to: Date): Promise<{ sizeClass: CompanySizeClass | null; count: number }[]> {
    const rows = await this.database.db
      .select({ sizeClass: allocations.sizeClass, count: sql<number>`count(*)::int` })
      .from(allocations)
      .where(and(gte(allocations.at, from), lte(allocations.at, to)))
      .groupBy(allocations.sizeClass);
    return rows.map((r) => ({ sizeClass: (r.sizeClass as CompanySizeClass | null) ?? null, count: Number(r.count) }));
  }
}
