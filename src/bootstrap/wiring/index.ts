import type { ModuleWiring } from './wiring';
import { identityWiring } from './identity.wiring';
import { demandWiring } from './demand.wiring';
import { companySpaceWiring } from './company-space.wiring';
import { demandToCompanyWiring } from './demand-to-company.wiring';
import { landlordWiring } from './landlord.wiring';
import { offerWiring } from './offer.wiring';
import { scoringWiring } from './scoring.wiring';
import { candidacyWiring } from './candidacy.wiring';
import { privacyWiring } from './privacy.wiring';
import { platformStatsWiring } from './platform-stats.wiring';
import { mailWiring } from './mail.wiring';
import { alertWiring } from './alert.wiring';

/** The business modules' wirings, in dependency order (a module after those it calls). */
export const MODULE_WIRINGS: ModuleWiring[] = [
  identityWiring,
  demandWiring,
  companySpaceWiring,
  demandToCompanyWiring,
  landlordWiring,
  offerWiring,
  scoringWiring,
  candidacyWiring,
  platformStatsWiring,
  privacyWiring,
  alertWiring,
  mailWiring,
];
