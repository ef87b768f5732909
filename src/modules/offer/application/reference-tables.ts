import { ceilingTableFromRows, ceilingYears, zoneOf, type CeilingTable, type Zone } from '../domain/index';
import type { CeilingRepository, ReferenceData } from '../ports';

/**
 * The reference data eligibility needs, cached in memory after the first load: the income
 * ceilings (seeded into the database from `db/reference/income-ceilings.json`, idempotently, then
 * read back from it) and the zones' commune lists. A failed load is retried on the next call.
 */
export class ReferenceTables {
  private table: Promise<{ table: CeilingTable; years: number[] }> | undefined;
  private searchReady: Promise<void> | undefined;
  private paris: ReadonlySet<string> | undefined;
  private idf: ReadonlySet<string> | undefined;

  constructor(private readonly deps: { ceilings: CeilingRepository; reference: ReferenceData }) {}

  /** Inserts or updates the ceilings of the reference file (idempotent). */
  async seedCeilings(): Promise<number> {
    const rows = this.deps.reference.ceilingRows();
    await this.deps.ceilings.upsert(rows);
    return rows.length;
  }

  /** The ceiling table from the database (seeded first), loaded once. */
  async ceilingTable(): Promise<CeilingTable> {
    return (await this.loadTable()).table;
  }

  async ceilingYears(): Promise<number[]> {
    return (await this.loadTable()).years;
  }

  private loadTable() {
    this.table ??= (async () => {
      await this.seedCeilings();
      const rows = await this.deps.ceilings.all();
      return { table: ceilingTableFromRows(rows), years: ceilingYears(rows) };
    })().catch((error: unknown) => {
      this.table = undefined;
      throw error;
    });
    return this.table;
  }

  /**
   * Makes sure the database holds the ceilings the search joins on. Call it outside any
   * transaction (the search does), so that a rolled-back transaction cannot leave the flag set.
   */
  ensureSeededForSearch(): Promise<void> {
    this.searchReady ??= this.seedCeilings().then(
      () => undefined,
      (error: unknown) => {
        this.searchReady = undefined;
        throw error;
      },
    );
    return this.searchReady;
  }

  parisCodes(): ReadonlySet<string> {
    return (this.paris ??= this.deps.reference.parisAndBorderingCodes());
  }

  ileDeFranceDepartements(): ReadonlySet<string> {
    return (this.idf ??= this.deps.reference.ileDeFranceDepartements());
  }

  zoneOf(communeCode: string): Zone {
    return zoneOf(communeCode, this.parisCodes(), this.ileDeFranceDepartements());
  }
}
