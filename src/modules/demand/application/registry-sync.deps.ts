import { DEMAND_JOBS, REGISTRY_SYNC_JOBS } from '../demand.jobs';
import type { DemandDeps } from './demand.deps';
import type { HousedHomes, RegistryFeedStore, RegistryPendingWork } from '../ports/registry-sync.port';

/** What the registry's keeping in step needs beyond the demand use cases' deps. */
export interface RegistrySyncDeps extends DemandDeps {
  homes: HousedHomes;
  feeds: RegistryFeedStore;
  pending: RegistryPendingWork;
  /** days read back by a feed's first run (no successful run yet) */
  firstFeedDays: number;
}

/** French names of the registry work, as agents read them. */
export const REGISTRY_WORK_LABELS: Readonly<Record<string, string>> = {
  [DEMAND_JOBS.register]: 'Enregistrement ou mise à jour de la demande au registre',
  [REGISTRY_SYNC_JOBS.renewal]: 'Renouvellement transmis au registre',
  [REGISTRY_SYNC_JOBS.housed]: 'Radiation pour attribution transmise au registre',
  [REGISTRY_SYNC_JOBS.struckOffFeed]: 'Lecture des demandes radiées par le registre',
  [REGISTRY_SYNC_JOBS.newDaloFeed]: 'Lecture des nouvelles demandes DALO du registre',
};
