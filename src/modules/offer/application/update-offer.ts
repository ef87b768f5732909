import type { Principal } from '../../identity/index';
import { assertEditable } from '../domain/index';
import type { Offer } from '../ports';
import { assertOwnOffer, auditActor } from './access';
import type { OfferContext } from './offer.deps';
import { explicitAgreement, validatedData, type OfferInput } from './offer-input';

/** The landlord changes its draft (a draft sent back by an agent included); the whole data is checked again. */
export async function updateDraft(ctx: OfferContext, principal: Principal, offerId: string, patch: OfferInput): Promise<Offer> {
  return ctx.uow.run(async () => {
    const offer = await ctx.offers.findByIdForUpdate(offerId);
    assertOwnOffer(principal, offer);
    assertEditable({ status: offer.status });
    const now = ctx.clock.now();
    const { agreementId, ...dataPatch } = patch;
    const valid = validatedData(ctx, { ...offer.data, ...dataPatch }, now);
    let agreement: { id: string | null; explicit: boolean } = { id: offer.agreementId, explicit: offer.agreementExplicit };
    if (agreementId === null) agreement = { id: null, explicit: false };
    else if (agreementId !== undefined) agreement = { id: (await explicitAgreement(ctx, offer.landlordId, agreementId, valid.departement)).id, explicit: true };
    else if (agreement.explicit && valid.departement !== offer.departement) {
      // the commune moved to another département: the named agreement no longer applies
      agreement = { id: (await explicitAgreement(ctx, offer.landlordId, agreement.id!, valid.departement)).id, explicit: true };
    }
    const next: Offer = {
      ...offer,
      data: valid.data,
      departement: valid.departement,
      zone: valid.zone,
      agreementId: agreement.id,
      agreementExplicit: agreement.explicit,
      updatedAt: now,
    };
    await ctx.offers.update(next);
    await ctx.audit.record({ ...auditActor(principal), action: 'offer.updated', objectType: 'offer', objectId: offerId, detail: { fields: Object.keys(patch) } });
    return next;
  });
}
