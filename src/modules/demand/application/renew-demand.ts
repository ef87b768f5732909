import type { Principal } from '../../identity/index';
import { renew } from '../domain/index';
import type { DemandRecord } from '../ports/demands.port';
import { REGISTRY_SYNC_JOBS, renewalJobKey, enqueueDemandJob } from '../demand.jobs';
import { assertOwner } from './access';
import type { DemandDeps } from './demand.deps';
import { fromTransition, mutateDemand } from './mutate';
import { toIsoDate } from '../../../shared/dates';

/**
 * The owner renews an active demand, from three months before its due date up to the due date:
 * the registration date (seniority) is kept and the due date moves one year later
 * (`DEMAND.RENEWAL_NOT_OPEN` before the window, `DEMAND.RENEWAL_TOO_LATE` after the due date).
 * A registered demand's renewal is sent to the registry by a durable job enqueued in the same
 * transaction (`demand.registry-renewal`, retried with backoff while the registry is down).
 */
export function renewDemand(deps: DemandDeps, principal: Principal, demandId: string): Promise<DemandRecord> {
  return mutateDemand(
    deps,
    demandId,
    (record) => assertOwner(principal, record),
    async (record, at) => {
      const t = renew(record.demand, { at, by: principal.accountId });
      const number = t.demand.registrationNumber;
      if (number) {
        const renewedOn = toIsoDate(at);
        await enqueueDemandJob(deps.jobs, REGISTRY_SYNC_JOBS.renewal, { demandId, renewedOn }, { dedupeKey: renewalJobKey(demandId, renewedOn) });
      }
      return fromTransition(record, t);
    },
  );
}
