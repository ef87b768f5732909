import { markSatisfied } from '../domain/index';
import type { DemandRecord } from '../ports';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';

export interface MarkSatisfiedInput {
  /** when the lease was signed */
  at?: Date;
  /** e.g. the offer and candidacy that housed the applicant */
  reason?: string;
}

/**
 * The applicant is housed (the candidacy module reports a signed lease): active → satisfied, by the
 * system. Idempotent: an already satisfied demand is left as it is; any other state is a conflict
 * DEMAND.INVALID_TRANSITION. Audited `demand.satisfied`; the applicant is notified.
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
      return fromTransition(record, t);
    },
  );
}
