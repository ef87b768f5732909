import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import type { Tranche } from '../domain/tranche';
import type { ValidationDecision, ValidationStatus } from '../domain/employee-validation';
import type { CompanyListFilter, EmployeeOrder } from '../ports';
import { actOnSpace, type SpaceCommand } from './act-on-space';
import { addExistingManager } from './add-existing-manager';
import { companyFactsForDemands } from './company-facts-for-demands';
import type { CompanySpaceDeps } from './company-space.deps';
import { createCompany, type CreateCompanyInput } from './create-company';
import { decideEmployeeValidation } from './decide-employee-validation';
import { followEmployerDeclaration } from './follow-employer-declaration';
import { forgetApplicant } from './forget-applicant';
import { getCompany } from './get-company';
import { getEmployee } from './get-employee';
import { getPolicy } from './get-policy';
import { grantTranche } from './grant-tranche';
import { listCompanies } from './list-companies';
import { listEmployeeCandidacies } from './list-employee-candidacies';
import { listEmployees } from './list-employees';
import { listSpaceRequests } from './list-space-requests';
import type { PolicyInput } from './apply-policy';
import { recordValidationRequest, type ValidationRequestInput } from './record-validation-request';
import { requestSpace, type SpaceRequestInput } from './request-space';
import { revokeTranche } from './revoke-tranche';
import { setPolicy } from './set-policy';
import { spaceFigures } from './space-figures';
import { updateCompany, type UpdateCompanyInput } from './update-company';
import { validationStatusesOf } from './validation-statuses-of';

type Paging = { page?: number | undefined; pageSize?: number | undefined };

/** The company-space module's façade: what the HTTP and admin adapters and other modules call. */
export class CompanySpaceService {
  constructor(private readonly deps: CompanySpaceDeps) {}

  // referential
  createCompany = (p: Principal, input: CreateCompanyInput) => createCompany(this.deps, p, input);
  updateCompany = (p: Principal, companyId: string, input: UpdateCompanyInput) => updateCompany(this.deps, p, companyId, input);
  getCompany = (p: Principal, companyId: string) => getCompany(this.deps, p, companyId);
  listCompanies = (p: Principal, query: CompanyListFilter & Paging) => listCompanies(this.deps, p, query);

  // space
  /** Public; `ctx.address` (the client's address) counts against the space-request throttle. */
  requestSpace = (input: SpaceRequestInput, ctx: { address: string }) => requestSpace(this.deps, input, ctx);
  listSpaceRequests = (p: Principal, query: { open?: boolean | undefined; oldestFirst?: boolean | undefined } & Paging) => listSpaceRequests(this.deps, p, query);
  actOnSpace = (p: Principal, companyId: string, command: SpaceCommand) => actOnSpace(this.deps, p, companyId, command);
  /** Staff: an existing company-manager account becomes a manager of the company without an invitation (demo data). */
  addExistingManager = (p: Principal, companyId: string, manager: { accountId: string; email: string; displayName: string }) =>
    addExistingManager(this.deps, p, companyId, manager);

  // policy
  getPolicy = (p: Principal, companyId: string, query?: { year?: number | undefined }) => getPolicy(this.deps, p, companyId, query);
  setPolicy = (p: Principal, companyId: string, input: PolicyInput) => setPolicy(this.deps, p, companyId, input);

  // employees
  /** Subscribed to the demand module's events (a demand's status or facts changed): its declared employer is asked to validate it when the demand is filed and open. */
  followEmployerDeclaration = (demandId: string, at: Date) => followEmployerDeclaration(this.deps, demandId, at);
  /** A demand declares (or changes) its employer SIRET: the validation request, idempotent per demand. */
  recordValidationRequest = (input: ValidationRequestInput) => recordValidationRequest(this.deps, input);
  listEmployees = (
    p: Principal,
    companyId: string,
    query: { status?: ValidationStatus | undefined; order?: EmployeeOrder | undefined; withDeclarations?: boolean | undefined } & Paging,
  ) => listEmployees(this.deps, p, companyId, query);
  getEmployee = (p: Principal, companyId: string, demandId: string) => getEmployee(this.deps, p, companyId, demandId);
  decideValidation = (p: Principal, companyId: string, demandId: string, input: { decision: ValidationDecision; reason?: string | undefined }) =>
    decideEmployeeValidation(this.deps, p, companyId, demandId, input);
  grantTranche = (p: Principal, companyId: string, demandId: string, input: { tranche: Tranche; reason: string }) => grantTranche(this.deps, p, companyId, demandId, input);
  revokeTranche = (p: Principal, companyId: string, demandId: string, tranche: Tranche, reason?: string) => revokeTranche(this.deps, p, companyId, demandId, tranche, reason);
  listEmployeeCandidacies = (p: Principal, companyId: string, query: Paging & { statuses?: readonly string[] | undefined }) =>
    listEmployeeCandidacies(this.deps, p, companyId, query);

  // for scoring and platform figures
  companyFactsForDemand = async (demandId: string, onDate: IsoDate) => (await companyFactsForDemands(this.deps, [demandId], onDate)).get(demandId);
  companyFactsForDemands = (demandIds: readonly string[], onDate: IsoDate) => companyFactsForDemands(this.deps, demandIds, onDate);
  spaceFigures = () => spaceFigures(this.deps);

  // GDPR
  /** The validation status of the applicant's own demands (export; the caller checks ownership). */
  validationStatusesOf = (demandIds: readonly string[]) => validationStatusesOf(this.deps, demandIds);
  /** Subscribed to `demand.anonymised`: forgets the employee's name (in the demand's transaction). */
  forgetApplicant = (demandId: string) => forgetApplicant(this.deps, demandId);
}
