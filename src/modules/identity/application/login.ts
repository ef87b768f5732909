import { newId } from '../../../shared/ids';
import { BACK_OFFICE_ROLES, normalizeEmail, PASSWORD_MAX_BYTES, type Account, type Role } from '../domain/account';
import { identityError } from '../identity.errors';
import type { SessionRecord } from '../ports';
import type { IdentityDeps, RequestContext, TokenPair } from './identity.deps';
import { hashSecret, newSecret } from './secrets';
import { issueTokenPair } from './refresh-session';

const badCredentials = identityError.invalidCredentials;

/**
 * Checks the password with throttling (consume first: the attempt is reserved before the hash is
 * compared and given back only when the password is right); never logs the password. An unknown
 * account, or one without password, is compared with the hasher's dummy hash of the same cost, so
 * that the answer takes as long whether the account exists or not.
 */
export async function authenticatePassword(deps: IdentityDeps, emailInput: string, password: string, ctx: RequestContext): Promise<Account> {
  const email = normalizeEmail(emailInput);
  const address = ctx.address ?? 'unknown';
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) {
    // such a password cannot have been set; refuse clearly rather than truncate (no guess is evaluated)
    throw identityError.passwordTooLongAtSignIn(PASSWORD_MAX_BYTES);
  }
  await deps.throttle.reserve(email, address);
  const account = await deps.accounts.findByEmail(email);
  const ok = await deps.hasher.verify(password, account?.passwordHash ?? null);
  if (account && ok && account.status === 'unconfirmed') {
    // the right password of a registration not yet confirmed: only its author learns it exists
    await deps.throttle.succeeded(email, address);
    throw identityError.emailNotConfirmed();
  }
  if (!account || !account.passwordHash || !ok || account.status !== 'active') {
    await deps.events.record({
      type: 'login_failed',
      email,
      address,
      ...(account ? { accountId: account.id } : {}),
      detail: !account ? 'unknown account' : account.status !== 'active' ? `account ${account.status}` : 'wrong password',
    });
    throw badCredentials();
  }
  await deps.throttle.succeeded(email, address);
  return account;
}

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

/**
 * The server-rendered portals with a cookie session: who may sign in to each, and the kind of
 * session it opens (a session opened for one portal is not accepted by another).
 */
export const WEB_PORTALS = {
  admin: { roles: BACK_OFFICE_ROLES, kind: 'admin' },
  company: { roles: ['company_manager'] as readonly Role[], kind: 'company_portal' },
} as const satisfies Record<string, { roles: readonly Role[]; kind: SessionRecord['kind'] }>;
export type WebPortal = keyof typeof WEB_PORTALS;

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

/** Opens a portal's cookie session for an authenticated account (refused, as bad credentials, to a role the portal does not admit). */
export async function openWebSession(
  deps: IdentityDeps,
  portal: WebPortal,
  account: Account,
  ctx: RequestContext,
): Promise<{ sessionToken: string; account: Account; expiresAt: Date }> {
  const { roles, kind } = WEB_PORTALS[portal];
  if (!roles.includes(account.role)) {
    await deps.events.record({ type: `${portal}_login_refused`, accountId: account.id, ...(ctx.address ? { address: ctx.address } : {}), detail: `role ${account.role}` });
    throw badCredentials();
  }
  const sessionToken = newSecret();
  const expiresAt = new Date(deps.clock.now().getTime() + deps.settings.adminSessionTtlSeconds * 1000);
  await deps.sessions.createSession({
    id: newId(),
    accountId: account.id,
    kind,
    expiresAt,
    secretHash: hashSecret(sessionToken),
    ...(ctx.address ? { ip: ctx.address } : {}),
    ...(ctx.userAgent ? { userAgent: ctx.userAgent.slice(0, 300) } : {}),
  });
  return { sessionToken, account, expiresAt };
}

/** Back-office sign-in: agents and admins only; returns the opaque cookie token. */
export const adminLogin = (deps: IdentityDeps, email: string, password: string, ctx: RequestContext) => webLogin(deps, 'admin', email, password, ctx);
