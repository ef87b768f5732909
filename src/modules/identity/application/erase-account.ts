import type { IdentityDeps } from './identity.deps';

/** The address an erased account keeps: unique, undeliverable (.invalid, RFC 2606), derived from the id only. */
export const erasedEmail = (accountId: string): string => `erased-${accountId}@erased.invalid`;
export const ERASED_DISPLAY_NAME = 'Compte effacé';

/**
 * Erases an account's identity (in the caller's transaction): email and name replaced, password and
 * memberships removed, status `erased` (no sign-in, every request refused by the deny-list), every
 * session revoked. The row stays, keeping only its id, role and dates, so that the audit trail's
 * ids still point somewhere.
 */
export async function eraseAccount(deps: IdentityDeps, accountId: string): Promise<void> {
  await deps.uow.run(async () => {
    const account = await deps.accounts.findById(accountId);
    // the identity mails to the address (confirmation, reset, "someone tried to register") go with it
    if (account) await deps.outbox.forgetAddress(account.email);
    await deps.accounts.erase(accountId, { email: erasedEmail(accountId), displayName: ERASED_DISPLAY_NAME });
    await deps.sessions.revokeAllForAccount(accountId, 'account erased');
  });
}
