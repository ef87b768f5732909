import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../../../shared/pagination';

/** Request and response schemas of the company-space routes (the OpenAPI document is built from them). */

const Tranche = z.enum(['A', 'B', 'C']);
const SpaceStatus = z.enum(['requested', 'configured', 'deployed', 'suspended']);
const Contribution = z.enum(['contributing', 'compensated', 'none']);
const ValidationStatus = z.enum(['pending', 'validated', 'rejected', 'withdrawn']);
const Instant = z.string().describe('ISO 8601 instant');
// Spaces and dots are tolerated ("552 100 554 00015"); the domain checks the digits and the key.
const Siret = z.string().trim().min(14).max(20).describe('SIRET: 14 digits with a Luhn key');
const Siren = z.string().trim().min(9).max(12).describe('SIREN: 9 digits with a Luhn key');
const Reason = z.string().trim().max(500);

export const Paging = {
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
};

export const CompanyIdParams = z.strictObject({ id: z.uuid() });
export const EmployeeParams = z.strictObject({ id: z.uuid(), demandId: z.uuid() });
export const GrantParams = z.strictObject({ id: z.uuid(), demandId: z.uuid(), tranche: Tranche });

export const CompanyListQuery = z.strictObject({
  ...Paging,
  q: z.string().trim().max(100).optional().describe('part of the name, or the beginning of a SIREN or SIRET'),
  spaceStatus: z.enum(['requested', 'configured', 'deployed', 'suspended', 'none']).optional(),
});

export const CreateCompanyBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  siren: Siren.optional(),
  sirets: z.array(Siret).min(1).max(500),
  headcount: z.number().int().min(0).max(10_000_000).nullable().optional(),
  contribution: Contribution.optional(),
  delegatesToAls: z.boolean().optional(),
});

export const PatchCompanyBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  headcount: z.number().int().min(0).max(10_000_000).nullable().optional(),
  contribution: Contribution.optional(),
  delegatesToAls: z.boolean().optional(),
  addSirets: z.array(Siret).max(500).optional(),
  removeSirets: z.array(Siret).max(500).optional(),
});

export const SpaceRequestBody = z.strictObject({
  companyName: z.string().trim().min(1).max(200),
  siret: Siret,
  contactName: z.string().trim().min(1).max(120),
  contactEmail: z.email().max(254),
  contactPhone: z.string().trim().max(25).optional(),
});

export const SpaceRequestListQuery = z.strictObject({ ...Paging, open: z.enum(['true', 'false']).optional() });

const PerTranche = <T extends z.ZodType>(t: T) => z.strictObject({ A: t.optional(), B: t.optional(), C: t.optional() });
const Descriptions = PerTranche(z.string().max(4000));
const Quotas = PerTranche(z.number().int().min(0).max(100_000));
const Year = z.number().int().min(2000).max(2100);

export const PolicyBody = z.strictObject({
  year: Year.optional().describe('quota year (default: the current year)'),
  descriptions: Descriptions.optional(),
  quotas: Quotas.optional(),
});

export const PolicyQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const SpaceActionBody = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('configure'),
    managers: z
      .array(z.strictObject({ email: z.email().max(254), displayName: z.string().trim().min(1).max(120) }))
      .max(20)
      .optional(),
    delegatesToAls: z.boolean().optional(),
    year: Year.optional(),
    descriptions: Descriptions.optional(),
    quotas: Quotas.optional(),
  }),
  z.strictObject({ action: z.literal('deploy'), reason: Reason.optional() }),
  z.strictObject({ action: z.literal('suspend'), reason: Reason.optional() }),
]);

export const EmployeesQuery = z.strictObject({ ...Paging, status: ValidationStatus.optional() });

export const ValidationBody = z.strictObject({
  decision: z.enum(['validate', 'reject', 'withdraw']),
  reason: Reason.optional().describe('required to reject'),
});

export const GrantBody = z.strictObject({ tranche: Tranche, reason: z.string().trim().min(3).max(500) });
export const RevokeQuery = z.strictObject({ reason: Reason.optional() });
export const CandidaciesQuery = z.strictObject({ ...Paging });

// Responses (documentation)

const CompanyView = z.object({
  id: z.uuid(),
  name: z.string(),
  siren: z.string(),
  sirets: z.array(z.string()),
  headcount: z.number().int().nullable(),
  sizeClass: z.enum(['PME', 'ETI', 'GE']).nullable(),
  contribution: Contribution,
  delegatesToAls: z.boolean(),
  space: z.object({ status: SpaceStatus.nullable(), updatedAt: Instant.nullable(), openToManagers: z.boolean().describe('deployed: the managers act in it') }),
  createdAt: Instant,
  updatedAt: Instant,
});

export const CompanyDetailResponse = CompanyView.extend({
  managers: z.array(z.object({ accountId: z.uuid(), email: z.string(), displayName: z.string(), invitedAt: Instant })),
  spaceHistory: z.array(
    z.object({
      at: Instant,
      action: z.string(),
      from: SpaceStatus.nullable(),
      to: SpaceStatus,
      actorAccountId: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});

const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

export const CompanyPageResponse = pageOf(CompanyView);

export const SpaceRequestReceipt = z.object({ requestId: z.uuid(), receivedAt: Instant });

export const SpaceRequestPageResponse = pageOf(
  z.object({
    id: z.uuid(),
    companyId: z.uuid(),
    siret: z.string(),
    companyName: z.string(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string().nullable(),
    requestedAt: Instant,
    handledAt: Instant.nullable(),
    spaceStatus: SpaceStatus.nullable(),
  }),
);

const QuotaView = z.object({ tranche: Tranche, quota: z.number().int(), used: z.number().int(), left: z.number().int() });

export const PolicyResponse = z.object({
  companyId: z.uuid(),
  companyName: z.string(),
  tranches: z.array(z.object({ tranche: Tranche, description: z.string(), updatedAt: Instant.nullable() })),
  year: z.number().int().optional().describe('staff and the company’s managers only'),
  quotas: z.array(QuotaView).optional().describe('staff and the company’s managers only'),
  spaceStatus: SpaceStatus.nullable().optional(),
  quotaCeiling: z
    .number()
    .int()
    .optional()
    .describe(
      'staff and managers: the most a tranche’s yearly quota may be, the company’s headcount (10 while the headcount is not known); above it 422 COMPANY.QUOTA_ABOVE_HEADCOUNT',
    ),
  headcount: z.number().int().nullable().optional(),
});

const EmployeeView = z.object({
  demandId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  requestedAt: Instant,
  status: ValidationStatus,
  validatedBy: z.enum(['manager', 'delegation']).nullable(),
  validatedAt: Instant.nullable(),
  withdrawnAt: Instant.nullable(),
  decidedAt: Instant.nullable(),
  reason: z.string().nullable(),
  tranches: z.array(z.object({ tranche: Tranche, year: z.number().int(), grantedAt: Instant, reason: z.string() })),
});

export const EmployeeResponse = EmployeeView;
export const EmployeePageResponse = pageOf(EmployeeView).extend({ year: z.number().int(), quotas: z.array(QuotaView) });

export const GrantResponse = z.object({
  demandId: z.uuid(),
  tranche: Tranche,
  year: z.number().int(),
  reason: z.string(),
  grantedAt: Instant,
  quota: z.object({ quota: z.number().int(), used: z.number().int(), left: z.number().int() }),
});

export const CandidacyPageResponse = pageOf(
  z.object({
    demandId: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    offerCommune: z.string(),
    offerTypology: z.string(),
    status: z.string(),
    updatedAt: Instant,
    // to tell the lines apart
    offerId: z.uuid().optional(),
    offerAddress: z.string().nullable().optional(),
    closingDate: z.string().nullable().optional(),
    rankAtClose: z.number().int().nullable().optional().describe('the rank when the offer closed (null: not ranked then)'),
  }),
);
