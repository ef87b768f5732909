import type { ServiceIdentifier } from 'inversify';
import type { AccessTokenService, AccountRepository, ApiClientRepository, IdentitySettings, LoginThrottle, PasswordHasher, SecurityEventSink, SessionRepository } from './ports';
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
  Service: token<IdentityService>('Service'),
};
