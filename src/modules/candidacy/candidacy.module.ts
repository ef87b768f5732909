import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { CANDIDACY } from './tokens';
import { CandidacyService } from './application/candidacy.service';
import { RankingCache } from './application/ranking-cache';

/** Binds the candidacy façade; its ports are bound by the bootstrap (src/bootstrap/wiring/candidacy.wiring.ts). */
export const candidacyModule = new ContainerModule(({ bind }) => {
  bind(CANDIDACY.Service)
    .toResolvedValue(
      (candidacies, notifications, applicants, demands, offers, companies, scoring, settings, audit, clock, uow) =>
        new CandidacyService({
          candidacies, notifications, applicants, demands, offers, companies, scoring, settings, audit, clock, uow,
          cache: new RankingCache(settings.rankingCacheSeconds * 1000),
        }),
      [
        CANDIDACY.Repository, CANDIDACY.NotificationOutbox, CANDIDACY.ApplicantFacts, CANDIDACY.DemandLifecycle, CANDIDACY.OfferGateway,
        CANDIDACY.CompanyFacts, CANDIDACY.ScoringInputs, CANDIDACY.Settings, SHARED.AuditTrail, SHARED.Clock, SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
});
