import type { Account } from '../domain/account';
import { authenticatePassword } from './authenticate-password';
import type { IdentityDeps, RequestContext } from './identity.deps';
import { openWebSession } from './open-web-session';
import type { WebPortal } from './web-portals';

/** Sign-in to a server-rendered portal (same throttle as the API); returns the opaque cookie token. */
export async function webLogin(
  deps: IdentityDeps,
  portal: WebPortal,
  email: string,
  password: string,
  ctx: RequestContext,
): Promise<{ sessionToken: string; account: Account; expiresAt: Date }> {
  const account = await authenticatePassword(deps, email, password, ctx);
  return openWebSession(deps, portal, account, ctx);
}
