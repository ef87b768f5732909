// Public API of the company-space module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { EmployeeCandidacyView } from './application/candidacies';
export type { CompanyDetail, CompanyView, CreateCompanyInput, UpdateCompanyInput } from './application/companies';
export { CompanySpaceService } from './application/company-space.service';
export type {
  EmployeeView, QuotaView, RecordOutcome, ValidationRequestInput,
} from './application/employee-validations';
export type { EmploymentFacts, SpaceFigures } from './application/facts';
export type { PolicyInput, PolicyView } from './application/policy';
export type { ValidationStatusView } from './application/privacy';
export { invitationLink, type SpaceCommand, type SpaceRequestInput } from './application/space';
export type { GrantView } from './application/tranches';
export { companySpaceModule } from './company-space.module';
export { type Company, type Contribution, CONTRIBUTIONS, type SpaceStatus } from './domain/company';
export type {
  EmployeeValidation, ValidatedBy, ValidationDecision, ValidationStatus,
} from './domain/employee-validation';
export { canSpace, type SpaceAction, type SpaceEvent } from './domain/space-lifecycle';
export { type Tranche, type TrancheGrant, type TrancheQuota, TRANCHES } from './domain/tranche';
export {
  type CompanyListFilter, type CompanyManager, type CompanyPatch, type CompanyRepository, EMPLOYEE_SORT_COLUMNS,
  type EmployeeCandidacyStatus, type EmployeeCandidacyStatusSource, type EmployeeDeclarationSource,
  type EmployeeOrder, type EmployeeRepository, type EmploymentFactsRow, type ManagerRepository, type NewCompany,
  type NotificationOutbox, type PolicyDescription, type PolicyRepository, type SpaceRequest,
  type SpaceRequestRepository, type ValidationEvent,
} from './ports';
export { COMPANY_SPACE } from './tokens';
