import { newId } from '../../../shared/ids';
import { checkPasswordPolicy, type Principal } from '../domain/account';
import { identityError } from '../identity.errors';
import type { IdentityDeps, RequestContext, TokenPair } from './identity.deps';
import { issueTokenPair } from './issue-token-pair';

/**
 * A signed-in person changes their password: the current one is checked first (through the sign-in
 * throttle: the attempt is reserved before the hash is compared, and a wrong one stays counted), the
 * new one must follow the policy. Every session of the account ends — the other devices, and a
 * session someone else may have opened — and the caller gets a new session (a new token pair) so
 * that they stay signed in here. Only an API session may do it (a connected system's client token
 * has no password: its role is refused by the route).
 */
export async function changePassword(
  deps: IdentityDeps,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
  ctx: RequestContext = {},
): Promise<TokenPair> {
  const address = ctx.address ?? 'unknown';
  const account = await deps.accounts.findById(principal.accountId);
  if (!account || account.status !== 'active' || !account.passwordHash) throw identityError.accountNotFound();
  checkPasswordPolicy(input.newPassword, 'newPassword');
  await deps.throttle.reserve(account.email, address);
  if (!(await deps.hasher.verify(input.currentPassword, account.passwordHash))) {
    await deps.events.record({ type: 'password_change_failed', accountId: account.id, address });
    throw identityError.currentPasswordWrong();
  }
  await deps.throttle.succeeded(account.email, address);
  const passwordHash = await deps.hasher.hash(input.newPassword);
  const pair = await deps.uow.run(async () => {
    await deps.accounts.setPasswordHash(account.id, passwordHash);
    await deps.sessions.revokeAllForAccount(account.id, 'password changed');
    const sessionId = newId();
    const now = deps.clock.now();
    await deps.sessions.createSession({
      id: sessionId,
      accountId: account.id,
      kind: 'api',
      expiresAt: new Date(now.getTime() + deps.settings.refreshTtlSeconds * 1000),
      ...(ctx.address ? { ip: ctx.address } : {}),
      ...(ctx.userAgent ? { userAgent: ctx.userAgent.slice(0, 300) } : {}),
    });
    return issueTokenPair(deps, account, sessionId);
  });
  await deps.events.record({ type: 'password_changed', accountId: account.id, address });
  return pair;
}
