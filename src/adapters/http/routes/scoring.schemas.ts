import { z } from 'zod';
import { isoDate } from './common.schemas';

const IsoDate = isoDate('2026-06-30');
const SizeClass = z.enum(['PME', 'ETI', 'GE']);
const Epci = z
  .string()
  .max(9)
  .regex(/^\d{9}$/, 'SIREN de l’EPCI : 9 chiffres')
  .meta({ example: '200046977' });
const Timestamp = z.union([z.string(), z.date()]).meta({ type: 'string', format: 'date-time' });

export const IdParams = z.strictObject({ id: z.string().uuid() });

export const BonusCreateBody = z.strictObject({
  sizeClass: SizeClass.optional(),
  companyId: z.string().uuid().optional(),
  epciCode: Epci.optional(),
  points: z.number().int().min(0).max(240),
  startDate: IsoDate,
  endDate: IsoDate,
  reason: z.string().trim().min(1).max(500),
});

export const BonusPatchBody = z.strictObject({
  sizeClass: SizeClass.nullable().optional(),
  companyId: z.string().uuid().nullable().optional(),
  epciCode: Epci.nullable().optional(),
  points: z.number().int().min(0).max(240).optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  reason: z.string().trim().min(1).max(500).optional(),
  /** `ended`: the bonus stops applying from today */
  status: z.literal('ended').optional(),
});

export const BonusListQuery = z.strictObject({
  /** `active` (default, public) or `all` (agents) */
  scope: z.enum(['active', 'all']).optional(),
});

export const PublicBonusSchema = z.object({
  id: z.string().uuid(),
  sizeClass: SizeClass.nullable(),
  companyId: z.string().uuid().nullable(),
  epciCode: z.string().nullable(),
  points: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  reason: z.string(),
});

export const BonusSchema = PublicBonusSchema.extend({
  plannedEndDate: z.string(),
  status: z.enum(['scheduled', 'active', 'expired', 'ended']),
  endable: z.boolean().describe('an agent may end it now: it applies, or is to apply'),
  createdAt: Timestamp,
  endedAt: Timestamp.nullable(),
});

export const BonusListSchema = z.object({ items: z.array(z.union([BonusSchema, PublicBonusSchema])) });

const FactValue = z.union([z.string().max(100), z.number().min(-1_000_000_000).max(1_000_000_000), z.boolean()]);

const GridCriterionInput = z.strictObject({
  id: z
    .string()
    .max(40)
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/)
    .optional(),
  label: z.strictObject({ fr: z.string().trim().min(1).max(200), en: z.string().trim().max(200).optional() }),
  fact: z.string().min(1).max(60),
  operator: z.enum(['eq', 'gte', 'lte', 'in', 'true']),
  value: z.union([FactValue, z.array(FactValue).max(50)]).optional(),
  points: z.number().int().min(-500).max(500),
});

export const GridCreateBody = z.strictObject({
  epciCode: Epci,
  name: z.string().trim().min(1).max(120),
  active: z.boolean(),
  criteria: z.array(GridCriterionInput).max(50),
});

export const GridPatchBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  active: z.boolean().optional(),
  criteria: z.array(GridCriterionInput).max(50).optional(),
});

export const GridListQuery = z.strictObject({ epciCode: Epci.optional() });

const GridCriterionSchema = z.object({
  id: z.string(),
  label: z.object({ fr: z.string(), en: z.string() }),
  fact: z.string(),
  operator: z.enum(['eq', 'gte', 'lte', 'in', 'true']),
  value: z.union([FactValue, z.array(FactValue)]).optional(),
  points: z.number().int(),
});

export const GridSchema = z.object({
  id: z.string().uuid(),
  epciCode: z.string(),
  name: z.string(),
  active: z.boolean(),
  maxPoints: z.number().int(),
  criteria: z.array(GridCriterionSchema),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const GridListSchema = z.object({ items: z.array(GridSchema) });

export const GridFactsSchema = z.object({
  items: z.array(z.object({ key: z.string(), type: z.enum(['number', 'boolean', 'string']), label: z.object({ fr: z.string(), en: z.string() }) })),
});

export const BalancingStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  bySizeClass: z.array(z.object({ sizeClass: z.enum(['PME', 'ETI', 'GE', 'unknown']), allocations: z.number().int(), share: z.number().nullable() })),
  lagging: SizeClass.nullable(),
});
