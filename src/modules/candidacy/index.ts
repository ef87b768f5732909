// Public API of the candidacy module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { DesignationInput, DesignationResult } from './application/agent-actions';
export type { ApplyInput } from './application/apply';
export { CandidacyService } from './application/candidacy.service';
export { DEMAND_STRUCK_OFF_JOB } from './application/demand-struck-off';
export type { RecomputationResult } from './application/frozen-ranking';
export type { CalDecisionInput } from './application/landlord-actions';
export { CANDIDACY_JOBS } from './application/offer-withdrawn';
export type { ErasurePreparation, OwnCandidacyExport } from './application/privacy';
export type { OfferCandidaciesView } from './application/queries';
export type {
  CandidacySummaryView, CandidacyView, DesignatedCandidateView, OfferRankingView, RankingEntryView,
} from './application/views';
export { candidacyModule } from './candidacy.module';
export type { EligibilityOutcome } from './domain/application-rules';
export { CANDIDACY_ERRORS } from './domain/candidacy-errors';
export { type CandidacyStatus, OPEN_STATUSES, STATUS_LABELS, type TimelineEntry } from './domain/candidacy';
export {
  type ElsewhereCandidacy, ERASED_FACT, PENDING_OUTCOME_STATUSES, type RankingTrigger,
} from './domain/frozen-ranking';
export type { HistoryEvent } from './domain/history-facts';
export type {
  ApplicantFacts, ApplicantFactsSource, CandidacyNotification, CandidacyNotificationOutbox, CandidacyRecord,
  CandidacyRepository, CandidateContact, CompanyFactsSource, DemandLifecycle, OfferGateway, OfferInfo,
  OfferState, RankingSnapshot, RankingSnapshotEntry, RankingSnapshotHeader, ScoringInputs, StoredNotification,
} from './ports';
export { CANDIDACY } from './tokens';
