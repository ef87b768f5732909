import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import type { Tranche } from '../domain/tranche';
import type { ValidationDecision, ValidationStatus } from '../domain/employee-validation';
import type { CompanyListFilter, EmployeeOrder } from '../ports';
import type { CompanySpaceDeps } from './company-space.deps';
import { createCompany, getCompany, listCompanies, updateCompany, type CreateCompanyInput, type UpdateCompanyInput } from './companies';
import { actOnSpace, addExistingManager, listSpaceRequests, requestSpace, type SpaceCommand, type SpaceRequestInput } from './space';
import { getPolicy, setPolicy, type PolicyInput } from './policy';
import { decideEmployeeValidation, getEmployee, listEmployees, recordValidationRequest, type ValidationRequestInput } from './employee-validations';
import { grantTranche, revokeTranche } from './tranches';
import { listEmployeeCandidacies } from './candidacies';
import { companyFactsForDemand, companyFactsForDemands, spaceFigures } from './facts';
import { forgetApplicant, validationStatusesOf } from './privacy';

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
  addExistingManager = (p: Principal, companyId: string, manager: { accountId: string; email: string; displayName: string }) => addExistingManager(this.deps, p, companyId, manager);

  // policy
  getPolicy = (p: Principal, companyId: string, query?: { year?: number | undefined }) => getPolicy(this.deps, p, companyId, query);
  setPolicy = (p: Principal, companyId: string, input: PolicyInput) => setPolicy(this.deps, p, companyId, input);

  // employees
  /** Subscribed to the demand module's events: a demand declares (or changes) its employer SIRET. Idempotent per demand. */
  recordValidationRequest = (input: ValidationRequestInput) => recordValidationRequest(this.deps, input);
  listEmployees = (p: Principal, companyId: string, query: { status?: ValidationStatus | undefined; order?: EmployeeOrder | undefined; withDeclarations?: boolean | undefined } & Paging) =>
    listEmployees(this.deps, p, companyId, query);
  getEmployee = (p: Principal, companyId: string, demandId: string) => getEmployee(this.deps, p, companyId, demandId);
  decideValidation = (p: Principal, companyId: string, demandId: string, input: { decision: ValidationDecision; reason?: string | undefined }) =>
    decideEmployeeValidation(this.deps, p, companyId, demandId, input);
  grantTranche = (p: Principal, companyId: string, demandId: string, input: { tranche: Tranche; reason: string }) => grantTranche(this.deps, p, companyId, demandId, input);
  revokeTranche = (p: Principal, companyId: string, demandId: string, tranche: Tranche, reason?: string) => revokeTranche(this.deps, p, companyId, demandId, tranche, reason);
  listEmployeeCandidacies = (p: Principal, companyId: string, query: Paging & { statuses?: readonly string[] | undefined }) => listEmployeeCandidacies(this.deps, p, companyId, query);

  // for scoring and platform figures
  companyFactsForDemand = (demandId: string, onDate: IsoDate) => companyFactsForDemand(this.deps, demandId, onDate);
  companyFactsForDemands = (demandIds: readonly string[], onDate: IsoDate) => companyFactsForDemands(this.deps, demandIds, onDate);
  spaceFigures = () => spaceFigures(this.deps);

  // GDPR
  /** The validation status of the applicant's own demands (export; the caller checks ownership). */
  validationStatusesOf = (demandIds: readonly string[]) => validationStatusesOf(this.deps, demandIds);
  /** Subscribed to `demand.anonymised`: forgets the employee's name (in the demand's transaction). */
  forgetApplicant = (demandId: string) => forgetApplicant(this.deps, demandId);
}
