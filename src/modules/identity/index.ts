// Public API of the identity module: the only file other modules and adapters import.
export * from './domain/account';
export type * from './ports';
export type { TokenPair, RequestContext } from './application/identity.deps';
export { IdentityService } from './application/identity.service';
export { WEB_PORTALS, type WebPortal } from './application/login';
export { IDENTITY } from './tokens';
export { identityModule } from './identity.module';
export { hashSecret, newSecret } from './application/secrets';
export { erasedEmail, ERASED_DISPLAY_NAME } from './application/erase-account';
export { CONFIRMATION_PATH, RESET_PATH } from './application/one-time-links';
export { CHECK_YOUR_MAILBOX } from './domain/identity-errors';
