import { toIsoDate, type IsoDate } from '../../../shared/dates';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { minimumSurface, normalizeInseeCode, openForCandidaciesFilter, type LocalizedMessage, type OfferStatus } from '../domain/index';
import type { ApplicantRecord, OfferSearchCriteria, OfferSort } from '../ports';
import { isAgent, isLandlordRole } from './access';
import { evaluate, report } from './eligibility';
import type { OfferContext } from './offer.deps';
import { offerError } from '../offer.errors';
import { toViews, type OfferView } from './offer-view';

export interface SearchOffersInput {
  communes?: string[] | undefined;
  departement?: string | undefined;
  typologies?: number[] | undefined;
  /** rent + charges, € per month */
  maxRent?: number | undefined;
  accessible?: boolean | undefined;
  availableBefore?: IsoDate | undefined;
  /** agents and landlords only */
  statuses?: OfferStatus[] | undefined;
  /** agents only */
  landlordId?: string | undefined;
  /** only offers the caller's active demand fits (applicants) */
  eligibleFor?: 'me' | undefined;
  sort?: OfferSort | undefined;
  /** the other way than the sort's natural order */
  reversed?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** What an applicant with an active demand reads on each result. */
export interface OfferEligibilityBrief {
  demandId: string;
  decided: boolean;
  fits: boolean;
  ceiling: number | null;
  /** the year whose ceilings decided (the last published one when this year's are not published yet) */
  ceilingYear: number | null;
  effortRate: number | null;
  effortWarning: boolean;
  reasons: LocalizedMessage[];
}

export type OfferSearchItem = OfferView & { eligibility?: OfferEligibilityBrief };

/**
 * The offers a caller may see, filtered and paged. Applicants and companies see published offers
 * still open to candidacies; landlords their own in any state; agents every offer (status filter).
 * `eligibleFor=me` keeps the offers the applicant's active demand fits: income ceiling (joined on
 * the ceilings table), over- and under-occupation are filtered in SQL, and the explanations are
 * computed for the page only.
 */
export async function searchOffers(ctx: OfferContext, principal: Principal, input: SearchOffersInput): Promise<Page<OfferSearchItem>> {
  const now = ctx.clock.now();
  const today = toIsoDate(now);
  const page = pageRequest(input.page, input.pageSize);
  const criteria: OfferSearchCriteria = {
    communeCodes: input.communes?.length ? [...new Set(input.communes.map(normalizeInseeCode))] : undefined,
    departement: input.departement?.trim().toUpperCase() || undefined,
    typologies: input.typologies?.length ? [...new Set(input.typologies)] : undefined,
    maxTotalRent: input.maxRent,
    accessible: input.accessible,
    availableBefore: input.availableBefore,
    sort: input.sort ?? 'recent',
    ...(input.reversed ? { reversed: true } : {}),
  };
  if (isAgent(principal)) {
    criteria.statuses = input.statuses?.length ? input.statuses : undefined;
    criteria.landlordId = input.landlordId;
  } else if (isLandlordRole(principal)) {
    criteria.landlordId = principal.landlordId ?? '00000000-0000-0000-0000-000000000000';
    criteria.statuses = input.statuses?.length ? input.statuses : undefined;
  } else {
    Object.assign(criteria, openForCandidaciesFilter(now));
  }

  let applicant: ApplicantRecord | null = null;
  if (principal.role === 'applicant') applicant = await ctx.applicants.activeDemandOf(principal.accountId, today);
  if (input.eligibleFor === 'me') {
    if (principal.role !== 'applicant') throw offerError.eligibleForApplicantsOnly();
    if (!applicant) throw offerError.noActiveDemand();
    if (applicant.referenceIncomeMissing.length) throw offerError.incomeIncomplete(applicant.referenceIncomeMissing);
    const f = applicant.facts;
    criteria.eligibility = {
      year: (await ctx.tables.ceilingYear(now.getUTCFullYear())).year ?? now.getUTCFullYear(),
      category: f.householdCategory,
      extraPersonUnits: f.extraPersonUnits,
      referenceIncome: f.referenceIncome,
      maxMainRooms: f.householdSize + ctx.settings.underOccupationTolerance,
      minSurface: minimumSurface(f.householdSize),
    };
    await ctx.tables.ensureSeededForSearch();
  }

  const found = await ctx.offers.search(criteria, page);
  const views = await toViews(ctx, found.items, now);
  const items: OfferSearchItem[] = [];
  const cy = applicant ? await ctx.tables.ceilingYear(now.getUTCFullYear()) : null;
  for (const [i, view] of views.entries()) {
    if (!applicant) {
      items.push(view);
      continue;
    }
    const offer = found.items[i]!;
    const r = report(applicant, offer, await evaluate(ctx, applicant.facts, offer, now), cy!);
    items.push({
      ...view,
      eligibility: {
        demandId: applicant.demandId,
        decided: r.decided,
        fits: r.fits,
        ceiling: r.ceiling,
        ceilingYear: r.ceilingYear,
        effortRate: r.effortRate,
        effortWarning: r.effortWarning,
        reasons: r.reasons,
      },
    });
  }
  return { items, page: found.page, pageSize: found.pageSize, total: found.total };
}
