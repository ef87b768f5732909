import type { Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import { ALERT, ALERTS_PER_ACCOUNT, type SavedSearch } from '../../../modules/alert/index';
import type { ApiDefinition } from '../openapi';

/** Applicants' alerts: saved searches mailed once a day when new offers match them and the household (alert module). */

const tags = ['alerts'];
const InseeCode = z
  .string()
  .max(5)
  .regex(/^(\d{5}|2[AB]\d{3})$/, { message: 'code commune INSEE : 5 chiffres, ou 2A/2B et 3 chiffres' })
  .meta({ example: '69266' });

const Criteria = z.strictObject({
  communeCodes: z.array(InseeCode).max(20).default([]).describe('INSEE codes; empty: every commune'),
  typologies: z.array(z.number().int().min(1).max(6)).max(6).default([]).describe('1..6 (T1..T6); empty: every typology'),
  maxRent: z.number().finite().min(1).max(100_000).optional().describe('rent + charges, € per month'),
});

const AlertSchema = z.object({
  id: z.string().uuid(),
  criteria: z.object({ communeCodes: z.array(z.string()), typologies: z.array(z.number().int()), maxRent: z.number().optional() }),
  createdAt: z.string(),
  lastMailedOn: z.string().nullable().describe('the day of the last mail (at most one a day)'),
});

const view = (s: SavedSearch) => ({ id: s.id, criteria: s.criteria, createdAt: s.createdAt.toISOString(), lastMailedOn: s.lastMailedOn });

export function alertRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const alerts = () => container.get(ALERT.Service);

  api.route(
    router,
    {
      method: 'post',
      path: '/me/alerts',
      summary: `Save a search: offers published from now on that match it and that the household fits are mailed, at most once a day (at most ${ALERTS_PER_ACCOUNT} alerts)`,
      tags,
      access: ['applicant'],
      status: 201,
      body: Criteria,
      response: AlertSchema,
      errors: { 409: `already ${ALERTS_PER_ACCOUNT} alerts` },
    },
    async ({ principal, body }) =>
      view(await alerts().save(principal, { communeCodes: body.communeCodes, typologies: body.typologies, ...(body.maxRent !== undefined ? { maxRent: body.maxRent } : {}) })),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/me/alerts',
      summary: 'The signed-in applicant’s alerts',
      tags,
      access: ['applicant'],
      response: z.object({ items: z.array(AlertSchema) }),
    },
    async ({ principal }) => ({ items: (await alerts().list(principal)).map(view) }),
  );

  api.route(
    router,
    {
      method: 'delete',
      path: '/me/alerts/:id',
      summary: 'Delete one of the signed-in applicant’s alerts',
      tags,
      access: ['applicant'],
      params: z.strictObject({ id: z.string().uuid() }),
      errors: { 404: 'no such alert, or not yours' },
    },
    async ({ principal, params }) => {
      await alerts().delete(principal, params.id);
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/alerts/unsubscribe',
      summary: 'The unsubscribe link of an alert’s mail (no sign-in): the alert and the token of the link; the alert is deleted',
      tags,
      access: 'public',
      body: z.strictObject({ alertId: z.string().uuid(), token: z.string().min(20).max(100) }),
      response: z.object({ message: z.string() }),
      errors: { 404: 'invalid link, or the alert is already deleted' },
    },
    async ({ body }) => {
      await alerts().unsubscribe(body.alertId, body.token);
      return { message: 'Cette alerte est supprimée : vous ne recevrez plus ses e-mails.' };
    },
  );
}
