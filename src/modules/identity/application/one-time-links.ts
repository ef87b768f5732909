import { isDomainError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { Role } from '../domain/account';
import type { IdentityMailKind, OneTimeTokenPurpose, OneTimeTokenRecord } from '../ports';
import type { IdentityDeps } from './identity.deps';
import { hashSecret, newSecret } from './secrets';

/** Pages of the applicant portal that the links of the identity mails open (they post to the API). */
export const CONFIRMATION_PATH = '/compte/confirmation';
export const RESET_PATH = '/compte/mot-de-passe';
/** The landlord portal's page for a landlord user's reset link (docs/decisions/0008). */
export const LANDLORD_RESET_PATH = '/bailleur/mot-de-passe';
/** The back office's and the company portal's pages for their users' reset links (server-rendered forms). */
export const ADMIN_RESET_PATH = '/admin/mot-de-passe';
export const COMPANY_RESET_PATH = '/entreprise/mot-de-passe';

/** The page a reset link opens: the portal its account signs in to. */
export function resetPathFor(role: Role | undefined): string {
  if (role === 'landlord_user') return LANDLORD_RESET_PATH;
  if (role === 'agent' || role === 'admin') return ADMIN_RESET_PATH;
  if (role === 'company_manager') return COMPANY_RESET_PATH;
  return RESET_PATH;
}

const linkTo = (publicUrl: string, path: string, token: string): string => `${withoutTrailingSlashes(publicUrl)}${path}?token=${encodeURIComponent(token)}`;

/** `https://x/` → `https://x` (a loop: the pattern `/\/+$/` is quadratic on a long run of slashes; npm run lint:code) */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

/**
 * A one-time link for the account (e-mail confirmation or password reset; a landlord user's reset link
 * opens the landlord portal): the token is random,
 * only its SHA-256 is stored; the usable link is returned once, for the outbox (which forgets it
 * once mailed).
 */
export async function issueLink(deps: IdentityDeps, accountId: string, purpose: OneTimeTokenPurpose, role?: Role): Promise<{ link: string; expiresAt: Date }> {
  const token = newSecret();
  const ttl = purpose === 'confirmation' ? deps.flows.confirmationTtlSeconds : deps.flows.resetTtlSeconds;
  const expiresAt = new Date(deps.clock.now().getTime() + ttl * 1000);
  await deps.links.add({ id: newId(), accountId, purpose, tokenHash: hashSecret(token), expiresAt });
  const path = purpose === 'confirmation' ? CONFIRMATION_PATH : resetPathFor(role);
  return { link: linkTo(deps.flows.publicUrl, path, token), expiresAt };
}

/**
 * The token's record when it is usable for this purpose (looked up by its hash, an index read: a
 * made-up token costs no more than that); null otherwise. Locked FOR UPDATE: call it in the
 * transaction that uses the token, so that two uses of one token race to one.
 */
export async function usableLink(deps: IdentityDeps, token: string, purpose: OneTimeTokenPurpose): Promise<OneTimeTokenRecord | null> {
  const record = await deps.links.findByHashForUpdate(hashSecret(token));
  if (!record || record.purpose !== purpose || record.usedAt || record.expiresAt <= deps.clock.now()) return null;
  return record;
}

/**
 * Writes an identity mail to the outbox, at most a few per recipient address in a window (so that
 * registrations or reset requests cannot flood someone's mailbox); beyond, nothing is written and
 * the caller answers as usual. `payload` is made only when the message is written (a link is issued
 * only when it is mailed). Returns whether the message was written.
 */
export async function mailTo(deps: IdentityDeps, toEmail: string, kind: IdentityMailKind, payload: () => Promise<Record<string, unknown>>): Promise<boolean> {
  try {
    await deps.limits.consume('mail_to', toEmail);
  } catch (error) {
    if (isDomainError(error) && error.kind === 'rate_limited') return false;
    throw error;
  }
  await deps.outbox.add({ toEmail, kind, payload: await payload() });
  return true;
}
