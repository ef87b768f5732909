import type { Principal } from '../../identity/index';
import { cancel } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { assertOwner } from './access';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';

/** The owner cancels the demand, from any state that is not final → cancelled. */
export function cancelDemand(deps: DemandDeps, principal: Principal, demandId: string, reason?: string): Promise<DemandRecord> {
  const why = reason?.trim();
  return mutateDemand(
    deps,
    demandId,
    (record) => assertOwner(principal, record),
    (record, at) => fromTransition(record, cancel(record.demand, { at, by: principal.accountId, ...(why ? { reason: why } : {}) })),
  );
}
