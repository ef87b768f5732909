// What the offer's transitions share (one use case per file: submit-offer.ts, publish-offer.ts, …):
// the offer under a row lock, its new status and dated history entry, the event, the audit entry.
import type { Principal } from '../../identity/index';
import { close as closeRule, shouldCloseAutomatically, type OfferLifecycleState, type OfferTransition } from '../domain/index';
import { OFFER_EVENTS, offerEvents } from '../offer.events';
import type { Offer } from '../ports';
import { assertAgent, assertOwnOffer, auditActor, offerNotFound, onBehalfLandlord } from './access';
import type { OfferContext } from './offer.deps';

export const lifecycleState = (offer: Offer): OfferLifecycleState => ({ status: offer.status, closingDate: offer.data.closingDate });

export interface TransitionSpec {
  /** throws not found / forbidden when the caller may not act on this offer */
  guard(offer: Offer | null): asserts offer is Offer;
  rule(offer: Offer, at: Date): OfferTransition;
  /** extra changes (agreement picked, data checked) before saving */
  prepare?(offer: Offer, transition: OfferTransition, at: Date): Promise<Partial<Offer>>;
  principal?: Principal;
  /** the system closes a published offer past its closing date before applying the rule */
  closeIfDue?: boolean;
  /** after saving, in the same transaction (domain events) */
  after?(offer: Offer, transition: OfferTransition): Promise<void>;
  /** without a principal (another module's call): the landlord an agent acted for */
  onBehalfOf?: string | undefined;
}

/** Applies one transition under a row lock: new status, dated history entry, audit entry, in one transaction. */
export async function runTransition(ctx: OfferContext, offerId: string, spec: TransitionSpec): Promise<Offer> {
  return ctx.uow.run(async () => {
    let offer = await ctx.offers.findByIdForUpdate(offerId);
    spec.guard(offer);
    const now = ctx.clock.now();
    if (spec.closeIfDue && shouldCloseAutomatically(lifecycleState(offer), now)) offer = await saveTransition(ctx, offer, closeRule(lifecycleState(offer), { at: now }), {});
    const transition = spec.rule(offer, now);
    // an agent acting for the landlord (back office): the history says for whom
    const behalf = spec.principal ? onBehalfLandlord(spec.principal) : spec.onBehalfOf;
    if (behalf) transition.entry.onBehalfOf = behalf;
    const extra = spec.prepare ? await spec.prepare(offer, transition, now) : {};
    const next = await saveTransition(ctx, offer, transition, extra);
    if (spec.after) await spec.after(next, transition);
    await offerEvents(ctx.events)?.publish(OFFER_EVENTS.changed, { offerId, from: transition.entry.from, to: transition.entry.to }, now);
    if (spec.principal) {
      await ctx.audit.record({
        ...auditActor(spec.principal),
        action: `offer.${transition.entry.action}`,
        objectType: 'offer',
        objectId: offerId,
        detail: { from: transition.entry.from, to: transition.entry.to, ...(transition.entry.reason ? { reason: transition.entry.reason } : {}) },
      });
    }
    return next;
  });
}

/** Stores the offer's new status (and closing date, publication and submission dates) and the history entry. */
export async function saveTransition(ctx: OfferContext, offer: Offer, t: OfferTransition, extra: Partial<Offer>): Promise<Offer> {
  const published = t.status === 'published';
  const next: Offer = {
    ...offer,
    ...extra,
    status: t.status,
    data: { ...(extra.data ?? offer.data), ...(t.closingDate ? { closingDate: t.closingDate } : {}) },
    everPublished: offer.everPublished || published,
    publishedAt: published ? t.entry.at : offer.publishedAt,
    submittedAt: t.entry.action === 'submitted' ? t.entry.at : offer.submittedAt,
    updatedAt: t.entry.at,
  };
  await ctx.offers.update(next);
  await ctx.offers.appendHistory(offer.id, t.entry);
  return next;
}

/** The landlord's agreement for the offer's département and the year of `at`, unless the landlord named one. */
export async function pickAgreement(ctx: OfferContext, offer: Offer, at: Date): Promise<Partial<Offer>> {
  if (offer.agreementExplicit) return {};
  const agreement = await ctx.landlords.agreementFor(offer.landlordId, offer.departement, at.getUTCFullYear());
  return { agreementId: agreement?.id ?? null };
}

/** The landlord acting on its own offer (else not found / forbidden). */
export const ownGuard = (principal: Principal) =>
  function guard(offer: Offer | null): asserts offer is Offer {
    assertOwnOffer(principal, offer);
  };

/** An agent acting on any offer. */
export const agentGuard = (principal: Principal) =>
  function guard(offer: Offer | null): asserts offer is Offer {
    assertAgent(principal);
    if (!offer) throw offerNotFound();
  };

/** Another module (candidacy) acting: the offer must exist. */
export function systemGuard(offer: Offer | null): asserts offer is Offer {
  if (!offer) throw offerNotFound();
}
