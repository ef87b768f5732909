import type { Principal } from '../../identity/index';
import { submit } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { assertOwner } from './access';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';

/**
 * The owner submits a draft: draft → submitted, once the data is complete on the day
 * (else invalid `DEMAND.INCOMPLETE` with every field at fault). The row is locked, so two
 * concurrent submits cannot both pass: the second finds the demand submitted (409).
 */
export function submitDemand(deps: DemandDeps, principal: Principal, demandId: string): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    (record) => assertOwner(principal, record),
    (record, at) => fromTransition(record, submit(record.demand, { at, by: principal.accountId })),
  );
}
