import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { IDENTITY } from './tokens';
import { IdentityService } from './application/identity.service';

/** Binds the identity façade; its ports are bound by the bootstrap (database or in-memory adapters). */
export const identityModule = new ContainerModule(({ bind }) => {
  bind(IDENTITY.Service)
    .toResolvedValue(
      (accounts, sessions, clients, hasher, tokens, throttle, events, settings, clock, uow) =>
        new IdentityService({ accounts, sessions, clients, hasher, tokens, throttle, events, settings, clock, uow }),
      [
        IDENTITY.AccountRepository, IDENTITY.SessionRepository, IDENTITY.ApiClientRepository, IDENTITY.PasswordHasher,
        IDENTITY.AccessTokenService, IDENTITY.LoginThrottle, IDENTITY.SecurityEventSink, IDENTITY.Settings,
        SHARED.Clock, SHARED.UnitOfWork,
      ],
    )
    .inSingletonScope();
});
