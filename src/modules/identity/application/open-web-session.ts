import { newId } from '../../../shared/ids';
import type { Account } from '../domain/account';
import { identityError } from '../identity.errors';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { hashSecret, newSecret } from './secrets';
import { WEB_PORTALS, type WebPortal } from './web-portals';

/** Opens a portal's cookie session for an authenticated account (refused, as bad credentials, to a role the portal does not admit). */
export async function openWebSession(
  deps: IdentityDeps,
  portal: WebPortal,
  account: Account,
  ctx: RequestContext,
): Promise<{ sessionToken: string; account: Account; expiresAt: Date }> {
  const { roles, kind } = WEB_PORTALS[portal];
  if (!roles.includes(account.role)) {
    await deps.events.record({ type: `${portal}_login_refused`, accountId: account.id, ...(ctx.address ? { address: ctx.address } : {}), detail: `role ${account.role}` });
    throw identityError.invalidCredentials();
  }
  const sessionToken = newSecret();
  const expiresAt = new Date(deps.clock.now().getTime() + deps.settings.adminSessionTtlSeconds * 1000);
  await deps.sessions.createSession({
    id: newId(),
    accountId: account.id,
    kind,
    expiresAt,
    secretHash: hashSecret(sessionToken),
    ...(ctx.address ? { ip: ctx.address } : {}),
    ...(ctx.userAgent ? { userAgent: ctx.userAgent.slice(0, 300) } : {}),
  });
  return { sessionToken, account, expiresAt };
}
