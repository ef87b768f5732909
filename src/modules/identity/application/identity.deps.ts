import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
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
} from '../ports';

export interface IdentityDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  clients: ApiClientRepository;
  hasher: PasswordHasher;
  tokens: AccessTokenService;
  throttle: LoginThrottle;
  events: SecurityEventSink;
  settings: IdentitySettings;
  /** confirmation and reset links (stored hashed) */
  links: OneTimeTokenRepository;
  outbox: IdentityOutbox;
  limits: AddressLimits;
  flows: AccountFlowSettings;
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
