import { IDENTITY } from '../../modules/identity/index';
import { COMPANY_SPACE, companySpaceError, companySpaceModule, employeeDeclarationsGateway, managerInvitationsGateway } from '../../modules/company-space/index';
import { DEMAND } from '../../modules/demand/index';
import { OFFER } from '../../modules/offer/index';
import {
  DrizzleCompanyOutbox,
  DrizzleCompanyRepository,
  DrizzleEmployeeRepository,
  DrizzleManagerRepository,
  DrizzlePolicyRepository,
  DrizzleSpaceRequestRepository,
} from '../../adapters/db/repositories/drizzle-company-space.repository';
import { EmployeeCandidaciesReadModel } from '../../adapters/db/read-models/employee-candidacies.read-model';
import type { ModuleWiring } from './wiring';
import { MemoryAddressThrottle } from '../../adapters/rate-limit/memory-address.throttle';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { companySpaceOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';

/** The company-space module: repositories on the database, manager invitations through the identity module. */
export const companySpaceWiring: ModuleWiring = (container, { config, database }) => {
  container.bind(COMPANY_SPACE.CompanyRepository).toConstantValue(new DrizzleCompanyRepository(database));
  container.bind(COMPANY_SPACE.SpaceRequestRepository).toConstantValue(new DrizzleSpaceRequestRepository(database));
  container.bind(COMPANY_SPACE.ManagerRepository).toConstantValue(new DrizzleManagerRepository(database));
  container.bind(COMPANY_SPACE.NotificationOutbox).toConstantValue(new DrizzleCompanyOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(companySpaceOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(COMPANY_SPACE.PolicyRepository).toConstantValue(new DrizzlePolicyRepository(database));
  container.bind(COMPANY_SPACE.EmployeeRepository).toConstantValue(new DrizzleEmployeeRepository(database));
  // its employees' candidacies (status, offer address, closing date and rank at the closing; never the
  // demands' contents): a read model over the candidacy and offer tables
  container.bind(COMPANY_SPACE.CandidacyStatusSource).toConstantValue(new EmployeeCandidaciesReadModel(database));
  container.bind(COMPANY_SPACE.Settings).toConstantValue({ publicUrl: config.publicUrl });
  container.bind(COMPANY_SPACE.SpaceRequestThrottle).toConstantValue(
    new MemoryAddressThrottle({
      keyPrefix: 'space-request',
      points: config.spaceRequests.perAddress,
      windowSeconds: config.spaceRequests.windowSeconds,
      refusal: companySpaceError.tooManySpaceRequests,
    }),
  );
  container.bind(COMPANY_SPACE.ManagerInvitations).toResolvedValue(managerInvitationsGateway, [IDENTITY.Service]);
  // what employees declared of their job (demand module), with the workplace commune's name (offer module's directory)
  container.bind(COMPANY_SPACE.DeclarationSource).toResolvedValue(employeeDeclarationsGateway, [DEMAND.Service, OFFER.CommuneDirectory]);
  container.loadSync(companySpaceModule);
};
