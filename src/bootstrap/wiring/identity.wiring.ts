import { ACCOUNT_LINK_LIFETIMES, auditedSecurityEvents, IDENTITY, identityModule } from '../../modules/identity/index';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { SHARED } from '../../shared/tokens';
import {
  DrizzleAccountRepository,
  DrizzleApiClientRepository,
  DrizzleIdentityOutbox,
  DrizzleOneTimeTokenRepository,
  DrizzleSessionRepository,
} from '../../adapters/db/repositories/drizzle-identity.repository';
import { BcryptPasswordHasher } from '../../adapters/auth/bcrypt-password.hasher';
import { JwtAccessTokenService } from '../../adapters/auth/jwt-access-token.service';
import { MemoryLoginThrottle } from '../../adapters/auth/memory-login.throttle';
import { identityOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';
import { MemoryAddressLimits } from '../../adapters/rate-limit/memory-address-limits';
import type { ModuleWiring } from './wiring';

/**
 * The identity module: accounts, sessions and API clients on the database, passwords hashed by
 * bcrypt, access tokens signed as JWTs, failed sign-ins throttled in memory, security events logged
 * and audited; its account flows (registration with e-mail confirmation, password reset, invitation
 * acceptance): their one-time links (stored hashed), their outbox (delivered by the mail
 * dispatcher) and their per-address limits.
 */
export const identityWiring: ModuleWiring = (container, { config, database, logger }) => {
  container.bind(IDENTITY.AccountRepository).toConstantValue(new DrizzleAccountRepository(database));
  container.bind(IDENTITY.SessionRepository).toConstantValue(new DrizzleSessionRepository(database));
  container.bind(IDENTITY.ApiClientRepository).toConstantValue(new DrizzleApiClientRepository(database));
  container.bind(IDENTITY.PasswordHasher).toConstantValue(new BcryptPasswordHasher(config.auth.bcryptCost));
  container
    .bind(IDENTITY.AccessTokenService)
    .toConstantValue(
      new JwtAccessTokenService({ secret: config.auth.jwtSecret, issuer: config.auth.issuer, audience: config.auth.audience, ttlSeconds: config.auth.accessTtlSeconds }),
    );
  container.bind(IDENTITY.LoginThrottle).toConstantValue(
    new MemoryLoginThrottle({
      maxPerAccount: config.auth.maxFailuresPerAccount,
      maxPerAddress: config.auth.maxFailuresPerAddress,
      windowSeconds: config.auth.failureWindowSeconds,
    }),
  );
  const securityLog = logger.child({ component: 'security' });
  const audit = container.get(SHARED.AuditTrail);
  container.bind(IDENTITY.SecurityEventSink).toConstantValue(auditedSecurityEvents(audit, securityLog));
  container.bind(IDENTITY.Settings).toConstantValue({
    accessTtlSeconds: config.auth.accessTtlSeconds,
    refreshTtlSeconds: config.auth.refreshTtlSeconds,
    adminSessionTtlSeconds: config.auth.adminSessionTtlSeconds,
    sessionCheckCacheMs: config.auth.sessionCheckCacheMs,
  });
  container.bind(IDENTITY.OneTimeTokens).toConstantValue(new DrizzleOneTimeTokenRepository(database));
  container.bind(IDENTITY.Outbox).toConstantValue(new DrizzleIdentityOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(identityOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(IDENTITY.AddressLimits).toConstantValue(new MemoryAddressLimits(config.accountRequests));
  container.bind(IDENTITY.AccountFlowSettings).toConstantValue({
    publicUrl: config.publicUrl,
    ...ACCOUNT_LINK_LIFETIMES,
  });
  container.loadSync(identityModule);
};
