import type { Principal } from '../../identity/index';
import { toIsoDate, type IsoDate } from '../../../shared/dates';
import { REGISTRY_SYNC_JOBS, feedJobKey, enqueueDemandJob } from '../demand.jobs';
import { listRegistryPendingWork, type RegistryPendingWorkView } from './list-registry-pending-work';
import { getRegistrationCertificate, type RegistrationCertificate } from './get-registration-certificate';
import type { CallContext } from './get-demand';
import { readNewDaloFeed, type NewDaloFeedResult } from './read-new-dalo-feed';
import { readStruckOffFeed, type StruckOffFeedResult } from './read-struck-off-feed';
import type { RegistrySyncDeps } from './registry-sync.deps';
import { reportHousedToRegistry } from './report-housed-to-registry';
import { sendRenewalToRegistry, type RegistrySendOutcome } from './send-renewal-to-registry';

/** The registry's keeping in step (issue 20): one method per use case, each in its own file. */
export class RegistrySyncService {
  constructor(private readonly deps: RegistrySyncDeps) {}

  /** Job `demand.registry-renewal`. */
  sendRenewal = (demandId: string, renewedOn: IsoDate): Promise<RegistrySendOutcome> => sendRenewalToRegistry(this.deps, demandId, renewedOn);
  /** Job `demand.registry-housed`. */
  reportHoused = (demandId: string, input: { on: IsoDate; offerId?: string | undefined }): Promise<RegistrySendOutcome> => reportHousedToRegistry(this.deps, demandId, input);
  /** Job `demand.registry-struck-off-feed`. */
  readStruckOff = (registry: string): Promise<StruckOffFeedResult> => readStruckOffFeed(this.deps, registry);
  /** Job `demand.registry-new-dalo-feed`. */
  readNewDalo = (registry: string): Promise<NewDaloFeedResult> => readNewDaloFeed(this.deps, registry);
  /** The registration certificate's content (owner, or an agent): the PDF is drawn by an adapter. */
  registrationCertificate = (principal: Principal, demandId: string, ctx?: CallContext): Promise<RegistrationCertificate> =>
    getRegistrationCertificate(this.deps, principal, demandId, ctx);
  /** What waits for the registry (agents). */
  pendingWork = (principal: Principal): Promise<RegistryPendingWorkView> => listRegistryPendingWork(this.deps, principal);

  /**
   * The daily run (scheduler): enqueues one read of each feed of each registry for the day (one
   * job per registry, feed and day: running it twice enqueues nothing more). The jobs are retried
   * with backoff while the registry is down.
   */
  enqueueDailyFeeds = async (now: Date): Promise<{ enqueued: number }> => {
    const day = toIsoDate(now);
    let enqueued = 0;
    for (const registry of this.deps.registries.list()) {
      for (const kind of [REGISTRY_SYNC_JOBS.struckOffFeed, REGISTRY_SYNC_JOBS.newDaloFeed]) {
        await enqueueDemandJob(this.deps.jobs, kind, { registry, day }, { dedupeKey: feedJobKey(kind, registry, day) });
        enqueued += 1;
      }
    }
    return { enqueued };
  };
}
