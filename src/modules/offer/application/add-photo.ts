import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { isFinalOfferStatus } from '../domain/index';
import { offerError } from '../offer.errors';
import { PHOTO_SIZES, type Offer, type OfferPhoto, type PhotoSize } from '../ports';
import { assertMayEditPhotos, auditActor } from './access';
import type { OfferContext } from './offer.deps';
import { photoView, type OfferPhotoView } from './photo-view';

export const ALT_MAX_LENGTH = 300;

export function assertPhotosEditable(offer: Offer): void {
  if (isFinalOfferStatus(offer.status)) throw offerError.photosLocked();
}

function assertRoomFor(ctx: OfferContext, count: number): void {
  const max = ctx.photoSettings.maxPhotosPerOffer;
  if (count >= max) throw offerError.photoLimitReached(max);
}

/**
 * The landlord (or an agent) adds a photo to an offer that is not allocated or withdrawn: a JPEG,
 * PNG or WebP image by its bytes, re-encoded by the platform in three widths (WebP) with no
 * metadata (EXIF, GPS, XMP, ICC gone), stored through the file storage. At most
 * `maxPhotosPerOffer` (counted under the offer's lock); the files of a refused photo are removed.
 */
export async function addPhoto(ctx: OfferContext, principal: Principal, offerId: string, input: { content: Uint8Array; alt?: string | undefined }): Promise<OfferPhotoView> {
  const offer = await ctx.offers.findById(offerId);
  assertMayEditPhotos(principal, offer);
  assertPhotosEditable(offer);
  assertRoomFor(ctx, (await ctx.photos.listForOffer(offerId)).length);
  if (input.content.byteLength === 0) throw offerError.photoMissing();
  if (input.content.byteLength > ctx.photoSettings.maxBytes) throw offerError.photoTooLarge(ctx.photoSettings.maxBytes);
  const type = await ctx.photoProcessor.detect(input.content);
  if (!type) throw offerError.photoTypeNotAllowed();
  const processed = await ctx.photoProcessor.process(input.content);
  const alt = input.alt?.trim().slice(0, ALT_MAX_LENGTH) || null;

  const keys: Partial<Record<PhotoSize, string>> = {};
  try {
    for (const size of PHOTO_SIZES) keys[size] = (await ctx.photoStorage.put(processed.sizes[size].content, { contentType: processed.contentType })).storageKey;
    const now = ctx.clock.now();
    return await ctx.uow.run(async () => {
      const locked = await ctx.offers.findByIdForUpdate(offerId);
      assertMayEditPhotos(principal, locked);
      assertPhotosEditable(locked);
      const existing = await ctx.photos.listForOffer(offerId);
      assertRoomFor(ctx, existing.length);
      const photo: OfferPhoto = {
        id: newId(),
        offerId,
        position: existing.reduce((max, p) => Math.max(max, p.position + 1), 0),
        alt,
        width: processed.sizes.large.width,
        height: processed.sizes.large.height,
        contentType: processed.contentType,
        keys: keys as Record<PhotoSize, string>,
        bytes: Object.fromEntries(PHOTO_SIZES.map((s) => [s, processed.sizes[s].content.byteLength])) as Record<PhotoSize, number>,
        createdBy: principal.accountId,
        createdAt: now,
      };
      await ctx.photos.insert(photo);
      await ctx.audit.record({ ...auditActor(principal), action: 'offer.photo_added', objectType: 'offer', objectId: offerId, detail: { photoId: photo.id, sourceType: type } });
      return photoView(photo);
    });
  } catch (error) {
    await Promise.all(Object.values(keys).map((k) => ctx.photoStorage.delete(k).catch(() => undefined)));
    throw error;
  }
}
