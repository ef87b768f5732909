import { isIsoDate, type IsoDate } from '../../shared/dates';
import { isId } from '../../shared/ids';
import { PermanentJobFailure, type EnqueueOptions, type JobHandler, type JobQueue } from '../../shared/jobs';

/**
 * The demand module's durable jobs (kinds of `platform.jobs`): their names, their payloads, their
 * dedupe keys, and their handlers by kind, which the bootstrap registers with the job worker. Each
 * job is enqueued in the transaction of the change it follows, and run apart.
 */

/** Jobs of the demands. */
export const DEMAND_JOBS = {
  /** asks the registry for the number of a validated demand, or sends it the edited data */
  register: 'demand.register-with-registry',
} as const;

/** Jobs of the supporting documents (queued only when a verification provider is configured). */
export const DOCUMENT_JOBS = {
  /** sends a document to the verification provider and keeps its reference */
  verify: 'document.verify',
  /** asks the provider for the verdict (fallback when the webhook does not come), with growing waits */
  poll: 'document.poll',
} as const;

/** Jobs that keep the registry in step (issue 20). */
export const REGISTRY_SYNC_JOBS = {
  /** tells the registry a demand was renewed */
  renewal: 'demand.registry-renewal',
  /** tells the registry a demand is satisfied (radiation pour attribution) */
  housed: 'demand.registry-housed',
  /** reads the registry's feed of demands struck off */
  struckOffFeed: 'demand.registry-struck-off-feed',
  /** reads the registry's feed of new DALO demands */
  newDaloFeed: 'demand.registry-new-dalo-feed',
} as const;

/** Each job's payload, by job kind. */
export interface DemandJobPayloads {
  'demand.register-with-registry': { demandId: string; reason?: 'update' };
  'document.verify': { documentId: string };
  'document.poll': { documentId: string; round: number };
  'demand.registry-renewal': { demandId: string; renewedOn: IsoDate };
  'demand.registry-housed': { demandId: string; on: IsoDate; offerId?: string };
  'demand.registry-struck-off-feed': { registry: string; day: IsoDate };
  'demand.registry-new-dalo-feed': { registry: string; day: IsoDate };
}

/** Enqueues a job of the module with the payload its kind takes. */
export const enqueueDemandJob = <K extends keyof DemandJobPayloads>(jobs: JobQueue, kind: K, payload: DemandJobPayloads[K], options?: EnqueueOptions): Promise<void> =>
  jobs.enqueue(kind, { ...payload }, options);

/** The dedupe key of a demand's registration job: one pending job per demand. */
export const registrationJobKey = (demandId: string): string => `${DEMAND_JOBS.register}:${demandId}`;
export const verifyJobKey = (documentId: string): string => `${DOCUMENT_JOBS.verify}:${documentId}`;
export const pollJobKey = (documentId: string, round: number): string => `${DOCUMENT_JOBS.poll}:${documentId}:${round}`;
export const renewalJobKey = (demandId: string, renewedOn: string): string => `${REGISTRY_SYNC_JOBS.renewal}:${demandId}:${renewedOn}`;
export const housedJobKey = (demandId: string): string => `${REGISTRY_SYNC_JOBS.housed}:${demandId}`;
export const feedJobKey = (kind: string, registry: string, day: string): string => `${kind}:${registry}:${day}`;

/** What the demands' job needs of the demand service. */
interface DemandJobsService {
  registerWithRegistry(demandId: string, options: { retry: boolean }): Promise<unknown>;
}
/** What the documents' jobs need of the document service. */
interface DocumentJobsService {
  submitForVerification(documentId: string): Promise<unknown>;
  pollVerification(documentId: string, round: number): Promise<unknown>;
}
/** What the registry's jobs need of the registry sync service. */
interface RegistrySyncJobsService {
  sendRenewal(demandId: string, renewedOn: IsoDate): Promise<unknown>;
  reportHoused(demandId: string, input: { on: IsoDate; offerId?: string | undefined }): Promise<unknown>;
  readStruckOff(registry: string): Promise<unknown>;
  readNewDalo(registry: string): Promise<unknown>;
}

/**
 * The demand module's durable job handlers, by job kind, for the worker:
 * `for (const [kind, handler] of Object.entries(demandJobHandlers(service))) worker.register(kind, handler)`.
 * A handler throws to be retried with backoff (registry down or not configured).
 */
export function demandJobHandlers(service: DemandJobsService): Record<string, JobHandler> {
  return {
    [DEMAND_JOBS.register]: async (payload, meta) => {
      const demandId = payload.demandId;
      if (typeof demandId !== 'string' || !isId(demandId)) throw new PermanentJobFailure('demand.register-with-registry: payload without a demandId');
      await service.registerWithRegistry(demandId, { retry: meta.attempt > 1 });
    },
  };
}

/**
 * The documents' durable job handlers, by job kind (`document.verify`, `document.poll`). Register
 * them when a verification provider is configured; without one no such job is queued.
 */
export function documentJobHandlers(service: DocumentJobsService): Record<string, JobHandler> {
  const documentIdOf = (payload: Record<string, unknown>, kind: string): string => {
    const id = payload.documentId;
    if (typeof id !== 'string' || !isId(id)) throw new PermanentJobFailure(`${kind}: payload without a documentId`);
    return id;
  };
  return {
    [DOCUMENT_JOBS.verify]: async (payload) => {
      await service.submitForVerification(documentIdOf(payload, DOCUMENT_JOBS.verify));
    },
    [DOCUMENT_JOBS.poll]: async (payload) => {
      const round = typeof payload.round === 'number' && Number.isInteger(payload.round) && payload.round > 0 ? payload.round : 1;
      await service.pollVerification(documentIdOf(payload, DOCUMENT_JOBS.poll), round);
    },
  };
}

/**
 * The durable job handlers of the registry's keeping in step, by kind. A handler throws to be
 * retried with backoff (registry down or not configured), PermanentJobFailure when retrying cannot help.
 */
export function registrySyncJobHandlers(service: RegistrySyncJobsService): Record<string, JobHandler> {
  const demandIdOf = (payload: Record<string, unknown>, kind: string): string => {
    const id = payload.demandId;
    if (typeof id !== 'string' || !isId(id)) throw new PermanentJobFailure(`${kind}: payload without a demandId`);
    return id;
  };
  const dateOf = (payload: Record<string, unknown>, key: string, kind: string): IsoDate => {
    const v = payload[key];
    if (typeof v !== 'string' || !isIsoDate(v)) throw new PermanentJobFailure(`${kind}: payload without a ${key}`);
    return v;
  };
  const registryOf = (payload: Record<string, unknown>, kind: string): string => {
    const v = payload.registry;
    if (typeof v !== 'string' || v === '' || v.length > 40) throw new PermanentJobFailure(`${kind}: payload without a registry`);
    return v;
  };
  return {
    [REGISTRY_SYNC_JOBS.renewal]: async (payload) => {
      const kind = REGISTRY_SYNC_JOBS.renewal;
      await service.sendRenewal(demandIdOf(payload, kind), dateOf(payload, 'renewedOn', kind));
    },
    [REGISTRY_SYNC_JOBS.housed]: async (payload) => {
      const kind = REGISTRY_SYNC_JOBS.housed;
      const offerId = typeof payload.offerId === 'string' && isId(payload.offerId) ? payload.offerId : undefined;
      await service.reportHoused(demandIdOf(payload, kind), { on: dateOf(payload, 'on', kind), offerId });
    },
    [REGISTRY_SYNC_JOBS.struckOffFeed]: async (payload) => {
      await service.readStruckOff(registryOf(payload, REGISTRY_SYNC_JOBS.struckOffFeed));
    },
    [REGISTRY_SYNC_JOBS.newDaloFeed]: async (payload) => {
      await service.readNewDalo(registryOf(payload, REGISTRY_SYNC_JOBS.newDaloFeed));
    },
  };
}
