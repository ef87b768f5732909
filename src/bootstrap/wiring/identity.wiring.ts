import { IDENTITY } from '../../modules/identity/index';
import { OUTBOX_SOURCE } from '../../shared/outbox';
import { DrizzleIdentityOutbox, DrizzleOneTimeTokenRepository } from '../../adapters/db/repositories/drizzle-identity.repository';
import { identityOutboxSource } from '../../adapters/db/repositories/drizzle-outbox.source';
import { MemoryAddressLimits } from '../../adapters/rate-limit/memory-address-limits';
import type { ModuleWiring } from './wiring';

/** Registration confirmation links stay usable two days; password-reset links thirty minutes. */
const CONFIRMATION_TTL_SECONDS = 2 * 86_400;
const RESET_TTL_SECONDS = 30 * 60;

/**
 * The identity module's account flows (registration with e-mail confirmation, password reset,
 * invitation acceptance): their one-time links (stored hashed), their outbox (delivered by the mail
 * dispatcher) and their per-address limits. The rest of the identity module is bound in container.ts.
 */
export const identityWiring: ModuleWiring = (container, { config, database }) => {
  container.bind(IDENTITY.OneTimeTokens).toConstantValue(new DrizzleOneTimeTokenRepository(database));
  container.bind(IDENTITY.Outbox).toConstantValue(new DrizzleIdentityOutbox(database));
  container.bind(OUTBOX_SOURCE).toConstantValue(identityOutboxSource(database)); // delivered by the mail dispatcher
  container.bind(IDENTITY.AddressLimits).toConstantValue(new MemoryAddressLimits(config.accountRequests));
  container.bind(IDENTITY.AccountFlowSettings).toConstantValue({
    publicUrl: config.publicUrl,
    confirmationTtlSeconds: CONFIRMATION_TTL_SECONDS,
    resetTtlSeconds: RESET_TTL_SECONDS,
  });
};
