import type { ServiceIdentifier } from 'inversify';
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
} from './ports';
import type { CompanySpaceService } from './application/company-space.service';

const token = <T>(name: string) => Symbol.for(`company-space.${name}`) as ServiceIdentifier<T>;

export const COMPANY_SPACE = {
  CompanyRepository: token<CompanyRepository>('CompanyRepository'),
  SpaceRequestRepository: token<SpaceRequestRepository>('SpaceRequestRepository'),
  ManagerRepository: token<ManagerRepository>('ManagerRepository'),
  NotificationOutbox: token<NotificationOutbox>('NotificationOutbox'),
  PolicyRepository: token<PolicyRepository>('PolicyRepository'),
  EmployeeRepository: token<EmployeeRepository>('EmployeeRepository'),
  ManagerInvitations: token<ManagerInvitations>('ManagerInvitations'),
  CandidacyStatusSource: token<EmployeeCandidacyStatusSource>('CandidacyStatusSource'),
  DeclarationSource: token<EmployeeDeclarationSource>('DeclarationSource'),
  DeclaredEmployerSource: token<DeclaredEmployerSource>('DeclaredEmployerSource'),
  Settings: token<CompanySpaceSettings>('Settings'),
  SpaceRequestThrottle: token<SpaceRequestThrottle>('SpaceRequestThrottle'),
  Service: token<CompanySpaceService>('Service'),
};
