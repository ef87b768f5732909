import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { AccessTokenService, AccountRepository, ApiClientRepository, IdentitySettings, LoginThrottle, PasswordHasher, SecurityEventSink, SessionRepository } from '../ports';

export interface IdentityDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  clients: ApiClientRepository;
  hasher: PasswordHasher;
  tokens: AccessTokenService;
  throttle: LoginThrottle;
  events: SecurityEventSink;
  settings: IdentitySettings;
  clock: Clock;
  uow: UnitOfWork;
}

export interface RequestContext {
  address?: string;
  userAgent?: string;
}

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}
