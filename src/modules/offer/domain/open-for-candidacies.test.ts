import { describe, expect, it } from 'vitest';
import { isOpenForCandidacies, OFFER_STATUSES, openForCandidaciesFilter, OPEN_FOR_CANDIDACIES_STATUS, type OfferStatus } from './index';

/** How a search applies the filter (the repositories: status in statuses, closing_date >= openOn). */
const matches = (filter: { statuses: OfferStatus[]; openOn: string }, offer: { status: OfferStatus; closingDate: string }) =>
  filter.statuses.includes(offer.status) && offer.closingDate >= filter.openOn;

describe('"open for candidacies": one rule, and the search filter derived from it', () => {
  const now = new Date('2026-03-15T23:30:00Z');

  it('published, closing date today or later (inclusive, UTC)', () => {
    expect(OPEN_FOR_CANDIDACIES_STATUS).toBe('published');
    expect(isOpenForCandidacies({ status: 'published', closingDate: '2026-03-15' }, now)).toBe(true);
    expect(isOpenForCandidacies({ status: 'published', closingDate: '2026-03-14' }, now)).toBe(false);
    expect(isOpenForCandidacies({ status: 'closed', closingDate: '2026-03-20' }, now)).toBe(false);
    expect(openForCandidaciesFilter(now)).toEqual({ statuses: ['published'], openOn: '2026-03-15' });
  });

  it('the filter selects exactly the offers the rule says are open, whatever the state and date', () => {
    const filter = openForCandidaciesFilter(now);
    for (const status of OFFER_STATUSES) {
      for (const closingDate of ['2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2027-01-01']) {
        expect(matches(filter, { status, closingDate }), `${status} ${closingDate}`).toBe(isOpenForCandidacies({ status, closingDate }, now));
      }
    }
  });
});
