import { identityError } from '../identity.errors';
import type { IdentityDeps, TokenPair } from './identity.deps';
import { issueTokenPair } from './issue-token-pair';
import { hashSecret } from './secrets';

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
  if (outcome === 'invalid') throw identityError.refreshInvalid();
  return outcome;
}
