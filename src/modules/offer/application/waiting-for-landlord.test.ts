import { describe, expect, it, vi } from 'vitest';
import { agent, LANDLORD_A, landlordUser, lyonT2, testOffers } from '../testing/test-fakes';

describe('what waits for a landlord', () => {
  it('the drafts whose last history entry is a send-back, with its message, read in one query for all drafts', async () => {
    const t = testOffers();
    const sentTwice = (await t.service.create(landlordUser(), lyonT2)).offer;
    await t.service.submit(landlordUser(), sentTwice.id);
    await t.service.sendBack(agent, sentTwice.id, 'Première remarque.');
    await t.service.submit(landlordUser(), sentTwice.id);
    await t.service.sendBack(agent, sentTwice.id, 'Précisez la surface habitable.');
    const fresh = (await t.service.create(landlordUser(), lyonT2)).offer;
    const history = vi.spyOn(t.offers, 'history');
    const last = vi.spyOn(t.offers, 'lastHistoryEntries');

    const waiting = await t.service.waitingForLandlord(LANDLORD_A);

    expect(waiting.sentBack.map((b) => [b.offer.id, b.message])).toEqual([[sentTwice.id, 'Précisez la surface habitable.']]);
    expect(waiting.sentBack.map((b) => b.offer.id)).not.toContain(fresh.id);
    expect(history).not.toHaveBeenCalled();
    expect(last).toHaveBeenCalledTimes(1);
    expect(new Set(last.mock.calls[0]![0])).toEqual(new Set([sentTwice.id, fresh.id]));
  });

  it('the in-memory repository answers the last entry by date for each offer that has one', async () => {
    const t = testOffers();
    const entry = (action: 'submitted' | 'sent_back', at: string) => ({ action, from: 'draft' as const, to: 'draft' as const, at: new Date(at) });
    await t.offers.appendHistory('o-1', entry('sent_back', '2026-03-02T00:00:00Z'));
    await t.offers.appendHistory('o-1', entry('submitted', '2026-03-01T00:00:00Z'));
    const last = await t.offers.lastHistoryEntries(['o-1', 'o-none']);
    expect([...last.keys()]).toEqual(['o-1']);
    expect(last.get('o-1')?.action).toBe('sent_back');
  });
});
