import type { ServiceIdentifier } from 'inversify';
import type { PrivacyAccounts, PrivacyAlerts, PrivacyCandidacies, PrivacyCompanies, PrivacyDemands } from './ports';
import type { PrivacyService } from './application/privacy.service';

const token = <T>(name: string) => Symbol.for(`privacy.${name}`) as ServiceIdentifier<T>;

export const PRIVACY = {
  Accounts: token<PrivacyAccounts>('Accounts'),
  Demands: token<PrivacyDemands>('Demands'),
  Candidacies: token<PrivacyCandidacies>('Candidacies'),
  Companies: token<PrivacyCompanies>('Companies'),
  Alerts: token<PrivacyAlerts>('Alerts'),
  Service: token<PrivacyService>('Service'),
};
