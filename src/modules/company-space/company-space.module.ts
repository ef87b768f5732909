import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { COMPANY_SPACE } from './tokens';
import { CompanySpaceService } from './application/company-space.service';

/** Binds the company-space façade; its ports are bound by the bootstrap (src/bootstrap/wiring/company-space.wiring.ts; the demand's declared employer: demand-to-company.wiring.ts). */
export const companySpaceModule = new ContainerModule(({ bind }) => {
  bind(COMPANY_SPACE.Service)
    .toResolvedValue(
      (companies, requests, managers, outbox, policies, employees, invitations, candidacies, settings, spaceRequestThrottle, audit, clock, uow, declarations, declaredEmployers) =>
        new CompanySpaceService({
          companies,
          requests,
          managers,
          outbox,
          policies,
          employees,
          invitations,
          candidacies,
          settings,
          spaceRequestThrottle,
          audit,
          clock,
          uow,
          declarations,
          declaredEmployers,
        }),
      [
        COMPANY_SPACE.CompanyRepository,
        COMPANY_SPACE.SpaceRequestRepository,
        COMPANY_SPACE.ManagerRepository,
        COMPANY_SPACE.NotificationOutbox,
        COMPANY_SPACE.PolicyRepository,
        COMPANY_SPACE.EmployeeRepository,
        COMPANY_SPACE.ManagerInvitations,
        COMPANY_SPACE.CandidacyStatusSource,
        COMPANY_SPACE.Settings,
        COMPANY_SPACE.SpaceRequestThrottle,
        SHARED.AuditTrail,
        SHARED.Clock,
        SHARED.UnitOfWork,
        COMPANY_SPACE.DeclarationSource,
        COMPANY_SPACE.DeclaredEmployerSource,
      ],
    )
    .inSingletonScope();
});
