import { unauthorized } from '../../../shared/errors';
import { principalOf, type Principal } from '../domain/account';
import { WEB_PORTALS, type WebPortal } from './login';
import type { IdentityDeps } from './identity.deps';
import { hashSecret } from './secrets';

const sessionEnded = () => unauthorized('IDENTITY.SESSION_ENDED', 'Session terminée, veuillez vous reconnecter.');

/**
 * Verifies a bearer access token (signature, algorithm, issuer, audience, expiry) and then the
 * deny-list: a logged-out session or a disabled account ends access at once.
 */
export async function authenticateAccessToken(deps: IdentityDeps, token: string): Promise<Principal> {
  const claims = deps.tokens.verify(token);
  const state = await deps.sessions.sessionState(claims.sid);
  if (!state || state.revokedAt || state.accountStatus !== 'active' || state.expiresAt <= deps.clock.now()) throw sessionEnded();
  return {
    accountId: claims.sub,
    role: claims.role,
    sessionId: claims.sid,
    ...(claims.companyId ? { companyId: claims.companyId } : {}),
    ...(claims.landlordId ? { landlordId: claims.landlordId } : {}),
  };
}

/**
 * Resolves a portal cookie's opaque token to its principal (with the company or landlord it acts
 * for): the session must have been opened for that portal, and the account still hold one of its roles.
 */
export async function authenticateWebSession(deps: IdentityDeps, portal: WebPortal, sessionToken: string): Promise<Principal & { displayName: string }> {
  const { kind, roles } = WEB_PORTALS[portal];
  const session = await deps.sessions.findSessionBySecretHash(hashSecret(sessionToken));
  if (!session || session.kind !== kind || session.revokedAt || session.expiresAt <= deps.clock.now()) throw sessionEnded();
  const account = await deps.accounts.findById(session.accountId);
  if (!account || account.status !== 'active' || !(roles as readonly string[]).includes(account.role)) throw sessionEnded();
  return { ...principalOf(account, session.id), displayName: account.displayName };
}

/** Resolves the back-office cookie's opaque token to its principal. */
export const authenticateAdminSession = (deps: IdentityDeps, sessionToken: string) => authenticateWebSession(deps, 'admin', sessionToken);

export async function logout(deps: IdentityDeps, sessionId: string): Promise<void> {
  await deps.sessions.revokeSession(sessionId, 'logout');
}

/** Ends a portal's cookie session (whichever portal opened it). */
export async function adminLogout(deps: IdentityDeps, sessionToken: string): Promise<void> {
  const session = await deps.sessions.findSessionBySecretHash(hashSecret(sessionToken));
  if (session) await deps.sessions.revokeSession(session.id, 'logout');
}

/** Disabling an account ends every session it has, immediately. */
export async function disableAccount(deps: IdentityDeps, accountId: string): Promise<void> {
  await deps.uow.run(async () => {
    await deps.accounts.setStatus(accountId, 'disabled');
    await deps.sessions.revokeAllForAccount(accountId, 'account disabled');
  });
  await deps.events.record({ type: 'account_disabled', accountId });
}
