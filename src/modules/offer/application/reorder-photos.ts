import type { Principal } from '../../identity/index';
import { offerError } from '../offer.errors';
import { assertMayEditPhotos, auditActor } from './access';
import { assertPhotosEditable } from './add-photo';
import type { OfferContext } from './offer.deps';
import { photoView, type OfferPhotoView } from './photo-view';

/** The landlord (or an agent) puts the offer's photos in a new order: every photo named once. */
export async function reorderPhotos(ctx: OfferContext, principal: Principal, offerId: string, photoIds: readonly string[]): Promise<OfferPhotoView[]> {
  return ctx.uow.run(async () => {
    const offer = await ctx.offers.findByIdForUpdate(offerId);
    assertMayEditPhotos(principal, offer);
    assertPhotosEditable(offer);
    const photos = await ctx.photos.listForOffer(offerId);
    const known = new Set(photos.map((p) => p.id));
    if (photoIds.length !== photos.length || new Set(photoIds).size !== photoIds.length || photoIds.some((id) => !known.has(id))) {
      throw offerError.photoOrderInvalid();
    }
    for (const [position, id] of photoIds.entries()) await ctx.photos.setPosition(id, position);
    await ctx.audit.record({ ...auditActor(principal), action: 'offer.photos_reordered', objectType: 'offer', objectId: offerId });
    const byId = new Map(photos.map((p) => [p.id, p]));
    return photoIds.map((id, position) => photoView({ ...byId.get(id)!, position }));
  });
}
