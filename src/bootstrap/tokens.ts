import type { ServiceIdentifier } from 'inversify';
import type { AppConfig } from './config';
import type { Database } from '../adapters/db/database';
import type { JobWorker } from '../adapters/db/repositories/drizzle-job.queue';

/** Service identifiers of what only the bootstrap knows: configuration, database, job worker. */
export const BOOT = {
  Config: Symbol.for('boot.Config') as ServiceIdentifier<AppConfig>,
  Database: Symbol.for('boot.Database') as ServiceIdentifier<Database>,
  /** module wirings register their job handlers on it: `c.get(BOOT.JobWorker).register(kind, handler)` */
  JobWorker: Symbol.for('boot.JobWorker') as ServiceIdentifier<JobWorker>,
  /** what wirings registered through `onShutdown`, released in reverse order by `releaseAll` */
  Shutdown: Symbol.for('boot.Shutdown') as ServiceIdentifier<ShutdownHooks>,
};

export class ShutdownHooks {
  private readonly hooks: (() => Promise<void> | void)[] = [];
  add(release: () => Promise<void> | void): void {
    this.hooks.push(release);
  }
  /** Releases everything, last registered first; a failing release does not stop the others. */
  async releaseAll(onError: (error: unknown) => void = () => undefined): Promise<void> {
    for (const release of this.hooks.splice(0).reverse()) {
      try {
        await release();
      } catch (error) {
        onError(error);
      }
    }
  }
}
