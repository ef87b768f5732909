import type { Principal } from '../../identity/index';
import { landlordError } from '../landlord.errors';
import { auditActor } from './access';
import type { LandlordDeps } from './landlord.deps';
import { assertMayManageUsers } from './landlord-users-access';
import { ACCOUNT_STATUS_LABELS, type LandlordUserView } from './list-landlord-users';

export const LANDLORD_INVITATION_KIND = 'landlord_user_invitation';
/** Where an invited landlord user sets their password: the landlord portal's invitation page. */
export const LANDLORD_INVITATION_PATH = '/bailleur/invitation';

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const EMAIL_MAX = 254;
const NAME_MAX = 200;

function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

export const landlordInvitationLink = (publicUrl: string, token: string): string =>
  `${withoutTrailingSlashes(publicUrl)}${LANDLORD_INVITATION_PATH}?token=${encodeURIComponent(token)}`;

export interface InviteLandlordUserInput {
  email: string;
  displayName: string;
  /** may invite and remove colleagues */
  admin?: boolean | undefined;
}

/**
 * An agent (from the back office or the API) or an administrator of the landlord invites a person
 * of the landlord: an account `landlord_user` of the landlord in status invited, and a one-time
 * link by mail (the landlord outbox; the link leaves it once mailed) to the landlord portal's
 * invitation page, where they choose their password.
 */
export async function inviteLandlordUser(deps: LandlordDeps, p: Principal, landlordId: string, input: InviteLandlordUserInput): Promise<LandlordUserView> {
  const landlord = await assertMayManageUsers(deps, p, landlordId);
  const email = input.email.trim().toLowerCase();
  const displayName = input.displayName.trim();
  const fault = { email: email.length > EMAIL_MAX || !EMAIL.test(email), displayName: !displayName || displayName.length > NAME_MAX };
  if (fault.email || fault.displayName) throw landlordError.invalidUser(fault);
  const now = deps.clock.now();
  return deps.uow.run(async () => {
    const invitation = await deps.accounts.invite({ email, displayName, landlordId });
    const admin = input.admin === true;
    await deps.users.add({ landlordId, accountId: invitation.accountId, email, displayName, admin, invitedAt: now, invitedByAccountId: p.accountId, removedAt: null });
    await deps.outbox.add({
      toEmail: email,
      kind: LANDLORD_INVITATION_KIND,
      payload: {
        landlordId,
        landlordName: landlord.name,
        accountId: invitation.accountId,
        displayName,
        admin,
        invitationToken: invitation.invitationToken,
        link: landlordInvitationLink(deps.settings.publicUrl, invitation.invitationToken),
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    await deps.audit.record({
      ...auditActor(p),
      actingFor: { kind: 'landlord', id: landlordId },
      action: 'landlord.user_invited',
      objectType: 'account',
      objectId: invitation.accountId,
      detail: { admin },
    });
    return { accountId: invitation.accountId, email, displayName, admin, status: 'invited', statusLabel: ACCOUNT_STATUS_LABELS.invited, invitedAt: now };
  });
}
