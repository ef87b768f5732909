import { z } from 'zod';
import { DEPARTEMENT_CODE_PATTERN } from '../../../shared/commune';
import { ENERGY_CLASSES, FINANCINGS, OFFER_STATUSES, ZONES } from '../../../modules/offer/index';

/** A list in a query string: `a,b`, or the parameter repeated. */
export const listParam = <O, T extends z.ZodType<O, string>>(item: T, max: number) =>
  z
    .union([z.string().max(2000), z.array(z.string().max(200)).max(max)])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max));

/** `T3`, `t3` or `3` → 3 (the range T1–T6 is checked by the domain, naming the field). */
export const Typology = z.union([
  z.number().int().min(-1000).max(1000),
  z
    .string()
    .max(3)
    .regex(/^[Tt]?\d{1,2}$/, { message: 'typologie : T1 … T6' })
    .transform((v) => Number(v.replace(/^[Tt]/, ''))),
]);

/** In a query string: `T3` or `3`. */
const TypologyText = z
  .string()
  .max(3)
  .regex(/^[Tt]?\d{1,2}$/, { message: 'typologie : T1 … T6' })
  .transform((v) => Number(v.replace(/^[Tt]/, '')));

const IsoDateText = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date AAAA-MM-JJ' });
const BoolText = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/**
 * An offer's data. Types are checked here (400); the business rules (ranges, a commune that
 * exists, a closing date not past) by the domain (422 OFFER.INVALID_DATA, naming each field).
 */
const offerFields = {
  addressLine: z.string().max(1000),
  postalCode: z.string().max(20),
  communeCode: z.string().max(20).describe('INSEE code of the commune (not the postal code), e.g. 69386'),
  typology: Typology.describe('T1 … T6 (number or "T3")'),
  mainRooms: z.number().int().min(-1000).max(1000),
  // bounds of the columns (numeric(7,2), numeric(10,2)); the business ranges are the domain's (422 naming the field)
  surface: z.number().min(-99_999).max(99_999).describe('living surface, m²'),
  floor: z.number().int().min(-1000).max(1000),
  elevator: z.boolean(),
  accessible: z.boolean().describe('accessible to a person with reduced mobility'),
  energyClass: z.enum(ENERGY_CLASSES),
  rent: z.number().min(-99_999_999).max(99_999_999).describe('€ per month, charges excluded'),
  charges: z.number().min(-99_999_999).max(99_999_999).describe('€ per month'),
  financing: z.enum(FINANCINGS),
  availableFrom: z.string().max(30).describe('YYYY-MM-DD'),
  closingDate: z.string().max(30).describe('last day (inclusive) of candidacies, YYYY-MM-DD'),
  description: z.string().max(10_000),
  agreementId: z.string().uuid().nullable().describe('the reservation agreement the offer counts against; picked automatically when absent'),
};

/** The body of creating a draft offer and of changing one: every field optional (a draft is completed step by step). */
export const OfferDraftBody = z.strictObject(
  Object.fromEntries(Object.entries(offerFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof offerFields]: z.ZodOptional<(typeof offerFields)[K]> },
);

export const OfferIdParams = z.strictObject({ id: z.string().uuid() });

export const OfferSearchQuery = z.strictObject({
  communes: listParam(z.string().max(5), 50).optional().describe('INSEE codes, comma-separated'),
  departement: z.string().max(3).regex(DEPARTEMENT_CODE_PATTERN, { message: 'code de département : 69, 2A, 971, 988…' }).optional(),
  typology: listParam(TypologyText, 6).optional().describe('T1 … T6, comma-separated'),
  maxRent: z.coerce.number().min(0).max(100_000).optional().describe('rent + charges, € per month'),
  accessible: BoolText.optional(),
  availableBefore: IsoDateText.optional(),
  status: listParam(z.enum(OFFER_STATUSES), OFFER_STATUSES.length).optional().describe('agents and landlords'),
  landlordId: z.string().uuid().optional().describe('agents'),
  eligibleFor: z.literal('me').optional().describe('applicants: only offers their active demand fits'),
  sort: z.enum(['recent', 'closing', 'submitted']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export const SendBackBody = z.strictObject({ message: z.string().max(2000) });
export const WithdrawBody = z.strictObject({ reason: z.string().max(2000) });
export const PublishBody = z.strictObject({ closingDate: z.string().max(30).optional() }).optional();

export const EligibilityQuery = z.strictObject({ offerId: z.string().uuid() });
export const DemandIdParams = z.strictObject({ id: z.string().uuid() });

const Message = z.object({ fr: z.string(), en: z.string() });

export const EligibilityBrief = z.object({
  demandId: z.string(),
  decided: z.boolean(),
  fits: z.boolean(),
  ceiling: z.number().nullable(),
  ceilingYear: z.number().int().nullable().describe('the year whose income ceilings decided: this year, or the last published one when this year’s are not published yet'),
  effortRate: z.number().nullable(),
  effortWarning: z.boolean(),
  reasons: z.array(Message),
});

export const OfferPhotoSchema = z.object({
  id: z.string().uuid(),
  alt: z.string().nullable().describe('what the photo shows, for screen readers'),
  position: z.number().int(),
  width: z.number().int().describe('of the large size'),
  height: z.number().int(),
  contentType: z.string().describe('image/webp'),
  sizes: z
    .object({
      small: z.string().describe('320 px wide'),
      medium: z.string().describe('800 px wide'),
      large: z.string().describe('1600 px wide (never wider than the original)'),
    })
    .describe('API paths of each size (GET, no sign-in needed once the offer is published)'),
});

export const PhotoUploadFields = z.strictObject({ alt: z.string().max(300).optional() });
export const PhotoUploadForm = PhotoUploadFields.extend({
  file: z
    .string()
    .max(10 * 1024 * 1024)
    .meta({ format: 'binary' })
    .describe('a JPEG, PNG or WebP photo (judged by its content), at most 10 MB'),
});
export const PhotoParams = z.strictObject({ id: z.string().uuid(), photoId: z.string().uuid() });
export const PhotoSizeParams = PhotoParams.extend({ size: z.enum(['small', 'medium', 'large']) });
export const PhotoOrderBody = z.strictObject({ photoIds: z.array(z.string().uuid()).min(1).max(10).describe('every photo of the offer, once, in the new order') });

export const OfferViewSchema = z.object({
  id: z.string().uuid(),
  landlordId: z.string().uuid(),
  landlordName: z.string().nullable(),
  agreementId: z.string().uuid().nullable(),
  status: z.enum(OFFER_STATUSES),
  statusLabel: z.string(),
  openForCandidacies: z.boolean(),
  actions: z
    .object({
      edit: z.boolean(),
      submit: z.boolean(),
      startInstruction: z.boolean(),
      publish: z.boolean(),
      sendBack: z.boolean(),
      close: z.boolean(),
      designate: z.boolean(),
      transmit: z.boolean(),
      allocate: z.boolean(),
      republish: z.boolean(),
      withdraw: z.boolean(),
      withdrawByAgent: z.boolean().describe('the back office offers the withdrawal (not for a draft)'),
    })
    .describe('the transitions the status allows (who may take them is checked on each call)'),
  addressLine: z.string(),
  postalCode: z.string(),
  communeCode: z.string(),
  communeName: z.string().nullable(),
  departement: z.string(),
  zone: z.enum(ZONES),
  zoneLabel: z.string(),
  epci: z.object({ code: z.string(), name: z.string() }).nullable(),
  typology: z.number().int(),
  mainRooms: z.number().int(),
  surface: z.number(),
  floor: z.number().int(),
  elevator: z.boolean(),
  accessible: z.boolean(),
  energyClass: z.string(),
  rent: z.number(),
  charges: z.number(),
  totalRent: z.number(),
  financing: z.string(),
  availableFrom: z.string(),
  closingDate: z.string(),
  description: z.string().nullable(),
  candidacyCount: z.number().int().describe('candidacies on the offer'),
  photos: z.array(OfferPhotoSchema).describe('the landlord’s photos, in order (at most 10)'),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const HistoryEntrySchema = z.object({
  action: z.string(),
  from: z.enum(OFFER_STATUSES),
  to: z.enum(OFFER_STATUSES),
  at: z.string(),
  by: z.string().nullable(),
  reason: z.string().nullable(),
  onBehalfOf: z.string().nullable().describe('the landlord an agent (`by`) acted for, from the back office'),
});

export const OfferDetailSchema = OfferViewSchema.extend({ history: z.array(HistoryEntrySchema).optional().describe('landlords and agents') });

export const OfferPageSchema = z.object({
  items: z.array(OfferViewSchema.extend({ eligibility: EligibilityBrief.optional().describe('applicants with an active demand') })),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

export const EligibilityReportSchema = z.object({
  demandId: z.string(),
  offerId: z.string(),
  year: z.number().int(),
  ceilingYear: z.number().int().nullable().describe('the year whose income ceilings decided: `year`, or the last published one when `year`’s are not published yet'),
  ceilingNotice: Message.nullable().describe('said when this year’s ceilings are not published yet'),
  decided: z.boolean(),
  fits: z.boolean(),
  zone: z.enum(ZONES),
  zoneLabel: Message,
  householdCategory: z.number().int(),
  householdSize: z.number().int(),
  ceiling: z.number().nullable(),
  effortRate: z.number().nullable(),
  effortWarning: z.boolean(),
  checks: z.array(
    z.object({
      rule: z.enum(['income_ceiling', 'over_occupation', 'under_occupation', 'effort_rate', 'financing_supported']),
      passes: z.boolean(),
      severity: z.enum(['blocking', 'warning']),
      figures: z.record(z.string(), z.unknown()),
      message: Message,
    }),
  ),
  reasons: z.array(Message),
  incomplete: z.array(z.string()),
});

export const EligibilitySummarySchema = z.object({
  year: z.number().int(),
  ceilingYear: z.number().int().nullable(),
  ceilingNotice: Message.nullable(),
  zone: z.enum(ZONES),
  financing: z.string(),
  ceilingsApply: z.boolean(),
  ceilings: z.array(z.object({ category: z.number().int(), ceiling: z.number().nullable() })),
  extraPerson: z.number().nullable(),
  occupants: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
});
