import type { Page, PageRequest } from '../../shared/pagination';
import type { Company, Contribution, SpaceStatus } from './domain/company';
import type { SpaceEvent } from './domain/space-lifecycle';
import type { EmployeeValidation, ValidatedBy, ValidationStatus } from './domain/employee-validation';
import type { Tranche, TrancheGrant, TrancheQuota } from './domain/tranche';

export interface NewCompany {
  id: string;
  name: string;
  siren: string;
  sirets: string[];
  headcount: number | null;
  contribution: Contribution;
  delegatesToAls: boolean;
  spaceStatus: SpaceStatus | null;
}

export interface CompanyPatch {
  name?: string;
  headcount?: number | null;
  contribution?: Contribution;
  delegatesToAls?: boolean;
}

export interface CompanyListFilter {
  /** part of the name, or a SIREN / SIRET prefix */
  q?: string | undefined;
  spaceStatus?: SpaceStatus | 'none' | undefined;
  /** by name, ascending by default; ties by id */
  nameOrder?: 'asc' | 'desc' | undefined;
}

export interface CompanyRepository {
  /** throws conflict COMPANY.SIREN_TAKEN or COMPANY.SIRET_TAKEN */
  create(company: NewCompany, at: Date): Promise<Company>;
  /** forUpdate locks the company row until the end of the transaction */
  findById(id: string, options?: { forUpdate?: boolean }): Promise<Company | null>;
  findBySiren(siren: string): Promise<Company | null>;
  /** the company holding this establishment SIRET */
  findBySiret(siret: string): Promise<Company | null>;
  update(id: string, patch: CompanyPatch, at: Date): Promise<void>;
  /** SIRETs already held by this company are ignored; one held by another company → conflict COMPANY.SIRET_TAKEN */
  addSirets(companyId: string, sirets: string[], at: Date): Promise<void>;
  removeSirets(companyId: string, sirets: string[]): Promise<void>;
  list(filter: CompanyListFilter, page: PageRequest): Promise<Page<Company>>;
  /** sets the space status and appends the event to the space's dated history */
  recordSpaceEvent(companyId: string, event: SpaceEvent): Promise<void>;
  spaceHistory(companyId: string): Promise<SpaceEvent[]>;
  countBySpaceStatus(): Promise<{ companies: number; withoutSpace: number; byStatus: Record<SpaceStatus, number> }>;
}

export interface SpaceRequest {
  id: string;
  companyId: string;
  siret: string;
  /** the name as the requester typed it */
  companyName: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  requestedAt: Date;
  handledAt: Date | null;
}

export interface SpaceRequestRepository {
  add(request: SpaceRequest): Promise<void>;
  /** newest first unless `oldestFirst` */
  list(
    filter: { open?: boolean | undefined; companyId?: string | undefined; oldestFirst?: boolean | undefined },
    page: PageRequest,
  ): Promise<Page<SpaceRequest & { spaceStatus: SpaceStatus | null }>>;
  /** marks the company's open requests handled (its space was configured) */
  markHandled(companyId: string, at: Date): Promise<void>;
  count(): Promise<{ total: number; open: number }>;
}

export interface CompanyManager {
  companyId: string;
  accountId: string;
  email: string;
  displayName: string;
  invitedAt: Date;
  invitedByAccountId: string | null;
}

export interface ManagerRepository {
  add(manager: CompanyManager): Promise<void>;
  listForCompany(companyId: string): Promise<CompanyManager[]>;
}

/** Notifications to send (mail sending is another component's job): written in the caller's transaction. */
export interface NotificationOutbox {
  add(message: { toEmail: string; kind: string; payload: Record<string, unknown> }): Promise<void>;
}

export interface PolicyDescription {
  tranche: Tranche;
  description: string;
  updatedAt: Date;
}

export interface PolicyRepository {
  descriptions(companyId: string): Promise<PolicyDescription[]>;
  setDescription(companyId: string, tranche: Tranche, description: string, at: Date, byAccountId: string | null): Promise<void>;
  /** the quota rows of a year that exist (a missing tranche has no quota: 0) */
  quotas(companyId: string, year: number): Promise<TrancheQuota[]>;
  /** sets a quota; false (and nothing changes) when it is below the units already used */
  setQuota(companyId: string, year: number, tranche: Tranche, quota: number): Promise<boolean>;
  /** atomically uses one unit (`used < quota` in the same statement); false when exhausted or no quota */
  consume(companyId: string, year: number, tranche: Tranche): Promise<boolean>;
  /** gives one unit back */
  release(companyId: string, year: number, tranche: Tranche): Promise<void>;
}

export type ValidationEventAction = 'requested' | 'validated' | 'auto_validated' | 'rejected' | 'withdrawn' | 'employer_changed' | 'matched';

export interface ValidationEvent {
  demandId: string;
  companyId: string | null;
  action: ValidationEventAction;
  at: Date;
  actorAccountId: string | null;
  reason: string | null;
}

/** What the scoring needs of one demand, read in one query for many demands. */
export interface EmploymentFactsRow {
  demandId: string;
  companyId: string;
  status: ValidationStatus;
  validatedBy: ValidatedBy | null;
  validatedAt: Date | null;
  withdrawnAt: Date | null;
  contribution: Contribution;
  headcount: number | null;
  delegatesToAls: boolean;
  grants: { tranche: Tranche; grantedAt: Date; revokedAt: Date | null }[];
}

/** How a company's validation requests and employees may be ordered (default: the latest request first). */
export const EMPLOYEE_SORT_COLUMNS = ['requested', 'name', 'status'] as const;
export interface EmployeeOrder {
  column: (typeof EMPLOYEE_SORT_COLUMNS)[number];
  dir: 'asc' | 'desc';
}

export interface EmployeeRepository {
  find(demandId: string, options?: { forUpdate?: boolean }): Promise<EmployeeValidation | null>;
  /** inserts when the demand has no record yet; false when it has one (idempotence) */
  insertIfAbsent(validation: EmployeeValidation): Promise<boolean>;
  save(validation: EmployeeValidation): Promise<void>;
  addEvent(event: ValidationEvent): Promise<void>;
  /** ties broken by demand id, so that pages never overlap */
  listForCompany(companyId: string, filter: { status?: ValidationStatus | undefined }, page: PageRequest, order?: EmployeeOrder): Promise<Page<EmployeeValidation>>;
  /** records without a company whose employer SIRET is one of these (locked for update) */
  unmatchedForSirets(sirets: string[]): Promise<EmployeeValidation[]>;
  /** the company's pending records (locked for update) */
  pendingForCompany(companyId: string): Promise<EmployeeValidation[]>;
  /** the company's validated employees (demand id and names) */
  validatedEmployees(companyId: string): Promise<{ demandId: string; firstName: string; lastName: string }[]>;
  /** throws conflict COMPANY.TRANCHE_ALREADY_GRANTED when an unrevoked grant of that tranche exists */
  addGrant(grant: TrancheGrant): Promise<void>;
  activeGrants(demandIds: string[]): Promise<TrancheGrant[]>;
  revokeGrant(id: string, at: Date, byAccountId: string | null, reason: string | null): Promise<void>;
  factsFor(demandIds: string[]): Promise<EmploymentFactsRow[]>;
}

/** Invites a company manager through the identity module (an account with a one-time password link). */
export interface ManagerInvitations {
  invite(input: { email: string; displayName: string; companyId: string }): Promise<{ accountId: string; invitationToken: string; expiresAt: Date }>;
}

/** A candidacy of one of the company's employees, as the company may see it: its status only. */
export interface EmployeeCandidacyStatus {
  demandId: string;
  offerCommune: string;
  offerTypology: string;
  status: string;
  updatedAt: Date;
  /** to tell the lines apart: the offer, its address and closing date, the rank when it closed (null: not ranked then) */
  offerId?: string;
  offerAddress?: string | null;
  closingDate?: string | null;
  rankAtClose?: number | null;
}

/** Where the company reads its employees' candidacies (implemented by the candidacy module). */
export interface EmployeeCandidacyStatusSource {
  /** `statuses`: only candidacies in these states (all when absent) */
  listForDemands(demandIds: string[], page: PageRequest, statuses?: readonly string[]): Promise<Page<EmployeeCandidacyStatus>>;
}

/**
 * What the applicant declared of the job the company is asked to confirm: read when a manager
 * opens an employee's page, before deciding (never the demand's income, household or documents).
 */
export interface EmployeeDeclaration {
  profession: string | null;
  /** the contract as the applicant chose it, in French (« CDI », « Intérim »…) */
  contract: string | null;
  startDate: string | null;
  workplaceCommune: { code: string; name: string | null } | null;
  /** the establishment (SIRET) the applicant named */
  employerSiret: string | null;
}

/** Where the company space reads its employees' declarations of their job (implemented by the bootstrap from the demand module). */
export interface EmployeeDeclarationSource {
  /** the declarations of these demands, by demand id, in one read (unknown demands are absent) */
  declarationsOf(demandIds: readonly string[]): Promise<Map<string, EmployeeDeclaration>>;
}

/**
 * The employer a demand declares, as the company space learns of it when the demand changes: the
 * SIRET, the applicant's name, and whether the demand is at a stage where its employer is asked to
 * confirm the job (filed and open: the demand module's rule).
 */
export interface DeclaredEmployer {
  demandId: string;
  ownerAccountId: string;
  /** the demand is filed and open: its declared employer is asked to validate the employment */
  toValidate: boolean;
  employerSiret: string | undefined;
  firstName: string;
  lastName: string;
}

/** Where the company space reads a demand's declared employer (implemented by the bootstrap from the demand module). */
export interface DeclaredEmployerSource {
  /** null: no such demand */
  declaredEmployer(demandId: string): Promise<DeclaredEmployer | null>;
}

/** Slows down the public space requests per client address (the public page and the API share it). */
export interface SpaceRequestThrottle {
  /** counts one request from the address; past the limit throws DomainError rate_limited (details.retryAfterSeconds) */
  consume(address: string): Promise<void>;
}

export interface CompanySpaceSettings {
  /** base URL of the platform, for the links in notifications */
  publicUrl: string;
}
