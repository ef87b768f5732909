import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { identityError, PASSWORD_MAX_BYTES, ROLES, type IdentityService, type TokenPair as Tokens } from '../../../modules/identity/index';
import { checkCookieCall, clearRefreshCookie, readRefreshCookie, setRefreshCookie, wantsRefreshCookie } from '../auth';
import type { ApiDefinition } from '../openapi';

const Email = z.string().trim().email().max(254);
// Length in bytes is checked by the domain (12..72 bytes); here only a sane upper bound on characters.
const Password = z
  .string()
  .min(1)
  .max(4 * PASSWORD_MAX_BYTES);

/** The token of a mailed one-time link (43 characters of base64url when issued here). */
const OneTimeToken = z.string().min(10).max(200);
const Accepted = z.object({ message: z.string() });

const TokenPair = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int(),
  refreshToken: z
    .string()
    .optional()
    .describe(
      'the rotating refresh token; absent when the caller sent X-Requested-With: alin-portal (a browser portal): it is then in the HttpOnly cookie alin_refresh (Path=/api/v1/auth)',
    ),
  refreshExpiresIn: z.number().int(),
});
const REFRESH_TRANSPORT =
  ' A browser portal sends X-Requested-With: alin-portal: the refresh token is then set in an HttpOnly, SameSite=Strict cookie scoped to /api/v1/auth, not in the body.';

/** The token pair as the caller asked for it: the refresh token in the body, or in the HttpOnly cookie for a browser portal. */
function deliver(req: Request, res: Response, pair: Tokens): z.infer<typeof TokenPair> {
  if (!wantsRefreshCookie(req)) return pair;
  setRefreshCookie(req, res, pair.refreshToken, pair.refreshExpiresIn);
  const { refreshToken: _inCookie, ...rest } = pair;
  return rest;
}
const Me = z.object({
  id: z.string().uuid(),
  email: z.string(),
  role: z.enum(ROLES),
  displayName: z.string(),
  status: z.string(),
  memberships: z.array(z.object({ orgKind: z.enum(['company', 'landlord']), orgId: z.string() })),
  createdAt: z.string(),
});

export function identityRoutes(api: ApiDefinition, router: Router, identity: IdentityService): void {
  const tags = ['auth'];
  const ctx = (req: Request) => ({ address: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? '' });

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/register',
      summary:
        'Register an applicant account: the same 202 "check your mailbox" for a new or a known address. A new address gets a confirmation link by mail ' +
        '(the account cannot sign in until confirmed with POST /auth/register/confirm); a known one a mail saying someone tried to register with it',
      tags,
      access: 'public',
      status: 202,
      body: z.strictObject({ email: Email, password: Password, displayName: z.string().trim().min(1).max(120) }),
      response: Accepted,
      errors: { 422: 'password policy', 429: 'too many registrations from this address' },
    },
    ({ body, req }) => identity.register(body, ctx(req)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/register/confirm',
      summary: 'Confirm a registration with the token of the mailed link and the password chosen at registration; the account may then sign in',
      tags,
      access: 'public',
      body: z.strictObject({ token: OneTimeToken, password: Password }),
      response: z.object({ accountId: z.string().uuid() }),
      errors: { 401: 'invalid, used or expired link, or not the password chosen at registration', 429: 'too many attempts from this address' },
    },
    ({ body, req }) => identity.confirmEmail(body.token, body.password, ctx(req)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/password-reset',
      summary: 'Forgotten password: a one-time link by mail (30 minutes); the same 202 whatever the address',
      tags,
      access: 'public',
      status: 202,
      body: z.strictObject({ email: Email }),
      response: Accepted,
      errors: { 429: 'too many requests from this address' },
    },
    ({ body, req }) => identity.requestPasswordReset(body.email, ctx(req)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/password-reset/confirm',
      summary: 'Set a new password with the token of the mailed link (used once); every session of the account ends',
      tags,
      access: 'public',
      body: z.strictObject({ token: OneTimeToken, password: Password }),
      response: z.object({ accountId: z.string().uuid() }),
      errors: { 401: 'invalid, used or expired link', 422: 'password policy', 429: 'too many attempts from this address' },
    },
    ({ body, req }) => identity.resetPassword(body.token, body.password, ctx(req)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/login',
      summary: `Sign in with email and password.${REFRESH_TRANSPORT}`,
      tags,
      access: 'public',
      body: z.strictObject({ email: Email, password: Password }),
      response: TokenPair,
      errors: { 401: 'bad credentials, or an e-mail address not yet confirmed', 429: 'too many attempts' },
    },
    async ({ body, req, res }) => deliver(req, res, await identity.login(body.email, body.password, ctx(req))),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/refresh',
      summary:
        'Rotate the refresh token (a reused token revokes the session): the token in the body, or, for a browser portal, none in the body and the HttpOnly cookie ' +
        'alin_refresh with the header X-Requested-With: alin-portal (required, CSRF) and, when sent, an Origin of this server',
      tags,
      access: 'public',
      body: z.strictObject({ refreshToken: z.string().min(10).max(200).optional().describe('omit it when the refresh token is in the cookie') }),
      response: TokenPair,
      errors: { 401: 'invalid, expired or reused; or no token at all', 403: 'the cookie used without the portal header, or from another origin' },
    },
    async ({ body, req, res }) => {
      if (body.refreshToken) return deliver(req, res, await identity.refresh(body.refreshToken));
      const cookie = readRefreshCookie(req);
      if (!cookie) throw identityError.refreshInvalid();
      checkCookieCall(req);
      try {
        return deliver(req, res, await identity.refresh(cookie));
      } catch (error) {
        clearRefreshCookie(req, res);
        throw error;
      }
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/logout',
      summary: 'End the current session (access and refresh tokens; the refresh cookie of a browser portal is cleared)',
      tags,
      access: 'authenticated',
    },
    async ({ principal, req, res }) => {
      await identity.logout(principal.sessionId);
      clearRefreshCookie(req, res);
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/password',
      summary: `Change the password of the signed-in account (the current one is asked again): every session of the account ends, and the caller gets a new token pair.${REFRESH_TRANSPORT}`,
      tags,
      access: ['applicant', 'company_manager', 'landlord_user', 'agent', 'admin'],
      body: z.strictObject({ currentPassword: Password, newPassword: Password }),
      response: TokenPair,
      errors: { 403: 'the current password is wrong (or a connected system’s client, which has no password)', 422: 'password policy', 429: 'too many attempts' },
    },
    async ({ body, principal, req, res }) => deliver(req, res, await identity.changePassword(principal, body, ctx(req))),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/token',
      summary: 'Client-credentials token for a connected landlord system',
      tags,
      access: 'public',
      body: z.strictObject({ grantType: z.literal('client_credentials'), clientId: z.string().min(1).max(100), clientSecret: z.string().min(1).max(200) }),
      response: z.object({ accessToken: z.string(), tokenType: z.literal('Bearer'), expiresIn: z.number().int() }),
      errors: { 401: 'unknown client or wrong secret', 429: 'too many attempts' },
    },
    ({ body, req }) => identity.clientToken(body.clientId, body.clientSecret, req.ip),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/auth/invitations/accept',
      summary: 'Set the password of an invited account with its one-time token',
      tags,
      access: 'public',
      body: z.strictObject({ token: OneTimeToken, password: Password }),
      response: z.object({ accountId: z.string().uuid() }),
      errors: { 401: 'invalid, used or expired invitation', 422: 'password policy', 429: 'too many attempts from this address' },
    },
    ({ body, req }) => identity.acceptInvitation(body.token, body.password, ctx(req)),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/me',
      summary: 'The signed-in account',
      tags: ['account'],
      access: 'authenticated',
      response: Me,
    },
    ({ principal }) => identity.me(principal),
  );
}
