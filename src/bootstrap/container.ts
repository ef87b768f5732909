import { Container } from 'inversify';
import type { Logger } from 'pino';
import { SHARED } from '../shared/tokens';
import { InProcessEventBus } from '../shared/events';
import { systemClock, type Clock } from '../shared/clock';
import { DatabaseUnitOfWork, type Database } from '../adapters/db/database';
import { HTTP } from '../adapters/http/http.tokens';
import { DrizzleAuditTrail } from '../adapters/db/repositories/drizzle-audit.trail';
import { DrizzleJobQueue, JobWorker } from '../adapters/db/repositories/drizzle-job.queue';
import type { AppConfig } from './config';
import { MODULE_WIRINGS } from './wiring/index';
import { BOOT, ShutdownHooks } from './tokens';

export { BOOT };

export interface ContainerOptions {
  config: AppConfig;
  database: Database;
  logger: Logger;
  clock?: Clock;
}

/** The one place where modules and adapters are wired together. */
export function buildContainer({ config, database, logger, clock = systemClock }: ContainerOptions): Container {
  const c = new Container({ defaultScope: 'Singleton' });
  c.bind(BOOT.Config).toConstantValue(config);
  c.bind(BOOT.Database).toConstantValue(database);

  // shared kernel
  c.bind(SHARED.Clock).toConstantValue(clock);
  const uow = new DatabaseUnitOfWork(database);
  c.bind(SHARED.UnitOfWork).toConstantValue(uow);
  // events published in a transaction are delivered once it has committed (docs/architecture.md)
  const eventsLog = logger.child({ component: 'events' });
  c.bind(SHARED.EventBus).toConstantValue(
    new InProcessEventBus({
      commits: uow,
      onError: (err, event) => eventsLog.error({ err, event: { type: event.type, payload: event.payload } }, `handler of ${event.type} failed after the commit`),
    }),
  );
  c.bind(SHARED.AuditTrail).toConstantValue(new DrizzleAuditTrail(database));
  c.bind(SHARED.JobQueue).toConstantValue(new DrizzleJobQueue(database, clock));
  c.bind(BOOT.JobWorker).toConstantValue(new JobWorker(database, clock, logger.child({ component: 'jobs' }), { lockSeconds: config.jobs.lockSeconds }));

  // the modules, each by its wiring (in any order: no wiring resolves another module's service while wiring)
  const shutdown = new ShutdownHooks();
  c.bind(BOOT.Shutdown).toConstantValue(shutdown);
  const onShutdown = (release: () => Promise<void> | void) => shutdown.add(release);
  for (const wire of MODULE_WIRINGS) wire(c, { config, database, logger, clock, onShutdown });

  // HTTP adapter
  c.bind(HTTP.Settings).toConstantValue({
    production: config.production,
    publicUrl: config.publicUrl,
    corsOrigins: config.http.corsOrigins,
    jsonBodyLimit: config.http.jsonBodyLimit,
    trustProxy: config.http.trustProxy,
    cookieSecret: config.auth.cookieSecret,
    adminSessionTtlSeconds: config.auth.adminSessionTtlSeconds,
  });
  c.bind(HTTP.Logger).toConstantValue(logger);
  c.bind(HTTP.Readiness).toConstantValue(database);
  return c;
}
