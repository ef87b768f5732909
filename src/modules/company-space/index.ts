// Public API of the company-space module: the only file other modules and adapters import.
export * from './domain/company';
export { siretCheck, sirenCheck, sirenOf, normalizeCompanyNumber } from './domain/siret';
export { spaceTransition, canSpace, type SpaceAction, type SpaceEvent } from './domain/space-lifecycle';
export { VALIDATION_STATUSES, type ValidationStatus, type ValidationDecision, type ValidatedBy, type EmployeeValidation } from './domain/employee-validation';
export { TRANCHES, type Tranche, type TrancheGrant, type TrancheQuota } from './domain/tranche';
export type * from './ports';
export type { CompanyView, CompanyDetail, CreateCompanyInput, UpdateCompanyInput } from './application/companies';
export type { SpaceCommand, SpaceRequestInput } from './application/space';
export { INVITATION_KIND, INVITATION_PATH, invitationLink } from './application/space';
export type { PolicyInput, PolicyView } from './application/policy';
export type { ValidationRequestInput, RecordOutcome, EmployeeView, QuotaView } from './application/employee-validations';
export type { GrantView } from './application/tranches';
export type { EmployeeCandidacyView } from './application/candidacies';
export type { EmploymentFacts, SpaceFigures } from './application/facts';
export { ANONYMISED_EMPLOYEE_NAME, type ValidationStatusView } from './application/privacy';
export { CompanySpaceService } from './application/company-space.service';
export { COMPANY_SPACE } from './tokens';
export { companySpaceModule } from './company-space.module';
