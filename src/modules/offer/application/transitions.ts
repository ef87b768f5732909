import { toIsoDate, type IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import {
  allocate as allocateRule,
  close as closeRule,
  designate as designateRule,
  publish as publishRule,
  republish as republishRule,
  sendBack as sendBackRule,
  shouldCloseAutomatically,
  startInstruction as startInstructionRule,
  submit as submitRule,
  transmit as transmitRule,
  withdraw as withdrawRule,
  type OfferLifecycleState,
  type OfferTransition,
} from '../domain/index';
import type { Offer } from '../ports';
import { assertAgent, assertOwnOffer, auditActor, isAgent, offerNotFound, onBehalfLandlord } from './access';
import type { OfferContext } from './offer.deps';
import { validatedData } from './offer-input';
import { OFFER_EVENTS, offerEvents } from '../offer.events';

const state = (offer: Offer): OfferLifecycleState => ({ status: offer.status, closingDate: offer.data.closingDate });

interface TransitionSpec {
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
async function run(ctx: OfferContext, offerId: string, spec: TransitionSpec): Promise<Offer> {
  return ctx.uow.run(async () => {
    let offer = await ctx.offers.findByIdForUpdate(offerId);
    spec.guard(offer);
    const now = ctx.clock.now();
    if (spec.closeIfDue && shouldCloseAutomatically(state(offer), now)) offer = await save(ctx, offer, closeRule(state(offer), { at: now }), {});
    const transition = spec.rule(offer, now);
    // an agent acting for the landlord (back office): the history says for whom
    const behalf = spec.principal ? onBehalfLandlord(spec.principal) : spec.onBehalfOf;
    if (behalf) transition.entry.onBehalfOf = behalf;
    const extra = spec.prepare ? await spec.prepare(offer, transition, now) : {};
    const next = await save(ctx, offer, transition, extra);
    if (spec.after) await spec.after(next, transition);
    await offerEvents(ctx.events)?.publish(OFFER_EVENTS.changed, { offerId, from: transition.entry.from, to: transition.entry.to }, now);
    if (spec.principal) {
      await ctx.audit.record({
        ...auditActor(spec.principal), action: `offer.${transition.entry.action}`, objectType: 'offer', objectId: offerId,
        detail: { from: transition.entry.from, to: transition.entry.to, ...(transition.entry.reason ? { reason: transition.entry.reason } : {}) },
      });
    }
    return next;
  });
}

async function save(ctx: OfferContext, offer: Offer, t: OfferTransition, extra: Partial<Offer>): Promise<Offer> {
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
async function pickAgreement(ctx: OfferContext, offer: Offer, at: Date): Promise<Partial<Offer>> {
  if (offer.agreementExplicit) return {};
  const agreement = await ctx.landlords.agreementFor(offer.landlordId, offer.departement, at.getUTCFullYear());
  return { agreementId: agreement?.id ?? null };
}

const ownGuard = (principal: Principal) =>
  function guard(offer: Offer | null): asserts offer is Offer {
    assertOwnOffer(principal, offer);
  };

const agentGuard = (principal: Principal) =>
  function guard(offer: Offer | null): asserts offer is Offer {
    assertAgent(principal);
    if (!offer) throw offerNotFound();
  };

function systemGuard(offer: Offer | null): asserts offer is Offer {
  if (!offer) throw offerNotFound();
}

// ——— landlord ———

/** The landlord submits its draft to ALS; the data is checked again and the agreement of the year picked. */
export const submitOffer = (ctx: OfferContext, principal: Principal, offerId: string) =>
  run(ctx, offerId, {
    principal,
    guard: ownGuard(principal),
    rule: (offer, at) => submitRule(state(offer), { at, by: principal.accountId }),
    prepare: async (offer, _t, at) => {
      const valid = validatedData(ctx, offer.data, at);
      return { data: valid.data, ...(await pickAgreement(ctx, offer, at)) };
    },
  });

/** The landlord (its own offer) or an agent withdraws the offer with a reason, at any point before allocation. */
export const withdrawOffer = (ctx: OfferContext, principal: Principal, offerId: string, reason: string) =>
  run(ctx, offerId, {
    principal,
    guard: isAgent(principal) ? agentGuard(principal) : ownGuard(principal),
    rule: (offer, at) => withdrawRule(state(offer), { at, by: principal.accountId, reason }),
    after: async (offer, t) => {
      await offerEvents(ctx.events)?.publish(
        OFFER_EVENTS.withdrawn,
        { offerId: offer.id, landlordId: offer.landlordId, reason: t.entry.reason ?? reason, at: t.entry.at.toISOString(), by: principal.accountId },
        t.entry.at,
      );
    },
  });

// ——— agent ———

export const startInstruction = (ctx: OfferContext, principal: Principal, offerId: string) =>
  run(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => startInstructionRule(state(offer), { at, by: principal.accountId }),
  });

export const sendBack = (ctx: OfferContext, principal: Principal, offerId: string, message: string) =>
  run(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => sendBackRule(state(offer), { at, by: principal.accountId, message }),
  });

/** An agent publishes the offer until its closing date (the one given here, or the landlord's). */
export const publishOffer = (ctx: OfferContext, principal: Principal, offerId: string, closingDate?: IsoDate) =>
  run(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => publishRule(state(offer), { at, by: principal.accountId, ...(closingDate ? { closingDate } : {}) }),
    prepare: (offer, _t, at) => pickAgreement(ctx, offer, at),
  });

/** An agent stops candidacies early. */
export const closeOffer = (ctx: OfferContext, principal: Principal, offerId: string) =>
  run(ctx, offerId, {
    principal,
    guard: agentGuard(principal),
    rule: (offer, at) => closeRule(state(offer), { at, by: principal.accountId }),
  });

// ——— system and candidacy module ———

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
        if (!offer || !shouldCloseAutomatically(state(offer), now)) return false;
        const t = closeRule(state(offer), { at: now });
        await save(ctx, offer, t, {});
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

/** Candidacy module: the agent designated 1 to 3 candidates (a published offer past its closing date is closed first). */
export const designateOffer = (ctx: OfferContext, offerId: string, input: { candidateCount: number; by?: string }) =>
  run(ctx, offerId, {
    guard: systemGuard,
    closeIfDue: true,
    rule: (offer, at) => designateRule(state(offer), { at, candidateCount: input.candidateCount, ...(input.by ? { by: input.by } : {}) }),
  });

/** Candidacy module: the designated files were sent to the landlord. */
export const transmitOffer = (ctx: OfferContext, offerId: string, input: { by?: string } = {}) =>
  run(ctx, offerId, { guard: systemGuard, rule: (offer, at) => transmitRule(state(offer), { at, ...(input.by ? { by: input.by } : {}) }) });

/** Candidacy module: a candidate signed the lease. */
export const allocateOffer = (ctx: OfferContext, offerId: string, input: { by?: string; onBehalfOf?: string | undefined } = {}) =>
  run(ctx, offerId, { guard: systemGuard, onBehalfOf: input.onBehalfOf, rule: (offer, at) => allocateRule(state(offer), { at, ...(input.by ? { by: input.by } : {}) }) });

/** Candidacy module: every designated candidate fell through; published again with a new closing date. */
export const republishOffer = (ctx: OfferContext, offerId: string, input: { closingDate: IsoDate; reason?: string; by?: string }) =>
  run(ctx, offerId, {
    guard: systemGuard,
    rule: (offer, at) =>
      republishRule(state(offer), { at, closingDate: input.closingDate, ...(input.reason ? { reason: input.reason } : {}), ...(input.by ? { by: input.by } : {}) }),
  });
