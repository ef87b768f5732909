import { toIsoDate } from '../../../shared/dates';
import { close, shouldCloseAutomatically } from '../domain/index';
import { OFFER_EVENTS, offerEvents } from '../offer.events';
import type { OfferContext } from './offer.deps';
import { lifecycleState, saveTransition } from './offer-transition';

/**
 * Closes every published offer whose closing date has passed (scheduled). Idempotent: an offer
 * already closed is left alone; each offer is closed in its own transaction under a row lock, and
 * publishes `offer.changed` (to `closed`) as every transition does.
 */
export async function closeDueOffers(ctx: OfferContext, now: Date = ctx.clock.now()): Promise<{ closed: number; offerIds: string[] }> {
  const today = toIsoDate(now);
  const closed: string[] = [];
  const BATCH = 200;
  for (let round = 0; round < 1000; round++) {
    const ids = (await ctx.offers.dueForClosing(today, BATCH)).filter((id) => !closed.includes(id));
    for (const id of ids) {
      const done = await ctx.uow.run(async () => {
        const offer = await ctx.offers.findByIdForUpdate(id);
        if (!offer || !shouldCloseAutomatically(lifecycleState(offer), now)) return false;
        const t = close(lifecycleState(offer), { at: now });
        await saveTransition(ctx, offer, t, {});
        // like every transition (the candidacy module freezes the offer's ranking once it committed)
        await offerEvents(ctx.events)?.publish(OFFER_EVENTS.changed, { offerId: id, from: t.entry.from, to: t.entry.to }, now);
        return true;
      });
      if (done) closed.push(id);
    }
    if (ids.length < BATCH) break;
  }
  return { closed: closed.length, offerIds: closed };
}
