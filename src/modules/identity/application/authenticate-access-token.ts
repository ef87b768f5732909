import type { Principal } from '../domain/account';
import { identityError } from '../identity.errors';
import type { SessionRecord, SessionState } from '../ports';
import type { IdentityDeps } from './identity.deps';

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
  if (!state || state.revokedAt || state.accountStatus !== 'active' || state.expiresAt <= deps.clock.now()) throw identityError.sessionEnded();
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
