import { isDomainError } from '../../../shared/errors';
import { MAX_PAGE_SIZE } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import type { OfferContext } from './offer.deps';
import { searchOffers, type OfferSearchItem } from './search-offers';

/** What a saved search names (the alert module's criteria): empty lists mean every commune, every typology. */
export interface NewOffersCriteria {
  /** INSEE codes */
  communeCodes: readonly string[];
  /** 1..6 (T1..T6) */
  typologies: readonly number[];
  /** rent + charges, € per month */
  maxRent?: number | undefined;
}

/** A newly published offer that matches: what an alert mail says of it. */
export interface NewOfferMatch {
  id: string;
  typology: number;
  communeName: string;
  totalRent: number;
  surface: number;
  closingDate: string;
  publishedAt: Date;
}

/** The search pages read at most (newest first): beyond, the offers were published long before the last run. */
const MAX_PAGES = 20;

/**
 * The offers an applicant's saved search names, from the search as the applicant would run it
 * (`eligibleFor=me`: open to candidacies, the household fits), newest first, kept while published
 * after `since` and up to `until`. No active demand, or reference incomes incomplete: nothing.
 * For the alert module's daily run (no session: the account's own rights, as an applicant).
 */
export async function newOffersMatching(ctx: OfferContext, accountId: string, criteria: NewOffersCriteria, since: Date, until: Date): Promise<NewOfferMatch[]> {
  const principal: Principal = { accountId, role: 'applicant', sessionId: 'alert-daily-run' };
  const found: NewOfferMatch[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    let items: OfferSearchItem[];
    try {
      items = (
        await searchOffers(ctx, principal, {
          eligibleFor: 'me',
          sort: 'recent',
          page,
          pageSize: MAX_PAGE_SIZE,
          ...(criteria.communeCodes.length ? { communes: [...criteria.communeCodes] } : {}),
          ...(criteria.typologies.length ? { typologies: [...criteria.typologies] } : {}),
          ...(criteria.maxRent !== undefined ? { maxRent: criteria.maxRent } : {}),
        })
      ).items;
    } catch (error) {
      if (isDomainError(error) && (error.kind === 'conflict' || error.kind === 'forbidden')) return []; // no active demand, or an incomplete one
      throw error;
    }
    let older = false;
    for (const o of items) {
      if (!o.publishedAt || o.publishedAt <= since) {
        older = true;
        continue;
      }
      if (o.publishedAt > until) continue;
      found.push({
        id: o.id,
        typology: o.typology,
        communeName: o.communeName ?? o.communeCode,
        totalRent: o.totalRent,
        surface: o.surface,
        closingDate: o.closingDate,
        publishedAt: o.publishedAt,
      });
    }
    if (older || items.length < MAX_PAGE_SIZE) break;
  }
  return found;
}
