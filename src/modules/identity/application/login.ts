import { newId } from '../../../shared/ids';
import { authenticatePassword } from './authenticate-password';
import type { IdentityDeps, RequestContext, TokenPair } from './identity.deps';
import { issueTokenPair } from './issue-token-pair';

/** API sign-in: an access token and a rotating refresh token (a new session family). */
export async function login(deps: IdentityDeps, email: string, password: string, ctx: RequestContext): Promise<TokenPair> {
  const account = await authenticatePassword(deps, email, password, ctx);
  return deps.uow.run(async () => {
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
}
