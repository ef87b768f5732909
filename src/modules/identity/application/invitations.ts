import { newId } from '../../../shared/ids';
import { checkPasswordPolicy, normalizeEmail, requiredOrgKind, type Role } from '../domain/account';
import { identityError } from '../identity.errors';
import type { SessionRecord } from '../ports';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { openWebSession, type WebPortal } from './login';
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

/**
 * The invitation page of a portal: sets the password with the one-time token, then opens the
 * portal's cookie session for the account (when its role belongs to that portal).
 */
export async function acceptInvitationAndSignIn(deps: IdentityDeps, portal: WebPortal, token: string, password: string, ctx: RequestContext) {
  const { accountId } = await acceptInvitation(deps, token, password, ctx);
  const account = await deps.accounts.findById(accountId);
  if (!account) throw identityError.invitationInvalid();
  return openWebSession(deps, portal, account, ctx);
}
