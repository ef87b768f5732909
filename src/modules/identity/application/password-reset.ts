import { checkPasswordPolicy, normalizeEmail, type AccountStatus } from '../domain/account';
import { CHECK_YOUR_MAILBOX, identityError } from '../identity.errors';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { issueLink, mailTo, usableLink } from './one-time-links';

/** Accounts whose password may be (re)set by a link sent to their address. */
const RESETTABLE: readonly AccountStatus[] = ['active', 'unconfirmed', 'invited'];

/**
 * "Mot de passe oublié": the same answer whatever the address; an account that may set its
 * password (not disabled or erased; API clients have no password) gets a one-time link, stored
 * hashed, usable `resetTtlSeconds`. Limited per client address, and in mails per recipient.
 */
export async function requestPasswordReset(deps: IdentityDeps, emailInput: string, ctx: RequestContext = {}): Promise<{ message: string }> {
  await deps.limits.consume('reset_request', ctx.address ?? 'unknown');
  const email = normalizeEmail(emailInput);
  await deps.uow.run(async () => {
    const account = await deps.accounts.findByEmail(email);
    if (!account || !RESETTABLE.includes(account.status) || account.role === 'landlord_client') return;
    await mailTo(deps, email, 'identity.password_reset', async () => {
      const { link, expiresAt } = await issueLink(deps, account.id, 'reset', account.role);
      return { displayName: account.displayName, link, expiresAt: expiresAt.toISOString() };
    });
  });
  return { message: CHECK_YOUR_MAILBOX };
}

/**
 * Sets a new password with a reset link: the token is looked up first (by its hash; a made-up token
 * costs no bcrypt), used once (every reset link of the account is used up), and every session of
 * the account is ended. An account not yet confirmed, or invited, becomes active: the link proves
 * the mailbox. Limited per client address.
 */
export async function resetPassword(deps: IdentityDeps, token: string, password: string, ctx: RequestContext = {}): Promise<{ accountId: string }> {
  await deps.limits.consume('reset', ctx.address ?? 'unknown');
  const invalidLink = identityError.resetInvalid;
  const found = await deps.uow.run(() => usableLink(deps, token, 'reset'));
  if (!found) throw invalidLink();
  checkPasswordPolicy(password);
  const passwordHash = await deps.hasher.hash(password);
  const accountId = await deps.uow.run(async () => {
    const record = await usableLink(deps, token, 'reset');
    const account = record ? await deps.accounts.findById(record.accountId) : null;
    if (!record || !account || !RESETTABLE.includes(account.status)) throw invalidLink();
    const now = deps.clock.now();
    await deps.links.useAll(account.id, 'reset', now);
    await deps.accounts.setPasswordHash(account.id, passwordHash);
    if (account.status !== 'active') {
      await deps.accounts.setStatus(account.id, 'active');
      await deps.links.useAll(account.id, 'confirmation', now);
    }
    await deps.sessions.revokeAllForAccount(account.id, 'password reset');
    return account.id;
  });
  await deps.events.record({ type: 'password_reset', accountId, ...(ctx.address ? { address: ctx.address } : {}) });
  return { accountId };
}
