import { ContainerModule } from 'inversify';
import { SHARED } from '../../shared/tokens';
import { IDENTITY } from './tokens';
import { IdentityService } from './application/identity.service';

/** Binds the identity façade; its ports are bound by the bootstrap (container.ts and wiring/identity.wiring.ts). */
export const identityModule = new ContainerModule(({ bind }) => {
  bind(IDENTITY.Service)
    .toResolvedValue(
      (accounts, sessions, clients, hasher, tokens, throttle, events, settings, clock, uow, links, outbox, limits, flows) =>
        new IdentityService({ accounts, sessions, clients, hasher, tokens, throttle, events, settings, clock, uow, links, outbox, limits, flows }),
      [
        IDENTITY.AccountRepository,
        IDENTITY.SessionRepository,
        IDENTITY.ApiClientRepository,
        IDENTITY.PasswordHasher,
        IDENTITY.AccessTokenService,
        IDENTITY.LoginThrottle,
        IDENTITY.SecurityEventSink,
        IDENTITY.Settings,
        SHARED.Clock,
        SHARED.UnitOfWork,
        IDENTITY.OneTimeTokens,
        IDENTITY.Outbox,
        IDENTITY.AddressLimits,
        IDENTITY.AccountFlowSettings,
      ],
    )
    .inSingletonScope();
});
