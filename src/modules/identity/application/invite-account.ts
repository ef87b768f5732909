import { newId } from '../../../shared/ids';
import { normalizeEmail, requiredOrgKind, type Role } from '../domain/account';
import { identityError } from '../identity.errors';
import type { IdentityDeps } from './identity.deps';
import { hashSecret, newSecret } from './secrets';

export const INVITATION_TTL_SECONDS = 7 * 86_400;

/**
 * Creates an account in status `invited` with a one-time link to set its password (company
 * managers invited by an agent, landlord users…). The token is returned once, to be mailed; only
 * its SHA-256 is stored (the invitation session's `secret_hash`, unique index).
 */
export async function inviteAccount(
  deps: IdentityDeps,
  input: { email: string; role: Role; displayName: string; orgId?: string },
): Promise<{ accountId: string; invitationToken: string; expiresAt: Date }> {
  const orgKind = requiredOrgKind(input.role);
  if (orgKind && !input.orgId) throw identityError.orgRequired(input.role);
  const invitationToken = newSecret();
  const expiresAt = new Date(deps.clock.now().getTime() + INVITATION_TTL_SECONDS * 1000);
  return deps.uow.run(async () => {
    const account = await deps.accounts.create({
      id: newId(),
      email: normalizeEmail(input.email),
      passwordHash: null,
      role: input.role,
      displayName: input.displayName.trim(),
      status: 'invited',
      memberships: orgKind && input.orgId ? [{ orgKind, orgId: input.orgId }] : [],
    });
    // An invitation is a session of kind 'invitation' whose secret is the one-time token.
    await deps.sessions.createSession({ id: newId(), accountId: account.id, kind: 'invitation', expiresAt, secretHash: hashSecret(invitationToken) });
    return { accountId: account.id, invitationToken, expiresAt };
  });
}
