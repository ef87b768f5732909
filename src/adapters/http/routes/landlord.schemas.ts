import { z } from 'zod';
import { LANDLORD_KINDS, REGION_CODES } from '../../../modules/landlord/index';
import { OfferViewSchema } from './offer.schemas';

export const LandlordIdParams = z.strictObject({ id: z.string().uuid() });
export const AgreementParams = z.strictObject({ id: z.string().uuid(), agreementId: z.string().uuid() });

export const LandlordListQuery = z.strictObject({
  q: z.string().trim().max(100).optional().describe('name or SIREN contains'),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export const LandlordCreateBody = z.strictObject({
  siren: z.string().max(20).describe('nine digits (spaces allowed), Luhn key'),
  name: z.string().max(500),
  kind: z.enum(LANDLORD_KINDS),
  regions: z
    .array(z.string().max(3))
    .max(REGION_CODES.length + 5)
    .optional()
    .describe('INSEE region codes, e.g. ["11", "84"]'),
});

export const LandlordPatchBody = LandlordCreateBody.partial();

export const ApiClientBody = z.strictObject({ name: z.string().trim().max(120).optional() }).optional();
export const ApiClientParams = z.strictObject({ id: z.string().uuid(), clientId: z.string().min(1).max(100) });
/** A connected system as its landlord sees it (never its secret). */
export const ApiClientSummarySchema = z.object({
  clientId: z.string(),
  name: z.string(),
  accountId: z.string().uuid(),
  createdAt: z.string(),
  revokedAt: z.string().nullable().describe('set once revoked: no new token, its sessions ended'),
});

export const AgreementCreateBody = z.strictObject({
  departement: z.string().max(3).describe('69, 2A, 971…'),
  // bounds of the integer columns; the business ranges are the domain's (422 naming the field)
  year: z.number().int().min(1900).max(2200),
  unitsOwed: z.number().int().min(-1_000_000).max(1_000_000),
});
export const AgreementPatchBody = z.strictObject({ unitsOwed: z.number().int().min(-1_000_000).max(1_000_000) });

export const ReportQuery = z.strictObject({ format: z.enum(['json', 'csv']).optional() });

export const LandlordSchema = z.object({
  id: z.string().uuid(),
  siren: z.string(),
  name: z.string(),
  kind: z.enum(LANDLORD_KINDS),
  regions: z.array(z.string()),
  connectedByApi: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const LandlordPageSchema = z.object({ items: z.array(LandlordSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

export const ApiClientSchema = z.object({
  clientId: z.string(),
  clientSecret: z.string().describe('shown once: store it now'),
  accountId: z.string().uuid(),
});

const GapSchema = z.object({
  owed: z.number().int(),
  published: z.number().int(),
  allocated: z.number().int(),
  toPublish: z.number().int(),
  surplus: z.number().int(),
  notYetAllocated: z.number().int(),
  publishedPercent: z.number().nullable(),
  allocatedPercent: z.number().nullable(),
  fulfilled: z.boolean(),
});

export const AgreementSchema = z.object({
  id: z.string().uuid(),
  landlordId: z.string().uuid(),
  departement: z.string(),
  year: z.number().int(),
  departementName: z.string().describe('« Rhône »'),
  unitsOwed: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  gap: GapSchema,
  gapSentence: z.string().describe('« Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met'),
});

export const ReportSchema = z.object({
  landlord: z.object({ id: z.string(), name: z.string(), siren: z.string() }),
  agreement: AgreementSchema,
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      departement: z.string(),
      communeCode: z.string(),
      communeName: z.string(),
      typology: z.number().int(),
      financing: z.string(),
      unitsProposed: z.number().int(),
      unitsAllocated: z.number().int(),
    }),
  ),
  totals: z.object({ unitsProposed: z.number().int(), unitsAllocated: z.number().int() }),
});

export const LandlordUserParams = z.strictObject({ id: z.string().uuid(), userId: z.string().uuid() });

export const LandlordUserInviteBody = z.strictObject({
  email: z.string().trim().max(254).describe('the person’s work address: the one-time link is mailed there'),
  displayName: z.string().trim().min(1).max(200),
  admin: z.boolean().optional().describe('may invite and remove colleagues (false by default)'),
});

export const LandlordUserSchema = z.object({
  accountId: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  admin: z.boolean().describe('may invite and remove colleagues'),
  status: z.enum(['invited', 'active', 'disabled', 'other']),
  statusLabel: z.string(),
  invitedAt: z.string(),
});

export const LandlordSummarySchema = z.object({
  year: z.number().int().describe('the platform’s current year'),
  agreements: z.array(AgreementSchema).describe('the agreements of the year, by département'),
  toPublish: z.number().int().describe('units still to propose over the year’s agreements'),
  waiting: z.object({
    sentBack: z
      .array(z.object({ offer: OfferViewSchema, message: z.string().nullable().describe('Action Logement’s message'), at: z.string() }))
      .describe('drafts sent back by Action Logement, to correct and submit again'),
    toDecide: z.array(OfferViewSchema).describe('offers whose designated candidates were transmitted: the CAL’s decisions to record'),
  }),
});
