import type { ServiceIdentifier } from 'inversify';
import type {
  ApplicantFactsSource,
  CandidacyNotificationOutbox,
  CandidacyRepository,
  CandidacySettings,
  CompanyFactsSource,
  DemandLifecycle,
  OfferGateway,
  ScoringInputs,
} from './ports';
import type { CandidacyService } from './application/candidacy.service';

const token = <T>(name: string) => Symbol.for(`candidacy.${name}`) as ServiceIdentifier<T>;

export const CANDIDACY = {
  Repository: token<CandidacyRepository>('Repository'),
  NotificationOutbox: token<CandidacyNotificationOutbox>('NotificationOutbox'),
  ApplicantFacts: token<ApplicantFactsSource>('ApplicantFacts'),
  DemandLifecycle: token<DemandLifecycle>('DemandLifecycle'),
  OfferGateway: token<OfferGateway>('OfferGateway'),
  CompanyFacts: token<CompanyFactsSource>('CompanyFacts'),
  ScoringInputs: token<ScoringInputs>('ScoringInputs'),
  Settings: token<CandidacySettings>('Settings'),
  Service: token<CandidacyService>('Service'),
};
