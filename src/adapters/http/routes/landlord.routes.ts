import type { Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import type { Role } from '../../../modules/identity/index';
import { LANDLORD } from '../../../modules/landlord/index';
import type { ApiDefinition } from '../openapi';
import {
  AgreementCreateBody,
  AgreementParams,
  AgreementPatchBody,
  AgreementSchema,
  ApiClientBody,
  ApiClientParams,
  ApiClientSummarySchema,
  ApiClientSchema,
  LandlordCreateBody,
  LandlordIdParams,
  LandlordListQuery,
  LandlordPageSchema,
  LandlordPatchBody,
  LandlordSchema,
  LandlordSummarySchema,
  LandlordUserInviteBody,
  LandlordUserParams,
  LandlordUserSchema,
  ReportQuery,
  ReportSchema,
} from './landlord.schemas';

const STAFF: readonly Role[] = ['agent', 'admin'];
const STAFF_OR_LANDLORD: readonly Role[] = [...STAFF, 'landlord_user', 'landlord_client'];
const STAFF_OR_LANDLORD_USER: readonly Role[] = [...STAFF, 'landlord_user'];
const tags = ['landlords'];
const NOT_FOUND = { 404: 'no such landlord or agreement, or not yours' };

/** The landlords referential (/landlords) and their flux agreements. */
export function landlordRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const landlords = container.get(LANDLORD.Service);

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords',
      summary: 'The landlords referential (agents); a landlord’s users and systems see their own',
      tags,
      access: STAFF_OR_LANDLORD,
      query: LandlordListQuery,
      response: LandlordPageSchema,
    },
    ({ principal, query }) => landlords.list(principal, query),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/landlords',
      summary: 'Add a landlord to the referential (agent)',
      tags,
      access: STAFF,
      status: 201,
      body: LandlordCreateBody,
      response: LandlordSchema,
      errors: { 409: 'SIREN already referenced', 422: 'invalid data, per field' },
    },
    ({ principal, body }) => landlords.create(principal, body),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords/:id',
      summary: 'A landlord',
      tags,
      access: STAFF_OR_LANDLORD,
      params: LandlordIdParams,
      response: LandlordSchema,
      errors: NOT_FOUND,
    },
    ({ principal, params }) => landlords.get(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'patch',
      path: '/landlords/:id',
      summary: 'Correct a landlord (agent)',
      tags,
      access: STAFF,
      params: LandlordIdParams,
      body: LandlordPatchBody,
      response: LandlordSchema,
      errors: { ...NOT_FOUND, 409: 'SIREN already referenced', 422: 'invalid data, per field' },
    },
    ({ principal, params, body }) => landlords.update(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/landlords/:id/api-clients',
      summary: 'Connect the landlord’s system: client credentials for POST /auth/token (the secret is shown once) (agents; the landlord’s administrators)',
      tags,
      access: STAFF_OR_LANDLORD_USER,
      status: 201,
      params: LandlordIdParams,
      body: ApiClientBody,
      response: ApiClientSchema,
      errors: { ...NOT_FOUND, 403: 'a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY)' },
    },
    ({ principal, params, body }) => landlords.registerApiClient(principal, params.id, body?.name ?? ''),
  );

  const clientView = (c: { clientId: string; name: string; accountId: string; createdAt: Date; revokedAt: Date | null }) => ({
    clientId: c.clientId,
    name: c.name,
    accountId: c.accountId,
    createdAt: c.createdAt.toISOString(),
    revokedAt: c.revokedAt?.toISOString() ?? null,
  });

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords/:id/api-clients',
      summary: 'The landlord’s connected systems, newest first, revoked ones included (never a secret) (agents; the landlord’s users)',
      tags,
      access: STAFF_OR_LANDLORD_USER,
      params: LandlordIdParams,
      response: z.array(ApiClientSummarySchema),
      errors: NOT_FOUND,
    },
    async ({ principal, params }) => (await landlords.apiClients(principal, params.id)).map(clientView),
  );

  api.route(
    router,
    {
      method: 'delete',
      path: '/landlords/:id/api-clients/:clientId',
      summary: 'Revoke a connected system: its client id gets no new token and its sessions end at once (agents; the landlord’s administrators)',
      tags,
      access: STAFF_OR_LANDLORD_USER,
      params: ApiClientParams,
      response: ApiClientSummarySchema,
      errors: { 404: 'no such landlord or connected system, or not yours', 403: 'a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY)' },
    },
    async ({ principal, params }) => clientView(await landlords.revokeApiClient(principal, params.id, params.clientId)),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords/:id/summary',
      summary:
        'The landlord’s home in one read: the agreements of the year by département (units owed, published, allocated, gap, and the gap in a French sentence) and the offers waiting for it (sent back with a message; candidates transmitted, CAL decisions to record)',
      tags,
      access: STAFF_OR_LANDLORD,
      params: LandlordIdParams,
      response: LandlordSummarySchema,
      errors: NOT_FOUND,
    },
    ({ principal, params }) => landlords.summary(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords/:id/users',
      summary: 'The landlord’s users of the landlord portal, with their rights and whether they accepted their invitation (agents; the landlord’s users)',
      tags,
      access: STAFF_OR_LANDLORD_USER,
      params: LandlordIdParams,
      response: z.array(LandlordUserSchema),
      errors: NOT_FOUND,
    },
    ({ principal, params }) => landlords.users(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/landlords/:id/users',
      summary: 'Invite a person of the landlord: an account with a one-time link by mail to choose a password (agents; the landlord’s administrators)',
      tags,
      access: STAFF_OR_LANDLORD_USER,
      status: 201,
      params: LandlordIdParams,
      body: LandlordUserInviteBody,
      response: LandlordUserSchema,
      errors: {
        ...NOT_FOUND,
        403: 'a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY)',
        409: 'an account exists with this address (IDENTITY.EMAIL_TAKEN)',
        422: 'invalid address or name, per field',
      },
    },
    ({ principal, params, body }) => landlords.inviteUser(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'delete',
      path: '/landlords/:id/users/:userId',
      summary: 'Remove a user of the landlord: the account is disabled and its sessions end at once (agents; the landlord’s administrators, not themselves)',
      tags,
      access: STAFF_OR_LANDLORD_USER,
      params: LandlordUserParams,
      errors: {
        404: 'no such landlord or user, or not yours',
        403: 'a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY)',
        409: 'an administrator removing themself (LANDLORD.CANNOT_REMOVE_SELF)',
      },
    },
    async ({ principal, params }) => {
      await landlords.removeUser(principal, params.id, params.userId);
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords/:id/agreements',
      summary: 'The landlord’s reservation agreements (flux) with units owed, published and allocated',
      tags,
      access: STAFF_OR_LANDLORD,
      params: LandlordIdParams,
      response: z.array(AgreementSchema),
      errors: NOT_FOUND,
    },
    ({ principal, params }) => landlords.agreements(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/landlords/:id/agreements',
      summary: 'Record a reservation agreement for a département and a year (agent)',
      tags,
      access: STAFF,
      status: 201,
      params: LandlordIdParams,
      body: AgreementCreateBody,
      response: AgreementSchema,
      errors: { ...NOT_FOUND, 409: 'an agreement exists for that département and year', 422: 'invalid figures, per field' },
    },
    ({ principal, params, body }) => landlords.createAgreement(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords/:id/agreements/:agreementId',
      summary: 'One agreement and where it stands',
      tags,
      access: STAFF_OR_LANDLORD,
      params: AgreementParams,
      response: AgreementSchema,
      errors: NOT_FOUND,
    },
    ({ principal, params }) => landlords.agreement(principal, params.id, params.agreementId),
  );

  api.route(
    router,
    {
      method: 'patch',
      path: '/landlords/:id/agreements/:agreementId',
      summary: 'Change the units owed (agent)',
      tags,
      access: STAFF,
      params: AgreementParams,
      body: AgreementPatchBody,
      response: AgreementSchema,
      errors: { ...NOT_FOUND, 422: 'invalid figures' },
    },
    ({ principal, params, body }) => landlords.updateAgreement(principal, params.id, params.agreementId, body),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/landlords/:id/agreements/:agreementId/report',
      summary: 'Yearly flux report: units proposed and allocated by commune, typology and financing. JSON, or CSV (`;`, UTF-8 with BOM) with Accept: text/csv or ?format=csv',
      tags,
      access: STAFF_OR_LANDLORD,
      params: AgreementParams,
      query: ReportQuery,
      response: ReportSchema,
      errors: NOT_FOUND,
    },
    async ({ principal, params, query, req, res }) => {
      const report = await landlords.report(principal, params.id, params.agreementId);
      const csv = query.format === 'csv' || (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
      if (!csv) return report;
      const file = landlords.reportCsv(report);
      res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${file.filename}"`).send(file.csv);
      return undefined;
    },
  );
}
