import type { Router } from 'express';
import { z } from 'zod';
import { PASSWORD_MAX_BYTES, ROLES, type IdentityService } from '../../../modules/identity/index';
import type { ApiDefinition } from '../openapi';

const Email = z.string().trim().email().max(254);
// Length in bytes is checked by the domain (12..72 bytes); here only a sane upper bound on characters.
const Password = z.string().min(1).max(4 * PASSWORD_MAX_BYTES);

const TokenPair = z.object({
  accessToken: z.string(), tokenType: z.literal('Bearer'), expiresIn: z.number().int(), refreshToken: z.string(), refreshExpiresIn: z.number().int(),
});
const Me = z.object({
  id: z.string().uuid(), email: z.string(), role: z.enum(ROLES), displayName: z.string(), status: z.string(),
  memberships: z.array(z.object({ orgKind: z.enum(['company', 'landlord']), orgId: z.string() })), createdAt: z.string(),
});

export function identityRoutes(api: ApiDefinition, router: Router, identity: IdentityService): void {
  const tags = ['auth'];
  api.route(router, {
    method: 'post', path: '/auth/register', summary: 'Create an applicant account', tags, access: 'public', status: 201,
    body: z.strictObject({ email: Email, password: Password, displayName: z.string().trim().min(1).max(120) }),
    response: Me, errors: { 409: 'email already registered', 422: 'password policy' },
  }, async ({ body }) => {
    const { passwordHash: _h, ...account } = await identity.register(body);
    return account;
  });

  api.route(router, {
    method: 'post', path: '/auth/login', summary: 'Sign in with email and password', tags, access: 'public',
    body: z.strictObject({ email: Email, password: Password }), response: TokenPair,
    errors: { 401: 'bad credentials', 429: 'too many attempts' },
  }, ({ body, req }) => identity.login(body.email, body.password, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? '' }));

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
    body: z.strictObject({ token: z.string().min(10).max(200), password: Password }),
    response: z.object({ accountId: z.string().uuid() }), errors: { 401: 'invalid, used or expired invitation', 422: 'password policy' },
  }, ({ body }) => identity.acceptInvitation(body.token, body.password));

  api.route(router, {
    method: 'get', path: '/me', summary: 'The signed-in account', tags: ['account'], access: 'authenticated', response: Me,
  }, ({ principal }) => identity.me(principal));
}
