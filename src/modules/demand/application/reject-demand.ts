import type { Principal } from '../../identity/index';
import { reject } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { assertStaff, auditActor } from './access';
import type { DemandDeps } from './demand.deps';
import type { CallContext } from './get-demand';
import { fromTransition, mutateDemand } from './mutate';

/**
 * An agent rejects the demand with a written reason: submitted | in_instruction → draft, the
 * reason kept on the demand and in its history, so that the applicant can correct and submit
 * again. Audited `demand.rejected` with the reason; the applicant is notified.
 */
export function rejectDemand(deps: DemandDeps, principal: Principal, demandId: string, reason: string, ctx: CallContext = {}): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    () => assertStaff(principal),
    async (record, at) => {
      const t = reject(record.demand, { at, by: principal.accountId, reason });
      await deps.audit.record({
        ...auditActor(principal),
        action: 'demand.rejected',
        objectType: 'demand',
        objectId: demandId,
        address: ctx.address,
        detail: { reason: t.entry.reason },
      });
      await deps.notifications.add({ accountId: record.demand.ownerAccountId, kind: 'demand.rejected', payload: { demandId, reason: t.entry.reason } });
      return fromTransition(record, t);
    },
  );
}
