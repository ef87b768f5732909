import { identityError } from '../identity.errors';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { usableLink } from './one-time-links';

/**
 * Confirms a registration with the link's token and the password chosen at registration: the
 * account becomes `active` (it may sign in and act on a demand), and every confirmation link of
 * the account is used up. The token is looked up first (by its hash): a made-up token costs no
 * bcrypt. Limited per client address.
 */
export async function confirmEmail(deps: IdentityDeps, token: string, password: string, ctx: RequestContext = {}): Promise<{ accountId: string }> {
  await deps.limits.consume('confirm', ctx.address ?? 'unknown');
  const invalidLink = identityError.confirmationInvalid;
  // a first read outside the transaction: the password is compared only for a real, usable link
  const found = await deps.uow.run(() => usableLink(deps, token, 'confirmation'));
  const pending = found ? await deps.accounts.findById(found.accountId) : null;
  if (!found || !pending || pending.status !== 'unconfirmed') throw invalidLink();
  if (!(await deps.hasher.verify(password, pending.passwordHash))) {
    await deps.events.record({ type: 'email_confirmation_refused', accountId: pending.id, ...(ctx.address ? { address: ctx.address } : {}), detail: 'password mismatch' });
    throw identityError.confirmationPasswordMismatch();
  }
  await deps.uow.run(async () => {
    const record = await usableLink(deps, token, 'confirmation');
    const account = record ? await deps.accounts.findById(record.accountId) : null;
    // used by a concurrent request meanwhile, or the pending password replaced by a new registration
    if (!record || !account || account.status !== 'unconfirmed' || account.passwordHash !== pending.passwordHash) throw invalidLink();
    await deps.links.useAll(account.id, 'confirmation', deps.clock.now());
    await deps.accounts.setStatus(account.id, 'active');
  });
  await deps.events.record({ type: 'email_confirmed', accountId: pending.id });
  return { accountId: pending.id };
}
