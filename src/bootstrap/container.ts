import { Container } from 'inversify';
import type { Logger } from 'pino';
import { SHARED } from '../shared/tokens';
import { InProcessEventBus } from '../shared/events';
import { systemClock, type Clock } from '../shared/clock';
import { IDENTITY, identityModule } from '../modules/identity/index';
import { DatabaseUnitOfWork, type Database } from '../adapters/db/database';
import { DrizzleAccountRepository, DrizzleApiClientRepository, DrizzleSessionRepository } from '../adapters/db/repositories/drizzle-identity.repository';
import { BcryptPasswordHasher } from '../adapters/auth/bcrypt-password.hasher';
import { JwtAccessTokenService } from '../adapters/auth/jwt-access-token.service';
import { MemoryLoginThrottle } from '../adapters/auth/memory-login.throttle';
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
  c.bind(SHARED.EventBus).toConstantValue(new InProcessEventBus({
    commits: uow,
    onError: (err, event) => eventsLog.error({ err, event: { type: event.type, payload: event.payload } }, `handler of ${event.type} failed after the commit`),
  }));
  const audit = new DrizzleAuditTrail(database);
  c.bind(SHARED.AuditTrail).toConstantValue(audit);
  c.bind(SHARED.JobQueue).toConstantValue(new DrizzleJobQueue(database, clock));
  c.bind(BOOT.JobWorker).toConstantValue(new JobWorker(database, clock, logger.child({ component: 'jobs' }), { lockSeconds: config.jobs.lockSeconds }));

  // identity
  c.bind(IDENTITY.AccountRepository).toConstantValue(new DrizzleAccountRepository(database));
  c.bind(IDENTITY.SessionRepository).toConstantValue(new DrizzleSessionRepository(database));
  c.bind(IDENTITY.ApiClientRepository).toConstantValue(new DrizzleApiClientRepository(database));
  c.bind(IDENTITY.PasswordHasher).toConstantValue(new BcryptPasswordHasher(config.auth.bcryptCost));
  c.bind(IDENTITY.AccessTokenService).toConstantValue(
    new JwtAccessTokenService({ secret: config.auth.jwtSecret, issuer: config.auth.issuer, audience: config.auth.audience, ttlSeconds: config.auth.accessTtlSeconds }),
  );
  c.bind(IDENTITY.LoginThrottle).toConstantValue(
    new MemoryLoginThrottle({ maxPerAccount: config.auth.maxFailuresPerAccount, maxPerAddress: config.auth.maxFailuresPerAddress, windowSeconds: config.auth.failureWindowSeconds }),
  );
  const securityLog = logger.child({ component: 'security' });
  c.bind(IDENTITY.SecurityEventSink).toConstantValue({
    record: async (event) => {
      securityLog.warn({ event }, event.type);
      await audit.record({
        action: `security.${event.type}`, objectType: 'account', objectId: event.accountId ?? 'unknown',
        actorAccountId: event.accountId, address: event.address, detail: event.detail ? { detail: event.detail } : undefined,
      });
    },
  });
  c.bind(IDENTITY.Settings).toConstantValue({
    accessTtlSeconds: config.auth.accessTtlSeconds,
    refreshTtlSeconds: config.auth.refreshTtlSeconds,
    adminSessionTtlSeconds: config.auth.adminSessionTtlSeconds,
    sessionCheckCacheMs: config.auth.sessionCheckCacheMs,
  });
  c.loadSync(identityModule);

  // business modules
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
