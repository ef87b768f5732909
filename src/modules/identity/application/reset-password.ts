import { checkPasswordPolicy, RESETTABLE_STATUSES } from '../domain/account';
import { identityError } from '../identity.errors';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { usableLink } from './one-time-links';

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
    if (!record || !account || !RESETTABLE_STATUSES.includes(account.status)) throw invalidLink();
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
