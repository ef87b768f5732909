// Public API of the candidacy module: the only file other modules and adapters import.
export * from './domain/index';
export type * from './ports';
export { CandidacyService } from './application/candidacy.service';
export { RankingCache } from './application/ranking-cache';
export { NOTIFICATION_KINDS } from './application/transitions';
export { CANDIDACY_JOBS } from './application/offer-withdrawn';
export { DEMAND_STRUCK_OFF_JOB } from './application/demand-struck-off';
export type { CandidacyDeps } from './application/candidacy.deps';
export type { ApplyInput } from './application/apply';
export type { DesignationInput, DesignationResult } from './application/agent-actions';
export type { RankingChange, RecomputationResult } from './application/frozen-ranking';
export type { CalDecisionInput } from './application/landlord-actions';
export type { OfferCandidaciesView } from './application/queries';
export type { OwnCandidacyExport, ErasurePreparation } from './application/privacy';
export type {
  CandidacySummaryView, CandidacyView, DesignatedCandidateView, ElsewhereView, FinalRankView, FrozenRankingView, OfferBrief, OfferRankingView, RankingEntryView, ScoreView,
  TimelineView,
} from './application/views';
export { CANDIDACY } from './tokens';
export { candidacyModule } from './candidacy.module';
