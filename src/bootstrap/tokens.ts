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
};
