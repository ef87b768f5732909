import type { Principal } from '../../identity/index';
import { PHOTO_SIZES } from '../ports';
import { assertMayEditPhotos, auditActor } from './access';
import { assertPhotosEditable } from './add-photo';
import type { OfferContext } from './offer.deps';
import { offerError } from '../offer.errors';

/** The landlord (or an agent) removes a photo of an offer; its files are deleted once the row is gone. */
export async function deletePhoto(ctx: OfferContext, principal: Principal, offerId: string, photoId: string): Promise<void> {
  const removed = await ctx.uow.run(async () => {
    const offer = await ctx.offers.findByIdForUpdate(offerId);
    assertMayEditPhotos(principal, offer);
    assertPhotosEditable(offer);
    const photo = (await ctx.photos.listForOffer(offerId)).find((p) => p.id === photoId);
    if (!photo) throw offerError.photoNotFound();
    await ctx.photos.delete(photo.id);
    await ctx.audit.record({ ...auditActor(principal), action: 'offer.photo_removed', objectType: 'offer', objectId: offerId, detail: { photoId } });
    return photo;
  });
  await Promise.all(PHOTO_SIZES.map((s) => ctx.photoStorage.delete(removed.keys[s]).catch(() => undefined)));
}
