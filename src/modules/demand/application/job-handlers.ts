import { PermanentJobFailure, type JobHandler } from '../../../shared/jobs';
import { isId } from '../../../shared/ids';
import { DEMAND_JOBS } from './demand.deps';
import type { DemandService } from './demand.service';
import { DOCUMENT_JOBS } from './document.deps';
import type { DocumentService } from './document.service';

/**
 * The demand module's durable job handlers, by job kind, for the worker:
 * `for (const [kind, handler] of Object.entries(demandJobHandlers(service))) worker.register(kind, handler)`.
 * A handler throws to be retried with backoff (registry down or not configured).
 */
export function demandJobHandlers(service: DemandService): Record<string, JobHandler> {
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
export function documentJobHandlers(service: DocumentService): Record<string, JobHandler> {
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
