// Public API of the scoring module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { BonusInput, BonusPatch, BonusView, PublicBonusView } from './application/bonus-view';
export type { BalancingStats } from './application/get-balancing-stats';
export { gridFactsOf } from './application/grid-facts-of';
export type { GridCriterionInput, GridInput, GridPatch, GridView } from './application/grid-view';
export type { RecordAllocationInput } from './application/record-allocation';
export { ScoringService } from './application/scoring.service';
export type { CandidateFacts, CompanyFacts, CompanySizeClass, FactValue, GridCriterion, GridOperator, OfferFacts, UncheckedFacts } from './domain/candidate-facts';
export { CRITERION_STATUS_LABELS, type CriterionResult, plainCriterion } from './domain/criterion';
export { createScoringContext, rankCandidates, type RankedCandidate, type RankingOptions, scoreCandidate, type ScoreComponents, type ScoredCandidate } from './domain/engine';
export { frPercent1 } from './domain/fr-format';
export { GRID_FACTS, type GridFactDefinition } from './domain/grid-facts';
export type { AllocationRecord, AllocationRepository, BonusRepository, GridRepository, StoredBonus, StoredGrid } from './ports';
export { SCORING_ERRORS, scoringError } from './scoring.errors';
export { SCORING_EVENTS, type ScoringEventPayloads } from './scoring.events';
export { scoringModule } from './scoring.module';
export { SCORING } from './tokens';
