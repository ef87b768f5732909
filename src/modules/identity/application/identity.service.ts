import { notFound } from '../../../shared/errors';
import type { Account, Principal } from '../domain/account';
import type { IdentityDeps, RequestContext, TokenPair } from './identity.deps';
import { registerApplicant, type RegisterApplicantInput } from './register-applicant';
import { createAccount, type CreateAccountInput } from './create-account';
import { adminLogin, login } from './login';
import { refreshSession } from './refresh-session';
import { adminLogout, authenticateAccessToken, authenticateAdminSession, disableAccount, logout } from './authenticate';
import { issueClientToken, registerApiClient } from './client-credentials';
import { acceptInvitation, inviteAccount } from './invitations';

/** The identity module's façade: one method per use case, each in its own file. */
export class IdentityService {
  constructor(private readonly deps: IdentityDeps) {}

  register = (input: RegisterApplicantInput): Promise<Account> => registerApplicant(this.deps, input);
  createAccount = (input: CreateAccountInput): Promise<Account> => createAccount(this.deps, input);
  login = (email: string, password: string, ctx: RequestContext): Promise<TokenPair> => login(this.deps, email, password, ctx);
  refresh = (refreshToken: string): Promise<TokenPair> => refreshSession(this.deps, refreshToken);
  logout = (sessionId: string): Promise<void> => logout(this.deps, sessionId);
  authenticate = (accessToken: string): Promise<Principal> => authenticateAccessToken(this.deps, accessToken);
  adminLogin = (email: string, password: string, ctx: RequestContext) => adminLogin(this.deps, email, password, ctx);
  adminSession = (token: string) => authenticateAdminSession(this.deps, token);
  adminLogout = (token: string): Promise<void> => adminLogout(this.deps, token);
  disableAccount = (accountId: string): Promise<void> => disableAccount(this.deps, accountId);
  registerApiClient = (input: Parameters<typeof registerApiClient>[1]) => registerApiClient(this.deps, input);
  clientToken = (clientId: string, secret: string, address?: string) => issueClientToken(this.deps, clientId, secret, address);

  inviteAccount = (input: Parameters<typeof inviteAccount>[1]) => inviteAccount(this.deps, input);
  acceptInvitation = (token: string, password: string) => acceptInvitation(this.deps, token, password);

  async me(principal: Principal): Promise<Omit<Account, 'passwordHash'>> {
    const account = await this.deps.accounts.findById(principal.accountId);
    if (!account) throw notFound('IDENTITY.ACCOUNT_NOT_FOUND');
    const { passwordHash: _omit, ...visible } = account;
    return visible;
  }

  findByEmail = (email: string) => this.deps.accounts.findByEmail(email);
  countByRole = () => this.deps.accounts.countByRole();
}
