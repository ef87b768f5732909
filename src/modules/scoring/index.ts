// Public API of the scoring module: the only file other modules and adapters import.
export * from './domain/index';
export type * from './ports';
export { ScoringService } from './application/scoring.service';
export { SCORING_EVENTS, SCORING_ERRORS, type ScoringDeps } from './application/scoring.deps';
export {
  SIZE_CLASSES, effectiveBonus, bonusStatus,
  type BonusInput, type BonusPatch, type BonusView, type BonusStatus, type PublicBonusView,
} from './application/balancing-bonuses';
export {
  GRID_OPERATORS, gridFactsOf,
  type GridFactsInput, type GridInput, type GridPatch, type GridView, type GridCriterionInput,
} from './application/territory-grids';
export type { BalancingStats, SizeClassFigure, RecordAllocationInput } from './application/balancing-stats';
export { SCORING } from './tokens';
export { scoringModule } from './scoring.module';
