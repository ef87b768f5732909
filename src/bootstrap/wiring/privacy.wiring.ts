import { ALERT } from '../../modules/alert/index';
import { CANDIDACY } from '../../modules/candidacy/index';
import { COMPANY_SPACE } from '../../modules/company-space/index';
import { DEMAND } from '../../modules/demand/index';
import { IDENTITY } from '../../modules/identity/index';
import { PRIVACY, privacyModule } from '../../modules/privacy/index';
import type { ModuleWiring } from './wiring';

/** The privacy module (GDPR export and erasure): its ports are the other modules' façades. */
export const privacyWiring: ModuleWiring = (container) => {
  container.bind(PRIVACY.Accounts).toResolvedValue((s) => s, [IDENTITY.Service]);
  container.bind(PRIVACY.Demands).toResolvedValue((s) => s, [DEMAND.Retention]);
  container.bind(PRIVACY.Candidacies).toResolvedValue((s) => s, [CANDIDACY.Service]);
  container.bind(PRIVACY.Companies).toResolvedValue((s) => s, [COMPANY_SPACE.Service]);
  container.bind(PRIVACY.Alerts).toResolvedValue((s) => s, [ALERT.Service]); // the saved searches
  container.loadSync(privacyModule);
};
