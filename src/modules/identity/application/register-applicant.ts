import { newId } from '../../../shared/ids';
import { checkPasswordPolicy, normalizeEmail } from '../domain/account';
import { CHECK_YOUR_MAILBOX, isEmailTaken } from '../identity.errors';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { issueLink, mailTo } from './one-time-links';

export interface RegisterApplicantInput {
  email: string;
  password: string;
  displayName: string;
}

/**
 * Self-registration of an applicant. The answer is the same whether the address is new or already
 * has an account (an applicant's, an agent's…): "check your mailbox", after the same work (the
 * password is hashed either way). A new address gets an account in status `unconfirmed` (no sign-in
 * until confirmed) and a confirmation link; an address with an account gets a mail saying that
 * someone tried to register with it; an address registered but not yet confirmed gets a new link,
 * its pending password replaced by this one (confirming asks for it: a link alone cannot confirm a
 * password someone else chose). Limited per client address, and in mails per recipient.
 */
export async function registerApplicant(deps: IdentityDeps, input: RegisterApplicantInput, ctx: RequestContext = {}): Promise<{ message: string }> {
  await deps.limits.consume('register', ctx.address ?? 'unknown');
  checkPasswordPolicy(input.password);
  const email = normalizeEmail(input.email);
  const displayName = input.displayName.trim();
  const passwordHash = await deps.hasher.hash(input.password);
  try {
    await deps.uow.run(async () => {
      const existing = await deps.accounts.findByEmail(email);
      if (existing && existing.status !== 'unconfirmed') {
        await mailTo(deps, email, 'identity.account_exists', async () => ({ displayName: existing.displayName }));
        return;
      }
      const account = existing ?? (await deps.accounts.create({ id: newId(), email, passwordHash, role: 'applicant', displayName, status: 'unconfirmed', memberships: [] }));
      if (existing) await deps.accounts.setPasswordHash(existing.id, passwordHash);
      await mailTo(deps, email, 'identity.email_confirmation', async () => {
        const { link, expiresAt } = await issueLink(deps, account.id, 'confirmation');
        return { displayName: account.displayName, link, expiresAt: expiresAt.toISOString() };
      });
    });
  } catch (error) {
    // the same address registered at the same instant by another request: the same answer
    if (!isEmailTaken(error)) throw error;
  }
  return { message: CHECK_YOUR_MAILBOX };
}
