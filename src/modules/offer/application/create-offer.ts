import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import type { Offer } from '../ports';
import { assertOwnOffer, auditActor, landlordOf } from './access';
import type { OfferContext } from './offer.deps';
import { explicitAgreement, requestHash, validatedData, type OfferInput } from './offer-input';
import { isOfferError, OFFER_APP_ERRORS, offerError } from '../offer.errors';

export interface CreateOfferResult {
  offer: Offer;
  /** the same Idempotency-Key was used before with the same body: the offer created then */
  replayed: boolean;
}

/**
 * A landlord (user or connected system) creates a draft offer. With an idempotency key, the same
 * key twice (per landlord) returns the offer created the first time; the same key with another
 * body is refused (409), so that a retried request never creates a second offer.
 */
export async function createOffer(ctx: OfferContext, principal: Principal, input: OfferInput, idempotencyKey?: string): Promise<CreateOfferResult> {
  const landlordId = landlordOf(principal);
  const hash = idempotencyKey ? requestHash(input) : undefined;
  const replay = async (): Promise<CreateOfferResult | null> => {
    if (!idempotencyKey || !hash) return null;
    const known = await ctx.offers.findIdempotencyKey(landlordId, idempotencyKey);
    if (!known) return null;
    if (known.requestHash !== hash) {
      throw offerError.idempotencyKeyReused(idempotencyKey);
    }
    const offer = await ctx.offers.findById(known.offerId);
    assertOwnOffer(principal, offer);
    return { offer, replayed: true };
  };

  const earlier = await replay();
  if (earlier) return earlier;

  if (!(await ctx.landlords.exists(landlordId))) {
    throw offerError.landlordNotReferenced();
  }
  const now = ctx.clock.now();
  const { agreementId, ...data } = input;
  const valid = validatedData(ctx, data, now);
  const agreement = agreementId ? await explicitAgreement(ctx, landlordId, agreementId, valid.departement) : null;
  const offer: Offer = {
    id: newId(),
    landlordId,
    agreementId: agreement?.id ?? null,
    agreementExplicit: !!agreement,
    status: 'draft',
    data: valid.data,
    departement: valid.departement,
    zone: valid.zone,
    candidacyCount: 0,
    everPublished: false,
    createdBy: principal.accountId,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    publishedAt: null,
  };
  try {
    return await ctx.uow.run(async () => {
      await ctx.offers.insert(offer);
      if (idempotencyKey && hash) await ctx.offers.saveIdempotencyKey({ landlordId, key: idempotencyKey, requestHash: hash, offerId: offer.id });
      await ctx.audit.record({ ...auditActor(principal), action: 'offer.created', objectType: 'offer', objectId: offer.id });
      return { offer, replayed: false };
    });
  } catch (error) {
    // the same key arrived twice at once: the other request won, answer with its offer
    if (isOfferError(error, OFFER_APP_ERRORS.IDEMPOTENCY_RACE)) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
