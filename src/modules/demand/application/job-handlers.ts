import { PermanentJobFailure, type JobHandler } from '../../../shared/jobs';
import { isId } from '../../../shared/ids';
import { DEMAND_JOBS } from './demand.deps';
import type { DemandService } from './demand.service';

/**
 * The demand module's durable job handlers, by job kind, for the worker:
 * `for (const [kind, handler] of Object.entries(demandJobHandlers(service))) worker.register(kind, handler)`.
 * A handler throws to be retried with backoff (registry down or not configured).
 */
export function demandJobHandlers(service: DemandService): Record<string, JobHandler> {
  return {
    [DEMAND_JOBS.register]: async (payload) => {
      const demandId = payload.demandId;
      if (typeof demandId !== 'string' || !isId(demandId)) throw new PermanentJobFailure('demand.register-with-registry: payload without a demandId');
      await service.registerWithRegistry(demandId);
    },
  };
}
