import { newId } from '../../../shared/ids';
import { identityError } from '../identity.errors';
import type { IdentityDeps } from './identity.deps';
import { hashSecret } from './secrets';

/** OAuth2-style client credentials grant: an access token only, no refresh token. */
export async function issueClientToken(
  deps: IdentityDeps,
  clientId: string,
  clientSecret: string,
  address?: string,
): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number }> {
  // consume first: the attempt counts before the secret is compared, given back when it was right
  await deps.throttle.reserve(`client:${clientId}`, address ?? 'unknown');
  const client = await deps.clients.findByClientId(clientId);
  const { timingSafeEqual } = await import('node:crypto');
  const expected = Buffer.from(client?.secretHash ?? '0'.repeat(64), 'hex');
  const given = Buffer.from(hashSecret(clientSecret), 'hex');
  const ok = !!client && !client.revokedAt && expected.length === given.length && timingSafeEqual(expected, given);
  const account = ok && client ? await deps.accounts.findById(client.accountId) : null;
  if (!ok || !client || !account || account.status !== 'active') {
    await deps.events.record({ type: 'client_auth_failed', detail: `client ${clientId.slice(0, 40)}`, ...(address ? { address } : {}) });
    throw identityError.invalidClient();
  }
  await deps.throttle.succeeded(`client:${clientId}`, address ?? 'unknown');
  const sessionId = newId();
  const now = deps.clock.now();
  await deps.sessions.createSession({ id: sessionId, accountId: account.id, kind: 'client', expiresAt: new Date(now.getTime() + deps.settings.accessTtlSeconds * 1000) });
  const landlord = account.memberships.find((m) => m.orgKind === 'landlord');
  const access = deps.tokens.issue({ sub: account.id, role: 'landlord_client', sid: sessionId, ...(landlord ? { landlordId: landlord.orgId } : {}) });
  return { accessToken: access.token, tokenType: 'Bearer', expiresIn: access.expiresIn };
}
