// Public API of the identity module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export { ACCOUNT_LINK_LIFETIMES } from './application/account-link-lifetimes';
export { auditedSecurityEvents } from './application/audited-security-events';
export type { RequestContext, TokenPair } from './application/identity.deps';
export { IdentityService } from './application/identity.service';
export { type Account, type AccountStatus, type Membership, onBehalfOf, PASSWORD_MAX_BYTES, type Principal, principalOf, type Role, ROLES } from './domain/account';
export { IDENTITY_ERRORS, identityError } from './identity.errors';
export { identityModule } from './identity.module';
export type {
  AccessTokenClaims,
  AccessTokenService,
  AccountRepository,
  AddressLimitedAction,
  AddressLimits,
  ApiClientRecord,
  ApiClientRepository,
  ApiClientSummary,
  IdentityOutbox,
  LoginThrottle,
  NewAccount,
  OneTimeTokenPurpose,
  OneTimeTokenRecord,
  OneTimeTokenRepository,
  PasswordHasher,
  RefreshTokenRecord,
  SessionRecord,
  SessionRepository,
  SessionState,
} from './ports';
export { IDENTITY } from './tokens';
