import type { IdentityDeps } from './identity.deps';

/** Disabling an account ends every session it has, immediately. */
export async function disableAccount(deps: IdentityDeps, accountId: string): Promise<void> {
  await deps.uow.run(async () => {
    await deps.accounts.setStatus(accountId, 'disabled');
    await deps.sessions.revokeAllForAccount(accountId, 'account disabled');
  });
  await deps.events.record({ type: 'account_disabled', accountId });
}
