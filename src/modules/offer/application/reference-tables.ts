import { ceilingTableFromRows, ceilingYearFor, ceilingYears, zoneOf, type CeilingTable, type CeilingYear, type Zone } from '../domain/index';
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

  /**
   * Inserts the ceilings of the reference file whose cells the database has not got yet
   * (idempotent). A figure already there stays: an administrator's load (back office) wins over
   * the file, so that a year loaded without a deploy is never overwritten at the next start.
   */
  async seedCeilings(): Promise<number> {
    const rows = this.deps.reference.ceilingRows();
    await this.deps.ceilings.insertMissing(rows);
    return rows.length;
  }

  /** Which year's table decides a check made in `checkYear` (the last published one when N's is not). */
  async ceilingYear(checkYear: number): Promise<CeilingYear> {
    return ceilingYearFor(checkYear, (await this.loadTable()).years);
  }

  /** Forgets the loaded table: the next check reads the database again (after an administrator's load). */
  invalidate(): void {
    this.table = undefined;
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
