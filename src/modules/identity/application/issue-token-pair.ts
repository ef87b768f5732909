import { newId } from '../../../shared/ids';
import { principalOf, type Account } from '../domain/account';
import type { IdentityDeps, TokenPair } from './identity.deps';
import { hashSecret, newSecret } from './secrets';

/** Issues an access token and a fresh refresh token in the given session family. */
export async function issueTokenPair(deps: IdentityDeps, account: Account, sessionId: string): Promise<TokenPair> {
  const principal = principalOf(account, sessionId);
  const access = deps.tokens.issue({
    sub: account.id,
    role: account.role,
    sid: sessionId,
    ...(principal.companyId ? { companyId: principal.companyId } : {}),
    ...(principal.landlordId ? { landlordId: principal.landlordId } : {}),
  });
  const refreshToken = newSecret();
  await deps.sessions.addRefreshToken({
    id: newId(),
    sessionId,
    tokenHash: hashSecret(refreshToken),
    expiresAt: new Date(deps.clock.now().getTime() + deps.settings.refreshTtlSeconds * 1000),
  });
  return { accessToken: access.token, tokenType: 'Bearer', expiresIn: access.expiresIn, refreshToken, refreshExpiresIn: deps.settings.refreshTtlSeconds };
}
