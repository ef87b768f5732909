import type { Principal } from '../../identity/index';
import { renew } from '../domain/index';
import type { DemandRecord } from '../ports';
import { assertOwner } from './access';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';

/**
 * The owner renews an active demand, from three months before its due date up to the due date:
 * the registration date (seniority) is kept and the due date moves one year later
 * (`DEMAND.RENEWAL_NOT_OPEN` before the window, `DEMAND.RENEWAL_TOO_LATE` after the due date).
 */
export function renewDemand(deps: DemandDeps, principal: Principal, demandId: string): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    (record) => assertOwner(principal, record),
    (record, at) => fromTransition(record, renew(record.demand, { at, by: principal.accountId })),
  );
}
