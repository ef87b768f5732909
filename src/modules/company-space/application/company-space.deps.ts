import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type {
  CompanyRepository,
  CompanySpaceSettings,
  DeclaredEmployerSource,
  EmployeeCandidacyStatusSource,
  EmployeeDeclarationSource,
  EmployeeRepository,
  ManagerInvitations,
  ManagerRepository,
  NotificationOutbox,
  PolicyRepository,
  SpaceRequestRepository,
  SpaceRequestThrottle,
} from '../ports';

export interface CompanySpaceDeps {
  companies: CompanyRepository;
  requests: SpaceRequestRepository;
  managers: ManagerRepository;
  outbox: NotificationOutbox;
  policies: PolicyRepository;
  employees: EmployeeRepository;
  invitations: ManagerInvitations;
  candidacies: EmployeeCandidacyStatusSource;
  /** the job the applicant declared, shown to the manager before deciding (absent: not shown) */
  declarations?: EmployeeDeclarationSource;
  /** the employer a demand declares, read when the demand changes (followEmployerDeclaration) */
  declaredEmployers: DeclaredEmployerSource;
  audit: AuditTrail;
  clock: Clock;
  uow: UnitOfWork;
  settings: CompanySpaceSettings;
  /** public space requests per client address */
  spaceRequestThrottle: SpaceRequestThrottle;
}
