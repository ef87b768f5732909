import type { IsoDate } from '../../../shared/dates';
import type { CompanySizeClass } from '../domain/index';
import { scoringError } from '../scoring.errors';
import type { AllocationRecord, AllocationRepository, BonusRepository, GridRepository, StoredBonus, StoredGrid } from '../ports';

/** In-memory repositories of the scoring module, for unit tests. */
export class InMemoryBonusRepository implements BonusRepository {
  readonly rows = new Map<string, StoredBonus>();
  async insert(bonus: StoredBonus) {
    this.rows.set(bonus.id, structuredClone(bonus));
  }
  async findById(id: string) {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }
  async update(bonus: StoredBonus) {
    this.rows.set(bonus.id, structuredClone(bonus));
  }
  async coveringDate(on: IsoDate) {
    return [...this.rows.values()].filter((b) => b.startDate <= on && on <= b.endDate).map((b) => structuredClone(b));
  }
  async list(limit: number) {
    return [...this.rows.values()]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, limit)
      .map((b) => structuredClone(b));
  }
}

export class InMemoryGridRepository implements GridRepository {
  readonly rows = new Map<string, StoredGrid>();
  private assertSingleActive(grid: StoredGrid) {
    if (grid.active && [...this.rows.values()].some((g) => g.id !== grid.id && g.active && g.epciCode === grid.epciCode)) {
      throw scoringError.gridAlreadyActive();
    }
  }
  async insert(grid: StoredGrid) {
    this.assertSingleActive(grid);
    this.rows.set(grid.id, structuredClone(grid));
  }
  async findById(id: string) {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }
  async update(grid: StoredGrid) {
    this.assertSingleActive(grid);
    this.rows.set(grid.id, structuredClone(grid));
  }
  async activeForEpci(epciCode: string) {
    const row = [...this.rows.values()].find((g) => g.active && g.epciCode === epciCode);
    return row ? structuredClone(row) : null;
  }
  async list(filter: { epciCode?: string }, limit: number) {
    return [...this.rows.values()]
      .filter((g) => !filter.epciCode || g.epciCode === filter.epciCode)
      .slice(0, limit)
      .map((g) => structuredClone(g));
  }
}

export class InMemoryAllocationRepository implements AllocationRepository {
  readonly rows: AllocationRecord[] = [];
  async record(a: AllocationRecord) {
    if (this.rows.some((r) => r.offerId === a.offerId)) return false;
    this.rows.push({ ...a });
    return true;
  }
  async countBySizeClass(from: Date, to: Date) {
    const counts = new Map<CompanySizeClass | null, number>();
    for (const r of this.rows) if (r.at >= from && r.at <= to) counts.set(r.sizeClass, (counts.get(r.sizeClass) ?? 0) + 1);
    return [...counts].map(([sizeClass, count]) => ({ sizeClass, count }));
  }
}
