import type { Account, Principal } from '../domain/account';
import { identityError } from '../identity.errors';
import { acceptInvitation } from './accept-invitation';
import { acceptInvitationAndSignIn } from './accept-invitation-and-sign-in';
import { accountStatuses } from './account-statuses';
import { authenticateAccessToken } from './authenticate-access-token';
import { authenticateWebSession } from './authenticate-web-session';
import { changePassword } from './change-password';
import { confirmEmail } from './confirm-email';
import { confirmPassword } from './confirm-password';
import { createAccount, type CreateAccountInput } from './create-account';
import { disableAccount } from './disable-account';
import { endWebSession } from './end-web-session';
import { eraseAccount } from './erase-account';
import type { IdentityDeps, RequestContext, TokenPair } from './identity.deps';
import { inviteAccount } from './invite-account';
import { issueClientToken } from './issue-client-token';
import { listLandlordApiClients } from './list-landlord-api-clients';
import { login } from './login';
import { logout } from './logout';
import { refreshSession } from './refresh-session';
import { registerApiClient } from './register-api-client';
import { registerApplicant, type RegisterApplicantInput } from './register-applicant';
import { requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';
import { revokeLandlordApiClient } from './revoke-landlord-api-client';
import { SessionStateCache } from './session-state-cache';
import { webLogin } from './web-login';
import type { WebPortal } from './web-portals';

/** The identity module's façade: one method per use case, each in its own file. */
export class IdentityService {
  private readonly deps: IdentityDeps;

  constructor(deps: IdentityDeps) {
    // the per-request session check reused briefly; every revocation goes through this wrapped repository
    const sessions = new SessionStateCache(deps.settings.sessionCheckCacheMs ?? 0).wrap(deps.sessions);
    this.deps = { ...deps, sessions };
  }

  /** Self-registration: the same answer for a new and a known address (see register-applicant.ts). */
  register = (input: RegisterApplicantInput, ctx: RequestContext = {}): Promise<{ message: string }> => registerApplicant(this.deps, input, ctx);
  /** Confirms a registration with the mailed link's token and the password chosen at registration. */
  confirmEmail = (token: string, password: string, ctx: RequestContext = {}) => confirmEmail(this.deps, token, password, ctx);
  /** "Mot de passe oublié": a one-time link by mail; the same answer whatever the address. */
  requestPasswordReset = (email: string, ctx: RequestContext = {}) => requestPasswordReset(this.deps, email, ctx);
  resetPassword = (token: string, password: string, ctx: RequestContext = {}) => resetPassword(this.deps, token, password, ctx);
  /** A signed-in person changes their password (the current one checked): every session ends, the caller gets a new one. */
  changePassword = (principal: Principal, input: { currentPassword: string; newPassword: string }, ctx: RequestContext = {}): Promise<TokenPair> =>
    changePassword(this.deps, principal, input, ctx);
  createAccount = (input: CreateAccountInput): Promise<Account> => createAccount(this.deps, input);
  login = (email: string, password: string, ctx: RequestContext): Promise<TokenPair> => login(this.deps, email, password, ctx);
  refresh = (refreshToken: string): Promise<TokenPair> => refreshSession(this.deps, refreshToken);
  logout = (sessionId: string): Promise<void> => logout(this.deps, sessionId);
  authenticate = (accessToken: string): Promise<Principal> => authenticateAccessToken(this.deps, accessToken);
  /** Back-office sign-in: agents and admins only; returns the opaque cookie token. */
  adminLogin = (email: string, password: string, ctx: RequestContext) => webLogin(this.deps, 'admin', email, password, ctx);
  /** Resolves the back-office cookie's opaque token to its principal. */
  adminSession = (token: string) => authenticateWebSession(this.deps, 'admin', token);
  adminLogout = (token: string): Promise<void> => endWebSession(this.deps, token);
  /** Cookie sessions of the server-rendered portals (`admin`: agents and admins; `company`: company managers). */
  webLogin = (portal: WebPortal, email: string, password: string, ctx: RequestContext) => webLogin(this.deps, portal, email, password, ctx);
  webSession = (portal: WebPortal, token: string) => authenticateWebSession(this.deps, portal, token);
  webLogout = (token: string): Promise<void> => endWebSession(this.deps, token);
  disableAccount = (accountId: string): Promise<void> => disableAccount(this.deps, accountId);
  /** The status of each account given that exists, by id (one read). */
  accountStatuses = (accountIds: readonly string[]) => accountStatuses(this.deps, accountIds);
  registerApiClient = (input: Parameters<typeof registerApiClient>[1]) => registerApiClient(this.deps, input);
  listLandlordApiClients = (landlordId: string) => listLandlordApiClients(this.deps, landlordId);
  revokeLandlordApiClient = (landlordId: string, clientId: string) => revokeLandlordApiClient(this.deps, landlordId, clientId);
  clientToken = (clientId: string, secret: string, address?: string) => issueClientToken(this.deps, clientId, secret, address);

  inviteAccount = (input: Parameters<typeof inviteAccount>[1]) => inviteAccount(this.deps, input);
  acceptInvitation = (token: string, password: string, ctx: RequestContext = {}) => acceptInvitation(this.deps, token, password, ctx);
  /** A portal's invitation page: sets the password, then opens that portal's cookie session. */
  acceptInvitationAndSignIn = (portal: WebPortal, token: string, password: string, ctx: RequestContext) => acceptInvitationAndSignIn(this.deps, portal, token, password, ctx);

  async me(principal: Principal): Promise<Omit<Account, 'passwordHash'>> {
    const account = await this.deps.accounts.findById(principal.accountId);
    if (!account) throw identityError.accountNotFound();
    const { passwordHash: _omit, ...visible } = account;
    return visible;
  }

  /** Asks the signed-in holder's password again (before an erasure); 403 IDENTITY.PASSWORD_MISMATCH when wrong. */
  confirmPassword = (principal: Principal, password: string, address?: string): Promise<void> => confirmPassword(this.deps, principal, password, address);
  /** GDPR erasure of the account's identity; sessions revoked (joins the caller's transaction). */
  eraseAccount = (accountId: string): Promise<void> => eraseAccount(this.deps, accountId);

  findByEmail = (email: string) => this.deps.accounts.findByEmail(email);
  /** Where to write to an account (mail senders): its address and name; null when there is no such account or it is disabled. Internal: no access check. */
  async contactOf(accountId: string): Promise<{ email: string; name: string } | null> {
    const account = await this.deps.accounts.findById(accountId);
    return account && account.status !== 'disabled' ? { email: account.email, name: account.displayName } : null;
  }
  countByRole = () => this.deps.accounts.countByRole();
}
