// Public API of the company-space module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { SpaceCommand } from './application/act-on-space';
export type { PolicyInput } from './application/apply-policy';
export type { EmploymentFacts } from './application/company-facts-for-demands';
export { CompanySpaceService } from './application/company-space.service';
export type { CompanyDetail, CompanyView } from './application/company-view';
export type { CreateCompanyInput } from './application/create-company';
export { employeeActions, type EmployeeView, type QuotaView } from './application/employee-view';
export { declaredEmployerGateway } from './application/gateways/declared-employer.gateway';
export { employeeDeclarationsGateway } from './application/gateways/employee-declarations.gateway';
export { managerInvitationsGateway } from './application/gateways/manager-invitations.gateway';
export type { PolicyView } from './application/get-policy';
export type { GrantView } from './application/grant-tranche';
export { invitationLink } from './application/invitation-link';
export type { EmployeeCandidacyView } from './application/list-employee-candidacies';
export type { RecordOutcome, ValidationRequestInput } from './application/record-validation-request';
export type { SpaceRequestInput } from './application/request-space';
export type { SpaceFigures } from './application/space-figures';
export type { UpdateCompanyInput } from './application/update-company';
export type { ValidationStatusView } from './application/validation-statuses-of';
export { COMPANY_SPACE_ERRORS, companySpaceError } from './company-space.errors';
export { companySpaceModule } from './company-space.module';
export { type Company, type Contribution, CONTRIBUTIONS, type SpaceStatus } from './domain/company';
export type { EmployeeValidation, ValidatedBy, ValidationDecision, ValidationStatus } from './domain/employee-validation';
export { canSpace, type SpaceAction, type SpaceEvent } from './domain/space-lifecycle';
export { type Tranche, type TrancheGrant, type TrancheQuota, TRANCHES } from './domain/tranche';
export {
  type CompanyListFilter,
  type CompanyManager,
  type CompanyPatch,
  type CompanyRepository,
  EMPLOYEE_SORT_COLUMNS,
  type EmployeeCandidacyStatus,
  type EmployeeCandidacyStatusSource,
  type EmployeeOrder,
  type EmployeeRepository,
  type EmploymentFactsRow,
  type ManagerRepository,
  type NewCompany,
  type NotificationOutbox,
  type PolicyDescription,
  type PolicyRepository,
  type SpaceRequest,
  type SpaceRequestRepository,
  type ValidationEvent,
} from './ports';
export { COMPANY_SPACE } from './tokens';
