import type { Principal } from '../../identity/index';
import { startInstruction } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { assertStaff, auditActor } from './access';
import type { DemandDeps } from './demand.deps';
import type { CallContext } from './get-demand';
import { fromTransition, mutateDemand } from './mutate';

/** An agent opens a submitted file: submitted → in_instruction (audited `demand.instruction_started`). */
export function startDemandInstruction(deps: DemandDeps, principal: Principal, demandId: string, ctx: CallContext = {}): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    () => assertStaff(principal),
    async (record, at) => {
      const mutation = fromTransition(record, startInstruction(record.demand, { at, by: principal.accountId }));
      await deps.audit.record({ ...auditActor(principal), action: 'demand.instruction_started', objectType: 'demand', objectId: demandId, address: ctx.address });
      return mutation;
    },
  );
}
