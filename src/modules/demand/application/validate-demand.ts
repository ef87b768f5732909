import type { Principal } from '../../identity/index';
import { isRegistrationPending, validate } from '../domain/index';
import type { DemandRecord } from '../ports';
import { assertStaff, auditActor } from './access';
import { DEMAND_JOBS, registrationJobKey, type DemandDeps } from './demand.deps';
import type { CallContext } from './get-demand';
import { fromTransition, mutateDemand } from './mutate';

export interface ValidateDemandInput {
  /** the agent checked the mobility declared on the demand (scoring counts a checked mobility only) */
  mobilityChecked?: boolean;
}

/**
 * An agent validates the demand: submitted | in_instruction → active. An imported demand keeps its
 * number and registration date. A new one is registered with the registry by a durable job
 * enqueued in the same transaction (`demand.register-with-registry`, one per demand): until the
 * job sets the number the demand is active with `registrationPending`. Audited `demand.validated`;
 * the applicant is notified.
 */
export function validateDemand(
  deps: DemandDeps,
  principal: Principal,
  demandId: string,
  input: ValidateDemandInput = {},
  ctx: CallContext = {},
): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    () => assertStaff(principal),
    async (record, at) => {
      const t = validate(record.demand, { at, by: principal.accountId, registrationPending: true });
      const mobilityChecked = input.mobilityChecked === true && record.demand.data.mobility !== undefined;
      const mutation = fromTransition(record, t, mobilityChecked ? { mobilityCheck: { at, by: principal.accountId } } : {});
      const pending = isRegistrationPending(t.demand);
      if (pending) {
        await deps.jobs.enqueue(DEMAND_JOBS.register, { demandId }, { dedupeKey: registrationJobKey(demandId) });
      }
      await deps.audit.record({
        ...auditActor(principal), action: 'demand.validated', objectType: 'demand', objectId: demandId, address: ctx.address,
        detail: { registrationPending: pending, mobilityChecked },
      });
      await deps.notifications.add({
        accountId: record.demand.ownerAccountId, kind: 'demand.validated',
        payload: { demandId, registrationPending: pending, renewalDueDate: t.demand.renewalDueDate },
      });
      return mutation;
    },
  );
}
