import { principalOf, type Principal } from '../domain/account';
import { identityError } from '../identity.errors';
import type { IdentityDeps } from './identity.deps';
import { hashSecret } from './secrets';
import { WEB_PORTALS, type WebPortal } from './web-portals';

/**
 * Resolves a portal cookie's opaque token to its principal (with the company or landlord it acts
 * for): the session must have been opened for that portal, and the account still hold one of its roles.
 */
export async function authenticateWebSession(deps: IdentityDeps, portal: WebPortal, sessionToken: string): Promise<Principal & { displayName: string }> {
  const { kind, roles } = WEB_PORTALS[portal];
  const session = await deps.sessions.findSessionBySecretHash(hashSecret(sessionToken));
  if (!session || session.kind !== kind || session.revokedAt || session.expiresAt <= deps.clock.now()) throw identityError.sessionEnded();
  const account = await deps.accounts.findById(session.accountId);
  if (!account || account.status !== 'active' || !(roles as readonly string[]).includes(account.role)) throw identityError.sessionEnded();
  return { ...principalOf(account, session.id), displayName: account.displayName };
}
