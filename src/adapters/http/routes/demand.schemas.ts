import { z } from 'zod';
import { isoDate } from './common.schemas';
import { DEPARTEMENT_CODE_PATTERN } from '../../../shared/commune';
import { MAX_PAGE_SIZE } from '../../../shared/pagination';
import {
  CHECKABLE_FACTS,
  DEMAND_LIST_SORTS,
  DEMAND_REASONS,
  DEMAND_SEARCH_MAX,
  DEMAND_SEARCH_MIN,
  DEMAND_STATUSES,
  DOCUMENT_TYPES,
  FACT_CHECK_REASON_MAX,
  FACT_CHECK_SOURCES,
  OVERRIDE_REASON_MAX,
  OVERRIDE_REASON_MIN,
  RESOURCE_CODES,
  siretIsValid,
} from '../../../modules/demand/index';

/**
 * Request and response schemas of the demand API. They mirror `DemandData` (the CERFA 14069 form):
 * strict objects (an unknown field is a 400 naming it), INSEE codes, real calendar dates, amounts
 * ≥ 0, capped arrays. Fields the caller may not set (state, registration number and date, owner)
 * are not in any input schema. Completeness is checked at submission (422 `DEMAND.INCOMPLETE`).
 */

const IsoDate = isoDate('1990-04-12');
const InseeCode = z
  .string()
  .max(5)
  .regex(/^(\d{5}|2[AB]\d{3})$/, { message: 'code commune INSEE : 5 chiffres, ou 2A/2B et 3 chiffres' })
  .meta({ example: '69386' });
const Amount = z.number().finite().min(0, { message: 'le montant doit être positif ou nul' }).max(10_000_000);
const Name = z.string().trim().min(1).max(100);
const OptionalText = (max: number) => z.string().trim().max(max);
const Siret = z
  .string()
  .max(14)
  .regex(/^\d{14}$/, { message: 'SIRET : 14 chiffres' })
  .refine(siretIsValid, { message: 'SIRET : clé de contrôle invalide' })
  .meta({ example: '44306184100047' });
const Year = z.number().int().min(1990).max(2100);

const Resource = z.strictObject({ code: z.enum(RESOURCE_CODES), monthlyAmount: Amount });
const Resources = z.array(Resource).max(20);

const TaxIncome = z.strictObject({
  yearMinus1: Year.optional(),
  amountMinus1: Amount.optional(),
  yearMinus2: Year.optional(),
  amountMinus2: Amount.optional(),
});

const Employment = z.strictObject({
  profession: OptionalText(100).optional(),
  contractType: z.enum(['CDI', 'CDD', 'INT', 'APP', 'STA', 'FON', 'IND', 'AUT']).optional(),
  employerName: OptionalText(200).optional(),
  employerSiret: Siret.optional(),
  startDate: IsoDate.optional(),
  workplaceCommuneCode: InseeCode.optional(),
});

const Address = z.strictObject({
  line: z.string().trim().min(1).max(200),
  postalCode: z
    .string()
    .trim()
    .max(12)
    .regex(/^[0-9A-Za-z -]{2,12}$/, { message: 'code postal invalide' }),
  communeCode: InseeCode,
  abroad: z.boolean().optional(),
});

const adultShape = {
  civility: z.enum(['1', '2']).optional(),
  lastName: Name,
  firstName: Name,
  birthDate: IsoDate,
  nationality: z.enum(['1', '2', '3']).optional(),
  familySituation: z.enum(['M', 'C', 'D', 'V', 'P', 'L', 'S']).optional(),
  email: z.string().trim().email().max(254).optional(),
  phone: z
    .string()
    .trim()
    .max(20)
    .regex(/^\+?[0-9 .()-]{6,20}$/, { message: 'numéro de téléphone invalide' })
    .optional(),
  disabilityCard: z.boolean().optional(),
  employment: Employment.optional(),
  resources: Resources.default([]),
  alimonyPaid: Amount.optional(),
  taxIncome: TaxIncome.optional(),
};

const Applicant = z.strictObject({ ...adultShape, address: Address.optional() });
const CoApplicant = z.strictObject({ ...adultShape, link: z.enum(['M', 'P', 'L', 'A']) });

const OtherOccupant = z.strictObject({
  firstName: OptionalText(100).optional(),
  lastName: OptionalText(100).optional(),
  birthDate: IsoDate,
  kinship: z.enum(['E', 'A', 'C', 'O']),
  dependant: z.boolean(),
  sharedCustody: z.boolean().optional(),
  disabilityCard: z.boolean().optional(),
  taxIncome: TaxIncome.optional(),
  resources: Resources.optional(),
});

const ExpectedBirths = z.strictObject({ count: z.number().int().min(1).max(9), expectedDate: IsoDate });

const CurrentHousing = z.strictObject({
  kind: z.enum(['LP', 'LS', 'PO', 'HE', 'FO', 'SA', 'AU']),
  monthlyRent: Amount.optional(),
  occupants: z.number().int().min(0).max(50).optional(),
  rooms: z.number().int().min(0).max(30).optional(),
  surface: z.number().finite().min(0).max(10_000).optional(),
});

const Wishes = z.strictObject({
  communeCodes: z.array(InseeCode).max(50),
  typologies: z.array(z.number().int().min(1).max(6)).max(6),
  maxRent: Amount.optional(),
  accessibilityRequired: z.boolean().optional(),
  elevatorRequired: z.boolean().optional(),
});

const Mobility = z.strictObject({
  kind: z.enum(['new_job', 'transfer']),
  fromCommuneCode: InseeCode.optional(),
  toCommuneCode: InseeCode.optional(),
  date: IsoDate.optional(),
});

const CalHistory = z.strictObject({ refusedByCal: z.boolean().optional(), declinedAfterCalOn: IsoDate.optional() });

const OtherOccupants = z.array(OtherOccupant).max(20);
const Reasons = z.array(z.enum(DEMAND_REASONS)).max(DEMAND_REASONS.length);

/** The demand data (CERFA 14069), as sent to create a draft. Lists default to empty. */
export const DemandDataInput = z
  .strictObject({
    applicant: Applicant,
    coApplicant: CoApplicant.optional(),
    otherOccupants: OtherOccupants.default([]),
    expectedBirths: ExpectedBirths.optional(),
    currentHousing: CurrentHousing.optional(),
    reasons: Reasons.default([]),
    mobility: Mobility.optional(),
    expectedHousingBenefit: Amount.optional(),
    wishes: Wishes.default({ communeCodes: [], typologies: [] }),
    calHistory: CalHistory.optional(),
    dalo: z.boolean().optional(),
  })
  .meta({ id: 'DemandData' });

/** A change of the demand data, section by section: a section given replaces the stored one; `null` removes an optional section. */
export const DemandDataPatchInput = z
  .strictObject({
    applicant: Applicant.optional(),
    coApplicant: CoApplicant.nullable().optional(),
    otherOccupants: OtherOccupants.optional(),
    expectedBirths: ExpectedBirths.nullable().optional(),
    currentHousing: CurrentHousing.nullable().optional(),
    reasons: Reasons.optional(),
    mobility: Mobility.nullable().optional(),
    expectedHousingBenefit: Amount.nullable().optional(),
    wishes: Wishes.optional(),
    calHistory: CalHistory.nullable().optional(),
    dalo: z.boolean().nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'aucune modification demandée' })
  .meta({ id: 'DemandDataPatch' });

export const DemandIdParams = z.strictObject({ id: z.string().uuid() });

const BooleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const DemandListQuery = z.strictObject({
  /** one state or several, comma-separated */
  status: z
    .string()
    .max(500)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(DEMAND_STATUSES)).max(DEMAND_STATUSES.length))
    .optional(),
  departement: z.string().max(3).regex(DEPARTEMENT_CODE_PATTERN, { message: 'code de département : 69, 2A, 971, 988…' }).optional(),
  registeredFrom: IsoDate.optional(),
  registeredTo: IsoDate.optional(),
  documentsPending: BooleanQuery.optional(),
  documentsRequested: BooleanQuery.optional(),
  registrationPending: BooleanQuery.optional(),
  dalo: BooleanQuery.optional(),
  q: z
    .string()
    .trim()
    .min(DEMAND_SEARCH_MIN)
    .max(DEMAND_SEARCH_MAX)
    .optional()
    .describe('find a person (agents): name (prefix of « nom prénom » or « prénom nom », accents and case ignored), e-mail (prefix), registration number or phone (exact)'),
  sort: z.enum(DEMAND_LIST_SORTS).optional().describe('order of the list (default created_desc: newest first)'),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
});

export const ValidateBody = z
  .strictObject({
    mobilityChecked: z.boolean().optional().describe('the agent checked the mobility declared on the demand (+70 once checked)'),
    piecesOverride: z
      .strictObject({
        reason: z.string().trim().min(OVERRIDE_REASON_MIN).max(OVERRIDE_REASON_MAX).describe('why the demand is validated without every expected piece verified (audited)'),
      })
      .optional()
      .describe('validate although the instruction checklist is not complete; without it such a validation answers 409 DEMAND.PIECES_NOT_VERIFIED'),
  })
  .optional();
/** `POST /demands/:id/fact-checks`: an agent checks, or unchecks with a reason, a declared fact that gives points. */
export const FactCheckBody = z.strictObject({
  fact: z.enum(CHECKABLE_FACTS).describe('mobility (+70), dalo (a territory grid’s DALO points), cal_history (CAL refusal +40, home declined after a CAL −40)'),
  decision: z.enum(['check', 'uncheck']),
  reason: z.string().trim().min(1).max(FACT_CHECK_REASON_MAX).optional().describe('required to uncheck'),
  documentId: z.string().uuid().optional().describe('the verified supporting piece (default: the latest verified piece of the expected type)'),
});
const ChecklistItemSchema = z.object({
  key: z.string(),
  type: z.enum(['identity', 'tax_notice']),
  person: z.string(),
  taxYear: z.number().int().optional(),
  label: z.string(),
  state: z.enum(['verified', 'pending', 'rejected', 'missing']),
  stateLabel: z.string(),
  documentId: z.string().optional(),
});
export const InstructionChecklistSchema = z
  .object({
    onDate: IsoDate,
    complete: z.boolean(),
    items: z.array(ChecklistItemSchema),
  })
  .meta({ id: 'InstructionChecklist' });
export const RequestDocumentsBody = z.strictObject({
  message: z.string().trim().min(1).max(2000),
  documentTypes: z.array(z.enum(DOCUMENT_TYPES)).max(DOCUMENT_TYPES.length).optional(),
});
export const RejectBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

export const CancelBody = z.strictObject({ reason: z.string().trim().max(2000).optional() }).optional();

// ---- responses (documentation: the OpenAPI contract) ----

const Instant = z.string().meta({ format: 'date-time' });
const SENSITIVE_FACTS = ['household', 'resources', 'reference_income', 'applicant_birth_date', 'employer', 'mobility', 'cal_history', 'housing_benefit', 'dalo'] as const;

const HistoryEntry = z.object({
  action: z.string(),
  from: z.enum(DEMAND_STATUSES),
  to: z.enum(DEMAND_STATUSES),
  at: Instant,
  actor: z.enum(['applicant', 'agent', 'system']),
  by: z.string().optional().describe('account of the agent (back office only)'),
  reason: z.string().optional(),
});

export const DemandViewSchema = z
  .object({
    id: z.string().uuid(),
    ownerAccountId: z.string().uuid(),
    status: z.enum(DEMAND_STATUSES),
    statusLabel: z.string(),
    actions: z
      .object({ startInstruction: z.boolean(), decide: z.boolean().describe('validate, reject, request documents'), checkFacts: z.boolean() })
      .describe('what the back office may do in this state (who may is checked on each call)'),
    source: z.enum(['platform', 'registry']),
    registry: z.string().optional(),
    data: DemandDataInput,
    registrationNumber: z.string().optional(),
    registrationDate: IsoDate.optional(),
    renewalDueDate: IsoDate.optional(),
    registrationPending: z.boolean().describe('validated, waiting for the registry to deliver the number'),
    renewal: z.object({ open: z.boolean(), opensOn: IsoDate.optional() }),
    documentsRequest: z.object({ requestedAt: Instant, message: z.string(), documentTypes: z.array(z.string()), by: z.string().optional() }).optional(),
    lastRejection: z.object({ at: Instant, reason: z.string(), by: z.string().optional() }).optional(),
    pendingDocuments: z.number().int(),
    derived: z.object({
      onDate: IsoDate,
      householdSize: z.number().int(),
      householdCategory: z.number().int().min(1).max(6),
      householdCategoryRule: z.enum(['household_size', 'young_couple', 'single_adult_with_dependants', 'disability']),
      householdCategoryExplanation: z.string(),
      extraPersonUnits: z.number().int(),
      referenceIncome: z.object({ amount: z.number(), year: z.number().int(), basis: z.enum(['N-2', 'N-1']), missing: z.array(z.string()) }),
      monthlyResources: z.number(),
      expectedHousingBenefit: z.number(),
      mobilityChecked: z.boolean(),
      declaredFacts: z
        .record(
          z.enum(CHECKABLE_FACTS),
          z.object({
            state: z.enum(['none', 'to_check', 'checked', 'not_retained']),
            stateLabel: z.string(),
            source: z.enum(FACT_CHECK_SOURCES).optional().describe('agent: an agent’s check; registry: confirmed by the registry'),
            at: Instant.optional(),
            by: z.string().optional().describe('the agent (back office only)'),
            reason: z.string().optional(),
            documentId: z.string().optional(),
          }),
        )
        .describe('declared facts that give points count only once checked (docs/scoring-facts.md)'),
    }),
    history: z.array(HistoryEntry),
    notices: z.array(z.object({ code: z.string(), message: z.string() })),
    createdAt: Instant,
    submittedAt: Instant.optional(),
    validatedAt: Instant.optional(),
    updatedAt: Instant,
    version: z.number().int(),
  })
  .meta({ id: 'Demand' });

export const DemandUpdateResponse = DemandViewSchema.extend({
  recheck: z.array(z.enum(SENSITIVE_FACTS)).describe('facts that change eligibility or the score and were changed: they are re-checked'),
});

export const DemandSummarySchema = z.object({
  id: z.string().uuid(),
  ownerAccountId: z.string().uuid(),
  status: z.enum(DEMAND_STATUSES),
  applicantName: z.string(),
  registrationNumber: z.string().optional(),
  registrationDate: IsoDate.optional(),
  renewalDueDate: IsoDate.optional(),
  registrationPending: z.boolean(),
  departement: z.string().optional(),
  dalo: z.boolean(),
  documentsRequested: z.boolean(),
  pendingDocuments: z.number().int(),
  createdAt: Instant,
  submittedAt: Instant.optional(),
  updatedAt: Instant,
});

export const DemandPageSchema = z.object({
  items: z.array(DemandSummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
