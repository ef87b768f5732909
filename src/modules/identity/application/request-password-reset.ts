import { normalizeEmail, RESETTABLE_STATUSES } from '../domain/account';
import { CHECK_YOUR_MAILBOX } from '../identity.errors';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { issueLink, mailTo } from './one-time-links';

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
    if (!account || !RESETTABLE_STATUSES.includes(account.status) || account.role === 'landlord_client') return;
    await mailTo(deps, email, 'identity.password_reset', async () => {
      const { link, expiresAt } = await issueLink(deps, account.id, 'reset', account.role);
      return { displayName: account.displayName, link, expiresAt: expiresAt.toISOString() };
    });
  });
  return { message: CHECK_YOUR_MAILBOX };
}
