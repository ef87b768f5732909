import { identityError } from '../identity.errors';
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

const invalidRefresh = identityError.refreshInvalid;

/**
 * Rotation: a refresh token is used once and replaced. Presenting a token that was already used
 * means it leaked: the whole session family is revoked.
 */
export async function refreshSession(deps: IdentityDeps, refreshToken: string): Promise<TokenPair> {
  const outcome = await deps.uow.run(async (): Promise<TokenPair | 'reused' | 'invalid'> => {
    const now = deps.clock.now();
    const record = await deps.sessions.findRefreshTokenForUpdate(hashSecret(refreshToken));
    if (!record) return 'invalid';
    const session = await deps.sessions.findSession(record.sessionId);
    if (!session || session.revokedAt || session.expiresAt <= now) return 'invalid';
    if (record.usedAt) {
      await deps.sessions.revokeSession(session.id, 'refresh token reused');
      return 'reused';
    }
    if (record.expiresAt <= now) return 'invalid';
    const account = await deps.accounts.findById(session.accountId);
    if (!account || account.status !== 'active') return 'invalid';
    await deps.sessions.markRefreshTokenUsed(record.id, now);
    return issueTokenPair(deps, account, session.id);
  });
  if (outcome === 'reused') {
    await deps.events.record({ type: 'refresh_token_reused', detail: 'session family revoked' });
    throw identityError.refreshReused();
  }
  if (outcome === 'invalid') throw invalidRefresh();
  return outcome;
}
