import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { CANDIDACY } from './tokens';
import { CandidacyService } from './application/candidacy.service';
import { RankingCache } from './application/ranking-cache';
import type { OfferRanking } from './application/ranking';

const RANKING_CACHE_MAX_CANDIDATES = 20_000;

/** Binds the candidacy façade; its ports are bound by the bootstrap (src/bootstrap/wiring/candidacy.wiring.ts). */
export const candidacyModule = new ContainerModule(({ bind }) => {
  bind(CANDIDACY.Service)
    .toResolvedValue(
      (candidacies, notifications, applicants, demands, offers, companies, scoring, settings, audit, clock, uow) =>
        new CandidacyService({
          candidacies,
          notifications,
          applicants,
          demands,
          offers,
          companies,
          scoring,
          settings,
          audit,
          clock,
          uow,
          // at most 500 offers and 20,000 candidates with their facts held (a few tens of MB)
          cache: new RankingCache<unknown>(settings.rankingCacheSeconds * 1000, 500, (r) => (r as OfferRanking).records.size, RANKING_CACHE_MAX_CANDIDATES),
        }),
      [
        CANDIDACY.Repository,
        CANDIDACY.NotificationOutbox,
        CANDIDACY.ApplicantFacts,
        CANDIDACY.DemandLifecycle,
        CANDIDACY.OfferGateway,
        CANDIDACY.CompanyFacts,
        CANDIDACY.ScoringInputs,
        CANDIDACY.Settings,
        SHARED.AuditTrail,
        SHARED.Clock,
        SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
});
