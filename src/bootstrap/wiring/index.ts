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

/**
 * The modules' wirings. Each binds its module's ports once, those on other modules to their façades
 * resolved when first used, so that the order does not matter (wiring-order.test.ts); it is kept
 * as the modules depend on each other, for the reader.
 */
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
