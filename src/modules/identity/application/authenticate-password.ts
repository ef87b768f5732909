import { normalizeEmail, PASSWORD_MAX_BYTES, type Account } from '../domain/account';
import { identityError } from '../identity.errors';
import type { IdentityDeps, RequestContext } from './identity.deps';

/**
 * Checks the password with throttling (consume first: the attempt is reserved before the hash is
 * compared and given back only when the password is right); never logs the password. An unknown
 * account, or one without password, is compared with the hasher's dummy hash of the same cost, so
 * that the answer takes as long whether the account exists or not.
 */
export async function authenticatePassword(deps: IdentityDeps, emailInput: string, password: string, ctx: RequestContext): Promise<Account> {
  const email = normalizeEmail(emailInput);
  const address = ctx.address ?? 'unknown';
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) {
    // such a password cannot have been set; refuse clearly rather than truncate (no guess is evaluated)
    throw identityError.passwordTooLongAtSignIn(PASSWORD_MAX_BYTES);
  }
  await deps.throttle.reserve(email, address);
  const account = await deps.accounts.findByEmail(email);
  const ok = await deps.hasher.verify(password, account?.passwordHash ?? null);
  if (account && ok && account.status === 'unconfirmed') {
    // the right password of a registration not yet confirmed: only its author learns it exists
    await deps.throttle.succeeded(email, address);
    throw identityError.emailNotConfirmed();
  }
  if (!account || !account.passwordHash || !ok || account.status !== 'active') {
    await deps.events.record({
      type: 'login_failed',
      email,
      address,
      ...(account ? { accountId: account.id } : {}),
      detail: !account ? 'unknown account' : account.status !== 'active' ? `account ${account.status}` : 'wrong password',
    });
    throw identityError.invalidCredentials();
  }
  await deps.throttle.succeeded(email, address);
  return account;
}
