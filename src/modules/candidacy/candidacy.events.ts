import { typedEvents, type EventBus } from '../../shared/events';
import type { JobQueue } from '../../shared/jobs';
import { DEMAND_EVENTS, type DemandEventPayloads } from '../demand/index';
import { OFFER_EVENTS, type OfferEventPayloads } from '../offer/index';
import { SCORING_EVENTS, type ScoringEventPayloads } from '../scoring/index';
import type { CandidacyService } from './application/candidacy.service';
import { enqueueDemandStruckOff, enqueueOfferWithdrawn } from './candidacy.jobs';

/**
 * What the candidacy module does on the other modules' events (the candidacy module publishes none).
 * The service is resolved when an event comes.
 */
export function subscribeCandidacyToEvents(bus: EventBus, service: () => CandidacyService, jobs: JobQueue): void {
  const demands = typedEvents<DemandEventPayloads>(bus);
  const offers = typedEvents<OfferEventPayloads>(bus);
  const scoring = typedEvents<ScoringEventPayloads>(bus);

  // Facts that change a score, changed in this process: drop the cached rankings concerned once the
  // change has committed (so that no request re-caches the old state meanwhile; changes made
  // elsewhere, e.g. an employment validated, show within RANKING_CACHE_SECONDS).
  demands.subscribe(DEMAND_EVENTS.statusChanged, (event) => service().forgetRankingsOfDemand(event.payload.demandId));
  demands.subscribe(DEMAND_EVENTS.factsChanged, (event) => service().forgetRankingsOfDemand(event.payload.demandId));
  scoring.subscribe(SCORING_EVENTS.inputsChanged, () => service().forgetRankings());
  // a ranking keeps the offer as it read it (agents' views and applicants' live views reuse it)
  offers.subscribe(OFFER_EVENTS.changed, (event) => service().forgetRankingsOfOffer(event.payload.offerId));
  // an offer that closed (scheduled closing or "close now"): its ranking is frozen once the closing
  // has committed, from the facts as of then (a reader finding it closed and not frozen does it too)
  offers.subscribe(OFFER_EVENTS.changed, async (event) => {
    if (event.payload.to === 'closed') await service().freezeRankingAtClosing(event.payload.offerId);
  });
  // GDPR: an anonymised demand's facts are erased from the frozen rankings in the same transaction
  // (from the payload alone), so that both commit or neither
  demands.subscribe(
    DEMAND_EVENTS.anonymised,
    async (event) => {
      await service().forgetRankingFactsOfDemand(event.payload.demandId);
    },
    { phase: 'in_transaction' },
  );

  // A withdrawn offer's open candidacies end: a durable job enqueued in the withdrawal's transaction
  // (from the payload alone, so the job exists if and only if the withdrawal committed), run apart so
  // that the candidacy module takes its locks in its own order (offer state, then offer row).
  offers.subscribe(
    OFFER_EVENTS.withdrawn,
    async (event) => {
      const { offerId, reason } = event.payload;
      await enqueueOfferWithdrawn(jobs, { offerId, ...(reason ? { reason } : {}) });
    },
    { phase: 'in_transaction' },
  );
  // A demand the registry struck off (closed by the demand module's struck-off feed): its open
  // candidacies end, by a durable job enqueued in the closing transaction (issue 20)
  demands.subscribe(
    DEMAND_EVENTS.statusChanged,
    async (event) => {
      if (event.payload.action !== 'struck_off') return;
      await enqueueDemandStruckOff(jobs, { demandId: event.payload.demandId });
    },
    { phase: 'in_transaction' },
  );
}
