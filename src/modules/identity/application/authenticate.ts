import { identityError } from '../identity.errors';
import { principalOf, type Principal } from '../domain/account';
import { WEB_PORTALS, type WebPortal } from './login';
import type { SessionRecord, SessionState } from '../ports';
import type { IdentityDeps } from './identity.deps';
import { hashSecret } from './secrets';

const sessionEnded = identityError.sessionEnded;

/** Sessions an access token may belong to: API sign-ins and client-credentials grants (not cookies, not invitations). */
const BEARER_SESSION_KINDS: readonly SessionRecord['kind'][] = ['api', 'client'];

/**
 * Verifies a bearer access token (signature, algorithm, issuer, audience, expiry required) and then
 * the deny-list: a logged-out session or a disabled account ends access at once. The token's claims
 * must be its session's: subject = the session's account, role and organisation = that account's
 * now (a token re-signed with another role or company, or issued before a change, is refused).
 */
export async function authenticateAccessToken(deps: IdentityDeps, token: string): Promise<Principal> {
  const claims = deps.tokens.verify(token);
  const state = await deps.sessions.sessionState(claims.sid);
  if (!state || state.revokedAt || state.accountStatus !== 'active' || state.expiresAt <= deps.clock.now()) throw sessionEnded();
  const expected = expectedClaims(state);
  if (
    !BEARER_SESSION_KINDS.includes(state.kind) ||
    claims.sub !== state.accountId ||
    claims.role !== state.role ||
    (claims.companyId ?? null) !== expected.companyId ||
    (claims.landlordId ?? null) !== expected.landlordId
  ) {
    await deps.events.record({ type: 'access_token_mismatch', accountId: state.accountId, detail: `claims ${claims.role} for session ${state.kind}` });
    throw identityError.tokenInvalid();
  }
  return {
    accountId: claims.sub,
    role: claims.role,
    sessionId: claims.sid,
    ...(expected.companyId ? { companyId: expected.companyId } : {}),
    ...(expected.landlordId ? { landlordId: expected.landlordId } : {}),
  };
}

/** The organisations a token of this account carries (the rule of `principalOf`). */
function expectedClaims(state: SessionState): { companyId: string | null; landlordId: string | null } {
  return {
    companyId: state.role === 'company_manager' ? state.companyId : null,
    landlordId: state.role === 'landlord_user' || state.role === 'landlord_client' ? state.landlordId : null,
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
