import type { JobHandler, JobQueue } from '../../shared/jobs';
import type { CandidacyService } from './application/candidacy.service';

/** The candidacy module's durable jobs: each is enqueued in the transaction of the change it follows, and run apart. */
export const CANDIDACY_JOBS = {
  /** end the open candidacies of a withdrawn offer (enqueued in the withdrawal's transaction) */
  offerWithdrawn: 'candidacy.offer-withdrawn',
  /** end the open candidacies of a demand the registry struck off (enqueued in the demand's closing transaction) */
  demandStruckOff: 'candidacy.demand-struck-off',
} as const;

/** Each job's payload, by job kind. */
export interface CandidacyJobPayloads {
  'candidacy.offer-withdrawn': { offerId: string; reason?: string };
  'candidacy.demand-struck-off': { demandId: string };
}

/** The open candidacies of the withdrawn offer end, once (one pending job per offer). */
export const enqueueOfferWithdrawn = (jobs: JobQueue, payload: CandidacyJobPayloads['candidacy.offer-withdrawn']): Promise<void> =>
  jobs.enqueue(CANDIDACY_JOBS.offerWithdrawn, { ...payload }, { dedupeKey: `${CANDIDACY_JOBS.offerWithdrawn}:${payload.offerId}` });

/** The open candidacies of the struck-off demand end, once (one pending job per demand). */
export const enqueueDemandStruckOff = (jobs: JobQueue, payload: CandidacyJobPayloads['candidacy.demand-struck-off']): Promise<void> =>
  jobs.enqueue(CANDIDACY_JOBS.demandStruckOff, { ...payload }, { dedupeKey: `${CANDIDACY_JOBS.demandStruckOff}:${payload.demandId}` });

/** Where job handlers are registered (the platform's job worker). */
export interface JobRegistry {
  register(kind: string, handler: JobHandler): void;
}

/** Registers the handlers of the candidacy module's jobs; the service is resolved when a job runs. */
export function registerCandidacyJobs(worker: JobRegistry, service: () => CandidacyService): void {
  worker.register(CANDIDACY_JOBS.demandStruckOff, async (payload) => {
    await service().closeCandidaciesOfStruckOffDemand(String(payload.demandId));
  });
  worker.register(CANDIDACY_JOBS.offerWithdrawn, async (payload) => {
    const reason = typeof payload.reason === 'string' ? payload.reason : undefined;
    await service().closeCandidaciesOfWithdrawnOffer(String(payload.offerId), { reason });
  });
}
