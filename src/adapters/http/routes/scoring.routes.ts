import type { Router } from 'express';
import type { Container } from 'inversify';
import { identityError, type Principal, type Role } from '../../../modules/identity/index';
import { GRID_FACTS, SCORING, type GridCriterionInput } from '../../../modules/scoring/index';
import type { ApiDefinition } from '../openapi';
import {
  BalancingStatsSchema,
  BonusCreateBody,
  BonusListQuery,
  BonusListSchema,
  BonusPatchBody,
  BonusSchema,
  GridCreateBody,
  GridFactsSchema,
  GridListQuery,
  GridListSchema,
  GridPatchBody,
  GridSchema,
  IdParams,
} from './scoring.schemas';

const STAFF: readonly Role[] = ['agent', 'admin'];
const tags = ['scoring'];

/** The scoring API (/scoring): balancing bonuses (public list of the active ones), territory grids, balancing statistics. */
export function scoringRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const scoring = container.get(SCORING.Service);

  api.route(
    router,
    {
      method: 'get',
      path: '/scoring/balancing-bonuses',
      summary: 'Balancing bonuses: the active ones with their public reason (anyone, no sign-in needed); scope=all lists every bonus (agents)',
      tags,
      access: 'public',
      query: BonusListQuery,
      response: BonusListSchema,
      errors: { 401: 'scope=all without sign-in', 403: 'scope=all by another role than agent' },
    },
    async ({ query, req }) => {
      if (query.scope === 'all') {
        const principal = req.principal as Principal | undefined;
        if (!principal) throw identityError.authenticationRequired();
        return { items: await scoring.listBonuses(principal) };
      }
      return { items: await scoring.activeBonuses() };
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/scoring/balancing-bonuses/:id',
      summary: 'A balancing bonus (agents)',
      tags,
      access: STAFF,
      params: IdParams,
      response: BonusSchema,
      errors: { 404: 'no such bonus' },
    },
    ({ principal, params }) => scoring.getBonus(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/scoring/balancing-bonuses',
      summary: 'Open a balancing bonus for a size class, a company and/or an EPCI (all targets set must match), 0..240 points, with a public reason',
      tags,
      access: STAFF,
      status: 201,
      body: BonusCreateBody,
      response: BonusSchema,
      errors: { 422: 'invalid bonus, per field (SCORING.INVALID_BONUS)' },
    },
    ({ principal, body }) => scoring.createBonus(principal, body),
  );

  api.route(
    router,
    {
      method: 'patch',
      path: '/scoring/balancing-bonuses/:id',
      summary: 'Change a bonus (points, end date, reason; target and start date only before it starts), or end it with status=ended (no more from today)',
      tags,
      access: STAFF,
      params: IdParams,
      body: BonusPatchBody,
      response: BonusSchema,
      errors: { 404: 'no such bonus', 409: 'ended, or started and the target changed', 422: 'invalid bonus, per field' },
    },
    ({ principal, params, body }) => scoring.updateBonus(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/scoring/balancing-stats',
      summary: 'Allocations of the last 12 months by the employer’s size class at lease time, and the lagging class',
      tags,
      access: STAFF,
      response: BalancingStatsSchema,
    },
    ({ principal }) => scoring.balancingStats(principal),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/scoring/grid-facts',
      summary: 'The demand facts a territory grid criterion may test',
      tags,
      access: STAFF,
      response: GridFactsSchema,
    },
    async () => ({ items: GRID_FACTS.map((f) => ({ ...f })) }),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/scoring/territory-grids',
      summary: 'Intercommunal scoring grids, by EPCI',
      tags,
      access: STAFF,
      query: GridListQuery,
      response: GridListSchema,
    },
    async ({ principal, query }) => ({ items: await scoring.listGrids(principal, query) }),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/scoring/territory-grids/:id',
      summary: 'An intercommunal scoring grid',
      tags,
      access: STAFF,
      params: IdParams,
      response: GridSchema,
      errors: { 404: 'no such grid' },
    },
    ({ principal, params }) => scoring.getGrid(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/scoring/territory-grids',
      summary: 'Create the scoring grid of an EPCI (at most one active per EPCI)',
      tags,
      access: STAFF,
      status: 201,
      body: GridCreateBody,
      response: GridSchema,
      errors: { 409: 'another grid of the EPCI is active (SCORING.GRID_ALREADY_ACTIVE)', 422: 'invalid grid, per field (SCORING.INVALID_GRID)' },
    },
    ({ principal, body }) => scoring.createGrid(principal, { ...body, criteria: body.criteria as GridCriterionInput[] }),
  );

  api.route(
    router,
    {
      method: 'patch',
      path: '/scoring/territory-grids/:id',
      summary: 'Rename, (de)activate or replace the criteria of a grid',
      tags,
      access: STAFF,
      params: IdParams,
      body: GridPatchBody,
      response: GridSchema,
      errors: { 404: 'no such grid', 409: 'another grid of the EPCI is active, or changed meanwhile', 422: 'invalid grid, per field' },
    },
    ({ principal, params, body }) => scoring.updateGrid(principal, params.id, { ...body, ...(body.criteria ? { criteria: body.criteria as GridCriterionInput[] } : {}) }),
  );
}
