import type { Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import { PASSWORD_MAX_BYTES } from '../../../modules/identity/index';
import { PRIVACY } from '../../../modules/privacy/index';
import type { ApiDefinition } from '../openapi';
import { HTTP } from '../http.tokens';
import { renderMail } from '../../mail/index';

const tags = ['account'];

const MyDataExportSchema = z.object({
  exportedAt: z.string(),
  account: z.object({ id: z.string().uuid(), email: z.string(), displayName: z.string(), role: z.string(), status: z.string(), createdAt: z.string() }),
  demands: z
    .array(
      z
        .object({
          id: z.string().uuid(),
          status: z.string(),
          data: z.record(z.string(), z.unknown()),
          history: z.array(z.record(z.string(), z.unknown())),
          documents: z.array(z.record(z.string(), z.unknown())),
        })
        .passthrough(),
    )
    .describe('every demand with its dated history and its documents’ metadata (never a storage key nor a file)'),
  candidacies: z.array(z.object({ id: z.string().uuid(), status: z.string(), timeline: z.array(z.record(z.string(), z.unknown())) }).passthrough()),
  notifications: z.object({ demand: z.array(z.record(z.string(), z.unknown())), candidacy: z.array(z.record(z.string(), z.unknown())) }),
  companyValidations: z.array(z.object({ demandId: z.string().uuid(), employerSiret: z.string(), status: z.string() }).passthrough()),
  alerts: z
    .array(z.object({ id: z.string().uuid(), criteria: z.record(z.string(), z.unknown()), createdAt: z.string(), lastMailedOn: z.string().nullable() }))
    .describe('the saved searches (alerts)'),
});

const ErasureSchema = z.object({
  accountId: z.string().uuid(),
  erasedAt: z.string(),
  candidaciesWithdrawn: z.number().int(),
  demandsCancelled: z.number().int(),
  demandsAnonymised: z.number().int(),
  documentsDeleted: z.number().int(),
  leasedDemands: z.number().int(),
});

/** The applicant's GDPR rights (/me/export, /me/erasure): only ever on the caller's own account. */
export function privacyRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const privacy = container.get(PRIVACY.Service);
  const publicUrl = container.get(HTTP.Settings).publicUrl;

  api.route(
    router,
    {
      method: 'get',
      path: '/me/notifications',
      summary: 'What changed in the signed-in applicant’s demand and candidacies, newest first (at most 100): the messages also sent by e-mail, each with its French title',
      tags,
      access: ['applicant'],
      response: z.object({
        items: z.array(
          z.object({
            source: z.enum(['demand', 'candidacy']),
            kind: z.string(),
            title: z.string().describe('what changed, in French (the e-mail’s subject)'),
            candidacyId: z.string().uuid().optional(),
            createdAt: z.string(),
            mailedAt: z.string().nullable().describe('when the e-mail left; null while it waits'),
          }),
        ),
      }),
    },
    async ({ principal }) => ({
      items: (await privacy.myNotifications(principal)).map((n) => ({
        source: n.source,
        kind: n.kind,
        title: renderMail(n.kind, n.payload, { publicUrl }).subject,
        ...(n.candidacyId ? { candidacyId: n.candidacyId } : {}),
        createdAt: n.createdAt.toISOString(),
        mailedAt: n.mailedAt ? n.mailedAt.toISOString() : null,
      })),
    }),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/me/export',
      summary: 'All the data the platform holds about the signed-in applicant, as JSON (GDPR access and portability)',
      tags,
      access: ['applicant'],
      response: MyDataExportSchema,
    },
    async ({ principal, res }) => {
      const data = await privacy.exportMyData(principal);
      res.setHeader('Content-Disposition', `attachment; filename="alin-mes-donnees-${data.exportedAt.toISOString().slice(0, 10)}.json"`);
      res.setHeader('Cache-Control', 'no-store');
      return data;
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/me/erasure',
      summary: 'Erase the signed-in applicant’s account (GDPR): open candidacies withdrawn, demands anonymised, documents deleted, sessions revoked',
      tags,
      access: ['applicant'],
      body: z.strictObject({
        password: z
          .string()
          .min(1)
          .max(4 * PASSWORD_MAX_BYTES),
      }),
      response: ErasureSchema,
      errors: { 403: 'wrong password', 409: 'a candidacy is in a landlord’s hands (transmitted, CAL pending or accepted)', 429: 'too many wrong passwords' },
    },
    ({ principal, body, req }) => privacy.eraseMyAccount(principal, body.password, { address: req.ip }),
  );
}
