import { checkPasswordPolicy } from '../domain/account';
import { identityError } from '../identity.errors';
import type { SessionRecord } from '../ports';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { hashSecret } from './secrets';

/**
 * Sets the password of an invited account with its one-time token; the token cannot be used twice.
 * The token is looked up first (an index read on its hash): a made-up token costs no bcrypt.
 * Limited per client address.
 */
export async function acceptInvitation(deps: IdentityDeps, token: string, password: string, ctx: RequestContext = {}): Promise<{ accountId: string }> {
  await deps.limits.consume('invitation', ctx.address ?? 'unknown');
  const invalidInvitation = identityError.invitationInvalid;
  const usable = (s: SessionRecord | null): s is SessionRecord => !!s && s.kind === 'invitation' && !s.revokedAt && s.expiresAt > deps.clock.now();
  if (!usable(await deps.sessions.findSessionBySecretHash(hashSecret(token)))) throw invalidInvitation();
  checkPasswordPolicy(password);
  const passwordHash = await deps.hasher.hash(password);
  return deps.uow.run(async () => {
    const session = await deps.sessions.findSessionBySecretHash(hashSecret(token));
    if (!usable(session)) throw invalidInvitation();
    const account = await deps.accounts.findById(session.accountId);
    if (!account || account.status !== 'invited') throw invalidInvitation();
    // used once: of two acceptances at the same instant, only the one that ends the invitation goes on
    if (!(await deps.sessions.endSession(session.id, 'invitation accepted'))) throw invalidInvitation();
    await deps.accounts.setPasswordHash(account.id, passwordHash);
    await deps.accounts.setStatus(account.id, 'active');
    return { accountId: account.id };
  });
}
