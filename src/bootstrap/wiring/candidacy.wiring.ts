import { SHARED } from '../../shared/tokens';
import {
  applicantFactsGateway,
  CANDIDACY,
  candidacyModule,
  companyFactsGateway,
  demandLifecycleGateway,
  offerGateway,
  registerCandidacyJobs,
  scoringInputsGateway,
  subscribeCandidacyToEvents,
} from '../../modules/candidacy/index';
import { COMPANY_SPACE } from '../../modules/company-space/index';
import { DEMAND } from '../../modules/demand/index';
import { OFFER } from '../../modules/offer/index';
import { IDENTITY } from '../../modules/identity/index';
import { SCORING } from '../../modules/scoring/index';
import { DrizzleCandidacyOutbox, DrizzleCandidacyRepository } from '../../adapters/db/repositories/drizzle-candidacy.repository';
import type { ModuleWiring } from './wiring';
import { BOOT } from '../tokens';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { candidacyOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';

/**
 * The candidacy module: its tables on the database, and its ports on the other modules implemented
 * by its own gateways over their façades (resolved when the candidacy service is first asked for);
 * its reactions to the other modules' events, and its jobs.
 */
export const candidacyWiring: ModuleWiring = (container, { config, database, clock }) => {
  container.bind(CANDIDACY.Repository).toConstantValue(new DrizzleCandidacyRepository(database));
  container.bind(CANDIDACY.NotificationOutbox).toConstantValue(new DrizzleCandidacyOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(candidacyOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(CANDIDACY.Settings).toConstantValue({
    maxOpenCandidacies: config.candidacy.maxOpenCandidacies,
    rankingCacheSeconds: config.candidacy.rankingCacheSeconds,
  });
  container.bind(CANDIDACY.ApplicantFacts).toResolvedValue((demands, identity) => applicantFactsGateway(demands, identity, clock), [DEMAND.Service, IDENTITY.Service]);
  container.bind(CANDIDACY.DemandLifecycle).toResolvedValue(demandLifecycleGateway, [DEMAND.Service]);
  container.bind(CANDIDACY.OfferGateway).toResolvedValue((offers, demands) => offerGateway(offers, demands, clock), [OFFER.Service, DEMAND.Service]);
  container.bind(CANDIDACY.CompanyFacts).toResolvedValue(companyFactsGateway, [COMPANY_SPACE.Service]);
  container.bind(CANDIDACY.ScoringInputs).toResolvedValue(scoringInputsGateway, [SCORING.Service]);
  container.loadSync(candidacyModule);

  const service = () => container.get(CANDIDACY.Service);
  subscribeCandidacyToEvents(container.get(SHARED.EventBus), service, container.get(SHARED.JobQueue));
  registerCandidacyJobs(container.get(BOOT.JobWorker), service);
};
