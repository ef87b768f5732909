// Public API of the candidacy module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { DesignationInput, DesignationResult } from './application/designate-candidates';
export type { ApplyInput } from './application/apply-to-offer';
export { CandidacyService } from './application/candidacy.service';
export type { RecomputationResult } from './application/recompute-frozen-ranking';
export type { CalDecisionInput } from './application/record-cal-decision';
export type { OwnCandidacyExport } from './application/export-own-candidacies';
export type { ErasurePreparation } from './application/prepare-erasure';
export type { OfferCandidaciesView } from './application/list-offer-candidacies';
export type { CandidacySummaryView, CandidacyView, DesignatedCandidateView, OfferRankingView, RankingEntryView } from './application/views';
export { candidacyModule } from './candidacy.module';
export { subscribeCandidacyToEvents } from './candidacy.events';
export { registerCandidacyJobs } from './candidacy.jobs';
export { applicantFactsGateway } from './application/gateways/applicant-facts.gateway';
export { companyFactsGateway } from './application/gateways/company-facts.gateway';
export { demandLifecycleGateway } from './application/gateways/demand-lifecycle.gateway';
export { offerGateway } from './application/gateways/offer.gateway';
export { scoringInputsGateway } from './application/gateways/scoring-inputs.gateway';
export { CANDIDACY_ERRORS } from './candidacy.errors';
export { type CandidacyStatus, OPEN_STATUSES, STATUS_LABELS, type TimelineEntry } from './domain/candidacy';
export { type ElsewhereCandidacy, ERASED_FACT, PENDING_OUTCOME_STATUSES, type RankingTrigger } from './domain/frozen-ranking';
export type { HistoryEvent } from './domain/history-facts';
export type {
  CandidacyNotification,
  CandidacyNotificationOutbox,
  CandidacyRecord,
  CandidacyRepository,
  OfferCompetition,
  RankingSnapshot,
  RankingSnapshotEntry,
  RankingSnapshotHeader,
  StoredNotification,
} from './ports';
export { CANDIDACY } from './tokens';
