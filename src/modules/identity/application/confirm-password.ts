import type { Principal } from '../domain/account';
import { identityError } from '../identity.errors';
import type { IdentityDeps } from './identity.deps';

/**
 * Checks the signed-in holder's password again before an irreversible act (erasure). The attempt is
 * reserved in the sign-in throttle before the hash is compared (a wrong password keeps it counted) and is recorded as a security event.
 */
export async function confirmPassword(deps: IdentityDeps, principal: Principal, password: string, address = 'unknown'): Promise<void> {
  const account = await deps.accounts.findById(principal.accountId);
  if (!account || account.status !== 'active') throw identityError.accountNotFound();
  await deps.throttle.reserve(account.email, address);
  const ok = await deps.hasher.verify(password, account.passwordHash);
  if (!ok) {
    await deps.events.record({ type: 'password_confirmation_failed', accountId: account.id, address });
    throw identityError.passwordWrong();
  }
  await deps.throttle.succeeded(account.email, address);
}
