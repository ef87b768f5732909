import { identityError } from '../identity.errors';
import { acceptInvitation } from './accept-invitation';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { openWebSession } from './open-web-session';
import type { WebPortal } from './web-portals';

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
