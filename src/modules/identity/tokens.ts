import type { ServiceIdentifier } from 'inversify';
import type {
  AccessTokenService,
  AccountFlowSettings,
  AccountRepository,
  AddressLimits,
  ApiClientRepository,
  IdentityOutbox,
  IdentitySettings,
  LoginThrottle,
  OneTimeTokenRepository,
  PasswordHasher,
  SecurityEventSink,
  SessionRepository,
} from './ports';
import type { IdentityService } from './application/identity.service';

const token = <T>(name: string) => Symbol.for(`identity.${name}`) as ServiceIdentifier<T>;

export const IDENTITY = {
  AccountRepository: token<AccountRepository>('AccountRepository'),
  SessionRepository: token<SessionRepository>('SessionRepository'),
  ApiClientRepository: token<ApiClientRepository>('ApiClientRepository'),
  PasswordHasher: token<PasswordHasher>('PasswordHasher'),
  AccessTokenService: token<AccessTokenService>('AccessTokenService'),
  LoginThrottle: token<LoginThrottle>('LoginThrottle'),
  SecurityEventSink: token<SecurityEventSink>('SecurityEventSink'),
  Settings: token<IdentitySettings>('Settings'),
  OneTimeTokens: token<OneTimeTokenRepository>('OneTimeTokens'),
  Outbox: token<IdentityOutbox>('Outbox'),
  AddressLimits: token<AddressLimits>('AddressLimits'),
  AccountFlowSettings: token<AccountFlowSettings>('AccountFlowSettings'),
  Service: token<IdentityService>('Service'),
};
