import type { Router } from 'express';
import type { Container } from 'inversify';
import { z } from 'zod';
import type { Role } from '../../../modules/identity/index';
import { FIGURE_DEFINITIONS, PLATFORM_STATS, SECTION_LABELS } from '../../db/read-models/platform-stats';
import type { ApiDefinition } from '../openapi';

/**
 * GET /stats: the platform figures (brief §1). Agents and admins only, as the API outline says and
 * the brief gives "watch the platform's figures" to ALS agents: the figures are internal (board
 * reporting), so no public or company-manager subset.
 */
const STAFF: readonly Role[] = ['agent', 'admin'];

const FigureKeys = FIGURE_DEFINITIONS.map((d) => d.key) as [string, ...string[]];
const Sections = Object.keys(SECTION_LABELS) as [string, ...string[]];

export const StatsSchema = z
  .object({
    computedAt: z.string().datetime().describe('when the figures were computed (they may be served from memory for STATS_CACHE_SECONDS)'),
    figures: z.array(
      z.object({
        key: z.enum(FigureKeys),
        section: z.enum(Sections),
        sectionLabel: z.string().describe('French label of the section'),
        label: z.string().describe('French label of the figure'),
        definition: z.string().describe('French definition: what is counted'),
        value: z.number().int().min(0),
      }),
    ),
  })
  .meta({ description: 'The platform figures (brief §1)' });

export function statsRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const stats = container.get(PLATFORM_STATS);

  api.route(
    router,
    {
      method: 'get',
      path: '/stats',
      summary: 'The platform figures (demands, candidacies, offers, company spaces, landlords, applicants), each with its French label and definition, computed from the data',
      tags: ['stats'],
      access: STAFF,
      response: StatsSchema,
    },
    async () => {
      const { computedAt, figures } = await stats.figures();
      return {
        computedAt: computedAt.toISOString(),
        figures: figures.map((f) => ({ key: f.key, section: f.section, sectionLabel: SECTION_LABELS[f.section], label: f.label, definition: f.definition, value: f.value })),
      };
    },
  );
}
