// Public API of the scoring module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { BonusInput, BonusPatch, BonusView, PublicBonusView } from './application/balancing-bonuses';
export type { BalancingStats, RecordAllocationInput } from './application/balancing-stats';
export { SCORING_ERRORS } from './application/scoring.deps';
export { ScoringService } from './application/scoring.service';
export {
  type GridCriterionInput, gridFactsOf, type GridInput, type GridPatch, type GridView,
} from './application/territory-grids';
export type {
  CandidateFacts, CompanyFacts, CompanySizeClass, FactValue, GridCriterion, GridOperator, OfferFacts,
  UncheckedFacts,
} from './domain/candidate-facts';
export { CRITERION_STATUS_LABELS, type CriterionResult, plainCriterion } from './domain/criterion';
export {
  createScoringContext, rankCandidates, type RankedCandidate, type RankingOptions, scoreCandidate,
  type ScoreComponents, type ScoredCandidate,
} from './domain/engine';
export { frPercent1 } from './domain/fr-format';
export { GRID_FACTS, type GridFactDefinition } from './domain/grid-facts';
export type {
  AllocationRecord, AllocationRepository, BonusRepository, GridRepository, StoredBonus, StoredGrid,
} from './ports';
export { SCORING_EVENTS, type ScoringEventPayloads } from './scoring.events';
export { scoringModule } from './scoring.module';
export { SCORING } from './tokens';
