import type { Request, Router } from 'express';
import { z } from 'zod';
import { PASSWORD_MAX_BYTES, ROLES, type IdentityService } from '../../../modules/identity/index';
import type { ApiDefinition } from '../openapi';

const Email = z.string().trim().email().max(254);
// Length in bytes is checked by the domain (12..72 bytes); here only a sane upper bound on characters.
const Password = z.string().min(1).max(4 * PASSWORD_MAX_BYTES);

/** The token of a mailed one-time link (43 characters of base64url when issued here). */
const OneTimeToken = z.string().min(10).max(200);
const Accepted = z.object({ message: z.string() });

const TokenPair = z.object({
  accessToken: z.string(), tokenType: z.literal('Bearer'), expiresIn: z.number().int(), refreshToken: z.string(), refreshExpiresIn: z.number().int(),
});
const Me = z.object({
  id: z.string().uuid(), email: z.string(), role: z.enum(ROLES), displayName: z.string(), status: z.string(),
  memberships: z.array(z.object({ orgKind: z.enum(['company', 'landlord']), orgId: z.string() })), createdAt: z.string(),
});

export function identityRoutes(api: ApiDefinition, router: Router, identity: IdentityService): void {
  const tags = ['auth'];
  const ctx = (req: Request) => ({ address: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? '' });

  api.route(router, {
    method: 'post', path: '/auth/register',
    summary: 'Register an applicant account: the same 202 "check your mailbox" for a new or a known address. A new address gets a confirmation link by mail '
      + '(the account cannot sign in until confirmed with POST /auth/register/confirm); a known one a mail saying someone tried to register with it',
    tags, access: 'public', status: 202,
    body: z.strictObject({ email: Email, password: Password, displayName: z.string().trim().min(1).max(120) }),
    response: Accepted, errors: { 422: 'password policy', 429: 'too many registrations from this address' },
  }, ({ body, req }) => identity.register(body, ctx(req)));

  api.route(router, {
    method: 'post', path: '/auth/register/confirm',
    summary: 'Confirm a registration with the token of the mailed link and the password chosen at registration; the account may then sign in',
    tags, access: 'public',
    body: z.strictObject({ token: OneTimeToken, password: Password }),
    response: z.object({ accountId: z.string().uuid() }),
    errors: { 401: 'invalid, used or expired link, or not the password chosen at registration', 429: 'too many attempts from this address' },
  }, ({ body, req }) => identity.confirmEmail(body.token, body.password, ctx(req)));

  api.route(router, {
    method: 'post', path: '/auth/password-reset', summary: 'Forgotten password: a one-time link by mail (30 minutes); the same 202 whatever the address',
    tags, access: 'public', status: 202,
    body: z.strictObject({ email: Email }), response: Accepted, errors: { 429: 'too many requests from this address' },
  }, ({ body, req }) => identity.requestPasswordReset(body.email, ctx(req)));

  api.route(router, {
    method: 'post', path: '/auth/password-reset/confirm', summary: 'Set a new password with the token of the mailed link (used once); every session of the account ends',
    tags, access: 'public',
    body: z.strictObject({ token: OneTimeToken, password: Password }),
    response: z.object({ accountId: z.string().uuid() }),
    errors: { 401: 'invalid, used or expired link', 422: 'password policy', 429: 'too many attempts from this address' },
  }, ({ body, req }) => identity.resetPassword(body.token, body.password, ctx(req)));

  api.route(router, {
    method: 'post', path: '/auth/login', summary: 'Sign in with email and password', tags, access: 'public',
    body: z.strictObject({ email: Email, password: Password }), response: TokenPair,
    errors: { 401: 'bad credentials, or an e-mail address not yet confirmed', 429: 'too many attempts' },
  }, ({ body, req }) => identity.login(body.email, body.password, ctx(req)));

  api.route(router, {
    method: 'post', path: '/auth/refresh', summary: 'Rotate the refresh token (a reused token revokes the session)', tags, access: 'public',
    body: z.strictObject({ refreshToken: z.string().min(10).max(200) }), response: TokenPair, errors: { 401: 'invalid, expired or reused' },
  }, ({ body }) => identity.refresh(body.refreshToken));

  api.route(router, {
    method: 'post', path: '/auth/logout', summary: 'End the current session (access and refresh tokens)', tags, access: 'authenticated',
  }, async ({ principal }) => {
    await identity.logout(principal.sessionId);
    return undefined;
  });

  api.route(router, {
    method: 'post', path: '/auth/token', summary: 'Client-credentials token for a connected landlord system', tags, access: 'public',
    body: z.strictObject({ grantType: z.literal('client_credentials'), clientId: z.string().min(1).max(100), clientSecret: z.string().min(1).max(200) }),
    response: z.object({ accessToken: z.string(), tokenType: z.literal('Bearer'), expiresIn: z.number().int() }),
    errors: { 401: 'unknown client or wrong secret' },
  }, ({ body, req }) => identity.clientToken(body.clientId, body.clientSecret, req.ip));

  api.route(router, {
    method: 'post', path: '/auth/invitations/accept', summary: 'Set the password of an invited account with its one-time token', tags, access: 'public',
    body: z.strictObject({ token: OneTimeToken, password: Password }),
    response: z.object({ accountId: z.string().uuid() }), errors: { 401: 'invalid, used or expired invitation', 422: 'password policy', 429: 'too many attempts from this address' },
  }, ({ body, req }) => identity.acceptInvitation(body.token, body.password, ctx(req)));

  api.route(router, {
    method: 'get', path: '/me', summary: 'The signed-in account', tags: ['account'], access: 'authenticated', response: Me,
  }, ({ principal }) => identity.me(principal));
}
