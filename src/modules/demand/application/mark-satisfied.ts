import { markSatisfied } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { REGISTRY_SYNC_JOBS, housedJobKey, enqueueDemandJob } from '../demand.jobs';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';
import { toIsoDate } from '../../../shared/dates';

export interface MarkSatisfiedInput {
  /** when the lease was signed */
  at?: Date;
  /** e.g. the offer and candidacy that housed the applicant */
  reason?: string;
  /** the offer that housed the applicant: its home's identifiers go to the registry */
  offerId?: string;
}

/**
 * The applicant is housed (the candidacy module reports a signed lease): active → satisfied, by the
 * system. Idempotent: an already satisfied demand is left as it is; any other state is a conflict
 * DEMAND.INVALID_TRANSITION. Audited `demand.satisfied`; the applicant is notified. A registered
 * demand is struck off the registry as housed (radiation pour attribution) by a durable job enqueued
 * in the same transaction (`demand.registry-housed`, retried with backoff while the registry is down).
 */
export function markDemandSatisfied(deps: DemandDeps, demandId: string, input: MarkSatisfiedInput = {}): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    () => undefined,
    async (record, now) => {
      if (record.demand.status === 'satisfied') return null;
      const at = input.at ?? now;
      const t = markSatisfied(record.demand, { at, ...(input.reason ? { reason: input.reason } : {}) });
      await deps.audit.record({ action: 'demand.satisfied', objectType: 'demand', objectId: demandId, detail: input.reason ? { reason: input.reason } : undefined });
      await deps.notifications.add({ accountId: record.demand.ownerAccountId, kind: 'demand.satisfied', payload: { demandId }, dedupeKey: `demand.satisfied:${demandId}` });
      if (record.demand.registrationNumber) {
        await enqueueDemandJob(
          deps.jobs,
          REGISTRY_SYNC_JOBS.housed,
          { demandId, on: toIsoDate(at), ...(input.offerId ? { offerId: input.offerId } : {}) },
          { dedupeKey: housedJobKey(demandId) },
        );
      }
      return fromTransition(record, t);
    },
  );
}
