import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type {
  ApplicantFactsSource,
  CandidacyNotificationOutbox,
  CandidacyRepository,
  CandidacySettings,
  CompanyFactsSource,
  DemandLifecycle,
  OfferGateway,
  ScoringInputs,
} from '../ports';
import type { RankingCache } from './ranking-cache';

/** What the candidacy use cases receive. */
export interface CandidacyDeps {
  candidacies: CandidacyRepository;
  notifications: CandidacyNotificationOutbox;
  applicants: ApplicantFactsSource;
  demands: DemandLifecycle;
  offers: OfferGateway;
  companies: CompanyFactsSource;
  scoring: ScoringInputs;
  audit: AuditTrail;
  clock: Clock;
  uow: UnitOfWork;
  settings: CandidacySettings;
  cache: RankingCache;
}
