import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { PrivacyAccounts, PrivacyAlerts, PrivacyCandidacies, PrivacyCompanies, PrivacyDemands } from '../ports';

export interface PrivacyDeps {
  accounts: PrivacyAccounts;
  demands: PrivacyDemands;
  candidacies: PrivacyCandidacies;
  companies: PrivacyCompanies;
  /** the saved searches (alert module), when it is wired */
  alerts?: PrivacyAlerts | undefined;
  audit: AuditTrail;
  clock: Clock;
  uow: UnitOfWork;
}
