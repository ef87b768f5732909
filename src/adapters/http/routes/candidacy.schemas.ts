import { z } from 'zod';
import { isoDate } from './common.schemas';
import { MAX_PAGE_SIZE } from '../../../shared/pagination';

const IsoDate = isoDate('2026-04-30');
const Timestamp = z.union([z.string(), z.date()]).meta({ type: 'string', format: 'date-time' });
const Status = z.enum([
  'submitted',
  'designated',
  'transmitted',
  'cal_accepted',
  'cal_refused',
  'cal_postponed',
  'proposal_accepted',
  'proposal_declined',
  'leased',
  'withdrawn',
  'not_retained',
]);

export const IdParams = z.strictObject({ id: z.string().uuid() });
export const PageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
});

export const ApplyBody = z.strictObject({ demandId: z.string().uuid(), offerId: z.string().uuid() });
export const ReasonBody = z.strictObject({ reason: z.string().trim().max(1000).optional() }).optional();
export const CalDecisionBody = z.strictObject({
  decision: z.enum(['accepted', 'refused', 'postponed']),
  calRank: z.number().int().min(1).max(3).optional(),
  reason: z.string().trim().max(1000).optional(),
});
/** The candidate's answer to the proposal, as the landlord reports it (POST /candidacies/:id/proposal-outcome). */
export const ProposalOutcomeBody = z.strictObject({
  outcome: z.enum(['accepted', 'declined']),
  reason: z.string().trim().max(1000).optional().describe('why the candidate declined, when they said'),
});
export const DesignationBody = z.strictObject({
  candidacyIds: z.array(z.string().uuid()).min(1).max(3),
  justification: z.string().trim().max(2000).optional(),
  /** required when a chosen candidate is designated or transmitted on another offer, its outcome pending (CANDIDACY.DESIGNATED_ELSEWHERE) */
  elsewhereJustification: z.string().trim().max(2000).optional(),
});
/** An agent's recomputation of a frozen ranking: the reason (the corrected fact), 10 to 1,000 characters (checked by the candidacy module, in French). */
export const RecomputationBody = z.strictObject({ reason: z.string().trim().max(1000) });
export const RepublishBody = z.strictObject({ closingDate: IsoDate, reason: z.string().trim().max(1000).optional() });

const OfferBrief = z.object({ communeCode: z.string(), communeName: z.string().nullable(), typology: z.number().int(), rent: z.number(), charges: z.number() });

export const CandidacySummarySchema = z.object({
  id: z.string().uuid(),
  demandId: z.string().uuid(),
  offerId: z.string().uuid(),
  status: Status,
  statusLabel: z.string(),
  transmittedToLandlord: z.boolean().describe('the landlord received it (transmitted, or any later state)'),
  actions: z
    .object({ recordCalDecision: z.boolean(), recordProposalOutcome: z.boolean(), recordLease: z.boolean() })
    .describe('the landlord’s next steps the state allows (who may take them is checked on each call)'),
  submittedAt: Timestamp,
  statusChangedAt: Timestamp,
  offer: OfferBrief,
});

const Criterion = z.object({
  component: z.enum(['als', 'company', 'territory', 'balancing']),
  criterion: z.string(),
  label: z.object({ fr: z.string(), en: z.string() }),
  met: z.boolean().describe('the criterion gives points (all or part of them)'),
  status: z
    .enum(['met', 'partly_met', 'not_met', 'to_check'])
    .describe('partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it'),
  points: z.number(),
  fact: z.string().describe('the fact the criterion was computed from, in French'),
});

export const ScoreSchema = z.object({
  total: z.number(),
  components: z.object({
    als: z.number(),
    company: z.number(),
    territory: z.number(),
    territoryEstablished: z.boolean(),
    balancing: z.number(),
    alsClampedFrom: z.number().optional(),
  }),
  criteria: z.array(Criterion),
});

export const CandidacyViewSchema = CandidacySummarySchema.extend({
  rank: z.number().int().nullable(),
  candidacyCount: z.number().int(),
  referenceDate: z.string(),
  score: ScoreSchema.nullable(),
  calRank: z.number().int().nullable(),
  calReason: z.string().nullable(),
  timeline: z.array(z.object({ action: z.string(), from: Status.nullable(), to: Status, label: z.string(), at: Timestamp, reason: z.string().optional() })),
  /** once the offer closed: the final rank, from the ranking frozen at its closing */
  frozenRanking: z
    .object({
      finalRank: z.number().int().nullable(),
      candidacyCount: z.number().int(),
      referenceDate: z.string(),
      frozenAt: Timestamp,
      revision: z.number().int(),
      notice: z.string(),
    })
    .optional(),
});

/** GET /candidacies: with demandId (the applicant's own), the answer also says its open candidacies and the cap */
export const OwnCandidaciesQuery = PageQuery.extend({ demandId: z.string().uuid().optional().describe('one of the applicant’s demands: the answer then carries openCandidacies') });

export const CandidacyPageSchema = z.object({
  items: z.array(CandidacySummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  openCandidacies: z
    .object({
      demandId: z.string().uuid(),
      count: z.number().int().describe('the demand’s candidacies that count against the cap'),
      max: z.number().int().describe('how many open candidacies a demand may have at the same time'),
    })
    .optional()
    .describe('with the demandId query parameter'),
});

export const NotificationPageSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      accountId: z.string().uuid().describe('the signed-in applicant'),
      candidacyId: z.string().uuid(),
      kind: z.string(),
      payload: z.record(z.string(), z.unknown()),
      createdAt: Timestamp,
      sentAt: Timestamp.nullable(),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

export const OfferCandidaciesSchema = z.object({
  offerId: z.string().uuid(),
  candidacyCount: z.number().int(),
  items: z.array(CandidacySummarySchema.extend({ rank: z.number().int().nullable(), total: z.number().nullable() })).optional(),
  page: z.number().int().optional(),
  pageSize: z.number().int().optional(),
  total: z.number().int().optional(),
});

const Eligibility = z.object({
  decided: z.boolean(),
  fits: z.boolean(),
  effortRate: z.number().nullable(),
  reasons: z.array(z.object({ rule: z.string(), fr: z.string(), en: z.string() })),
});

export const RankingSchema = z.object({
  offerId: z.string().uuid(),
  offerStatus: z.string(),
  referenceDate: z.string(),
  candidacyCount: z.number().int(),
  round: z.number().int(),
  actions: z
    .object({
      designate: z.boolean().describe('the offer is closed and some candidate may be designated'),
      recompute: z.boolean().describe('the offer is closed and its ranking frozen: it may be recomputed, with a reason'),
      transmit: z.boolean().describe('some candidate is designated: their files may be transmitted to the landlord'),
    })
    .describe('what an agent may do with the ranking now'),
  /** once the offer closed: the snapshot the ranking was read from (frozen at the closing, or recomputed by an agent since) */
  frozen: z
    .object({
      revision: z.number().int(),
      trigger: z.enum(['closing', 'recomputation']),
      computedAt: Timestamp,
      reason: z.string().nullable(),
      notice: z.string(),
    })
    .optional(),
  page: z.number().int().optional(),
  pageSize: z.number().int().optional(),
  items: z.array(
    z.object({
      rank: z.number().int(),
      candidacyId: z.string().uuid(),
      demandId: z.string().uuid(),
      status: Status,
      statusLabel: z.string(),
      designable: z.boolean().describe('the candidate may be designated (once the offer is closed)'),
      submittedAt: Timestamp,
      registrationDate: z.string(),
      score: ScoreSchema,
      eligibility: Eligibility.optional(),
      /** the candidate is designated or transmitted on these other offers, their outcome pending */
      designatedElsewhere: z
        .array(
          z.object({
            candidacyId: z.string().uuid(),
            offerId: z.string().uuid(),
            status: Status,
            statusLabel: z.string(),
            statusChangedAt: Timestamp,
            offer: z.object({ communeCode: z.string(), communeName: z.string().nullable(), typology: z.number().int() }),
          }),
        )
        .optional(),
      designatedElsewhereNotice: z.string().optional(),
    }),
  ),
  others: z.array(CandidacySummarySchema),
});

export const DesignationResultSchema = z.object({
  offerId: z.string().uuid(),
  round: z.number().int(),
  outOfOrder: z.boolean(),
  designated: z.array(z.object({ candidacyId: z.string().uuid(), rank: z.number().int(), total: z.number() })),
  /** the designated candidacies whose candidate is designated or transmitted elsewhere too (justified) */
  designatedElsewhere: z.array(z.string().uuid()),
});

export const RecomputationResultSchema = z.object({
  offerId: z.string().uuid(),
  revision: z.number().int(),
  previousRevision: z.number().int().nullable(),
  referenceDate: z.string(),
  computedAt: Timestamp,
  reason: z.string(),
  candidacyCount: z.number().int(),
  changes: z.array(
    z.object({
      candidacyId: z.string().uuid(),
      rankBefore: z.number().int().nullable(),
      rankAfter: z.number().int().nullable(),
      totalBefore: z.number().nullable(),
      totalAfter: z.number().nullable(),
    }),
  ),
});

export const TransmissionResultSchema = z.object({ offerId: z.string().uuid(), transmitted: z.array(z.string().uuid()) });
export const RepublishResultSchema = z.object({ offerId: z.string().uuid(), closingDate: z.string() });

export const DesignatedSchema = z.object({
  offerId: z.string().uuid(),
  items: z.array(
    z.object({
      candidacyId: z.string().uuid(),
      demandId: z.string().uuid(),
      status: Status,
      statusLabel: z.string(),
      rankAtDesignation: z.number().int().nullable(),
      totalAtDesignation: z.number().nullable(),
      calRank: z.number().int().nullable(),
      calReason: z.string().nullable(),
      demand: z
        .object({
          registrationNumber: z.string().nullable(),
          registrationDate: z.string().nullable(),
          householdSize: z.number().int(),
          householdCategory: z.number().int(),
          dependants: z.number().int(),
          monthlyResources: z.number(),
          referenceIncome: z.number(),
          expectedHousingBenefit: z.number(),
          dalo: z.boolean(),
          /** the candidate's name and contact details (the landlord of a transmitted candidacy only) */
          candidate: z
            .object({
              civility: z.string().nullable(),
              firstName: z.string(),
              lastName: z.string(),
              email: z.string().nullable(),
              phone: z.string().nullable(),
            })
            .nullable(),
        })
        .nullable(),
    }),
  ),
});

/** What a landlord gets back after recording a decision or a lease: the candidacy's state, nothing of its score. */
export const LandlordCandidacySchema = z.object({
  id: z.string().uuid(),
  offerId: z.string().uuid(),
  demandId: z.string().uuid(),
  status: Status,
  statusLabel: z.string(),
  calRank: z.number().int().nullable(),
  calReason: z.string().nullable(),
  statusChangedAt: Timestamp,
});
