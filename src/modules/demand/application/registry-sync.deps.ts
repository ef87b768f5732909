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

/** Durable jobs that keep the registry in step (kinds of `platform.jobs`). */
export const REGISTRY_SYNC_JOBS = {
  /** payload `{ demandId, renewedOn }`: tells the registry a demand was renewed */
  renewal: 'demand.registry-renewal',
  /** payload `{ demandId, on, offerId? }`: tells the registry a demand is satisfied (radiation pour attribution) */
  housed: 'demand.registry-housed',
  /** payload `{ registry, day }`: reads the registry's feed of demands struck off */
  struckOffFeed: 'demand.registry-struck-off-feed',
  /** payload `{ registry, day }`: reads the registry's feed of new DALO demands */
  newDaloFeed: 'demand.registry-new-dalo-feed',
} as const;

/** French names of the registry work, as agents read them. */
export const REGISTRY_WORK_LABELS: Readonly<Record<string, string>> = {
  'demand.register-with-registry': 'Enregistrement ou mise à jour de la demande au registre',
  [REGISTRY_SYNC_JOBS.renewal]: 'Renouvellement transmis au registre',
  [REGISTRY_SYNC_JOBS.housed]: 'Radiation pour attribution transmise au registre',
  [REGISTRY_SYNC_JOBS.struckOffFeed]: 'Lecture des demandes radiées par le registre',
  [REGISTRY_SYNC_JOBS.newDaloFeed]: 'Lecture des nouvelles demandes DALO du registre',
};

export const renewalJobKey = (demandId: string, renewedOn: string): string => `${REGISTRY_SYNC_JOBS.renewal}:${demandId}:${renewedOn}`;
export const housedJobKey = (demandId: string): string => `${REGISTRY_SYNC_JOBS.housed}:${demandId}`;
export const feedJobKey = (kind: string, registry: string, day: string): string => `${kind}:${registry}:${day}`;
