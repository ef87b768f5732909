import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import type { RankingOptions } from '../domain/index';
import type { BonusInput, BonusPatch, BonusView, PublicBonusView } from './bonus-view';
import { createBonus } from './create-bonus';
import { createGrid } from './create-grid';
import { balancingStats, type BalancingStats } from './get-balancing-stats';
import { getBonus } from './get-bonus';
import { getGrid } from './get-grid';
import type { GridInput, GridPatch, GridView } from './grid-view';
import { activeBonuses } from './list-active-bonuses';
import { listBonuses } from './list-bonuses';
import { listGrids } from './list-grids';
import { rankingOptions } from './ranking-inputs';
import { RankingOptionsCache } from './ranking-options-cache';
import { recordAllocation, type RecordAllocationInput } from './record-allocation';
import type { ScoringDeps } from './scoring.deps';
import { updateBonus } from './update-bonus';
import { updateGrid } from './update-grid';

/** The scoring module's façade: bonuses, grids, balancing statistics, and the inputs of a ranking. */
export class ScoringService {
  constructor(private readonly deps: ScoringDeps) {}

  // balancing bonuses
  activeBonuses = (): Promise<PublicBonusView[]> => activeBonuses(this.deps);
  listBonuses = (p: Principal): Promise<BonusView[]> => listBonuses(this.deps, p);
  getBonus = (p: Principal, id: string): Promise<BonusView> => getBonus(this.deps, p, id);
  createBonus = (p: Principal, input: BonusInput): Promise<BonusView> => this.options.changing(() => createBonus(this.deps, p, input));
  updateBonus = (p: Principal, id: string, patch: BonusPatch): Promise<BonusView> => this.options.changing(() => updateBonus(this.deps, p, id, patch));

  // territory grids
  listGrids = (p: Principal, filter: { epciCode?: string | undefined } = {}): Promise<GridView[]> => listGrids(this.deps, p, filter);
  getGrid = (p: Principal, id: string): Promise<GridView> => getGrid(this.deps, p, id);
  createGrid = (p: Principal, input: GridInput): Promise<GridView> => this.options.changing(() => createGrid(this.deps, p, input));
  updateGrid = (p: Principal, id: string, patch: GridPatch): Promise<GridView> => this.options.changing(() => updateGrid(this.deps, p, id, patch));

  // balancing statistics
  balancingStats = (p: Principal): Promise<BalancingStats> => balancingStats(this.deps, p);

  // ——— for the candidacy module (no access check) ———
  /** Records a lease signed, with the employer's size class then (joins the caller's transaction; idempotent per offer). */
  recordAllocation = (input: RecordAllocationInput): Promise<{ recorded: boolean }> => recordAllocation(this.deps, input);
  /**
   * The bonuses and grid a ranking on `referenceDate` of an offer in `epciCode` uses; `fresh: false`
   * (applicants' live views) may reuse those read up to RANKING_OPTIONS_CACHE_MS ago.
   */
  rankingOptions = (input: { epciCode: string | undefined; referenceDate: IsoDate; fresh?: boolean }): Promise<RankingOptions> => {
    const { fresh, ...key } = input;
    return fresh === false ? this.options.get(key, () => rankingOptions(this.deps, key)) : rankingOptions(this.deps, key);
  };
  private readonly options = new RankingOptionsCache();
}
