import type { Router } from 'express';
import { z } from 'zod';
import { CODED_LIST_NAMES, CODED_LISTS } from '../../../modules/demand/index';
import { notFound } from '../../../shared/errors';
import { COMMUNE_QUERY_MAX, COMMUNE_RESULTS_MAX, searchCommunes } from '../../reference/commune-search';
import type { ApiDefinition } from '../openapi';

/**
 * Reference data the forms need, for every client: the communes (lookup by name or postcode) and the
 * demand's coded lists with their French labels. Public data: no sign-in needed.
 */

const tags = ['reference'];

const CommuneMatch = z.object({
  code: z.string().describe('INSEE code'),
  name: z.string(),
  postalCodes: z.array(z.string()),
  departement: z.string(),
  type: z.enum(['commune-actuelle', 'arrondissement-municipal']),
  label: z.string().describe('what a list shows: « Villeurbanne (69100) »'),
});

const CodedList = z.object({ label: z.string(), items: z.array(z.object({ code: z.string(), label: z.string() })) });
const ListName = z.enum(CODED_LIST_NAMES as [string, ...string[]]);

export function referenceRoutes(api: ApiDefinition, router: Router): void {
  api.route(
    router,
    {
      method: 'get',
      path: '/communes',
      summary: 'Commune lookup for the forms: by name (accent- and case-insensitive, from the start of a word) or by postcode or INSEE code prefix; best matches first',
      tags,
      access: 'public',
      query: z.strictObject({
        q: z.string().trim().min(2).max(COMMUNE_QUERY_MAX).describe('a name (« villeurb », « st etienne ») or the first digits of a postcode (« 6910 »)'),
        limit: z.coerce.number().int().min(1).max(COMMUNE_RESULTS_MAX).optional().describe(`how many communes at most (default 10, at most ${COMMUNE_RESULTS_MAX})`),
      }),
      response: z.object({ items: z.array(CommuneMatch) }),
    },
    async ({ query, res }) => {
      res.setHeader('Cache-Control', 'public, max-age=86400');
      return { items: searchCommunes(query.q, query.limit ?? 10) };
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/reference/lists',
      summary: 'Every coded list of the demand (family situation, current housing, resources, contract, reasons …) with its French labels, by name',
      tags,
      access: 'public',
      response: z.object({ lists: z.record(ListName, CodedList) }),
    },
    async ({ res }) => {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return { lists: CODED_LISTS };
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/reference/lists/:list',
      summary: 'One coded list of the demand with its French labels',
      tags,
      access: 'public',
      params: z.strictObject({ list: z.string().min(1).max(40) }),
      response: CodedList,
      errors: { 404: 'no such list' },
    },
    async ({ params, res }) => {
      const found = (CODED_LIST_NAMES as string[]).includes(params.list) ? CODED_LISTS[params.list as keyof typeof CODED_LISTS] : undefined;
      if (!found) throw notFound('REFERENCE.LIST_NOT_FOUND', `Aucune liste de référence de ce nom. Listes : ${CODED_LIST_NAMES.join(', ')}.`);
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return found;
    },
  );
}
