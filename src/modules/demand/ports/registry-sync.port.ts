import type { IsoDate } from '../../../shared/dates';
import type { HousedHome } from './registry.port';

/**
 * Ports of the registry's keeping in step (issue 20): the home a housed demand got (read from the
 * offer that housed it), the registry feeds' last successful runs, and the registry work that waits.
 */

/** The home of the offer that housed a demand, as far as the registry's radiation carries it. */
export interface HousedHomes {
  homeOf(offerId: string): Promise<HousedHome | null>;
}

/** The registry's daily feeds read by the platform. */
export const REGISTRY_FEEDS = ['struck_off', 'new_dalo'] as const;
export type RegistryFeed = (typeof REGISTRY_FEEDS)[number];

/** Where a feed stands: the day of its last successful read (the next read starts there), its last try. */
export interface RegistryFeedState {
  registry: string;
  feed: RegistryFeed;
  /** the registry day the last successful read was made on; the next read asks from this day (inclusive) */
  lastSuccessOn?: IsoDate;
  lastRunAt?: Date;
  /** the last failure's message, cleared by a success */
  lastError?: string;
}

export interface RegistryFeedStore {
  get(registry: string, feed: RegistryFeed): Promise<RegistryFeedState | null>;
  list(): Promise<RegistryFeedState[]>;
  recordSuccess(registry: string, feed: RegistryFeed, on: IsoDate, at: Date): Promise<void>;
  recordFailure(registry: string, feed: RegistryFeed, at: Date, error: string): Promise<void>;
}

/** One piece of registry work in the durable queue that has not succeeded yet. */
export interface RegistryPendingJob {
  id: string;
  kind: string;
  /** `pending`: will run again at `nextAttemptAt`; `failed`: given up, needs a person */
  status: 'pending' | 'failed';
  demandId?: string;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  createdAt: Date;
}

/** The durable jobs of these kinds that are pending or failed, oldest first. */
export interface RegistryPendingWork {
  list(kinds: readonly string[], limit: number): Promise<RegistryPendingJob[]>;
}
