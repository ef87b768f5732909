import type { Principal } from '../../identity/index';
import type { RegistryFeedState, RegistryPendingJob } from '../ports/registry-sync.port';
import { DEMAND_JOBS, REGISTRY_SYNC_JOBS } from '../demand.jobs';
import { assertStaff } from './access';
import { REGISTRY_WORK_LABELS, type RegistrySyncDeps } from './registry-sync.deps';

export interface RegistryPendingWorkView {
  /** registry work not done yet: `pending` (will run again at `nextAttemptAt`) or `failed` (given up: a person must look) */
  jobs: (RegistryPendingJob & { label: string })[];
  /** the registry feeds: the day of their last successful read, their last failure */
  feeds: RegistryFeedState[];
}

/** Largest list of waiting jobs answered. */
export const REGISTRY_PENDING_LIMIT = 200;

/**
 * What waits for the registry, for agents: the registrations, renewals and radiations not sent
 * yet (with their tries and last error), and where each feed stands. Staff only.
 */
export async function listRegistryPendingWork(deps: RegistrySyncDeps, principal: Principal): Promise<RegistryPendingWorkView> {
  assertStaff(principal);
  const kinds = [DEMAND_JOBS.register, ...Object.values(REGISTRY_SYNC_JOBS)];
  const [jobs, feeds] = await Promise.all([deps.pending.list(kinds, REGISTRY_PENDING_LIMIT), deps.feeds.list()]);
  return { jobs: jobs.map((j) => ({ ...j, label: REGISTRY_WORK_LABELS[j.kind] ?? j.kind })), feeds };
}
