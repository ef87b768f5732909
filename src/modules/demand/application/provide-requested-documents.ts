import type { Principal } from '../../identity/index';
import { provideRequestedDocuments } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { assertOwner } from './access';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';

/** The owner says the pieces the agent asked for are there: the request is cleared, the demand stays in instruction. */
export function provideDocuments(deps: DemandDeps, principal: Principal, demandId: string): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    (record) => assertOwner(principal, record),
    (record, at) => fromTransition(record, provideRequestedDocuments(record.demand, { at, by: principal.accountId })),
  );
}
