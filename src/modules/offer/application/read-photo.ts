import type { Principal } from '../../identity/index';
import type { PhotoSize } from '../ports';
import { mayRead, offerNotFound } from './access';
import type { OfferContext } from './offer.deps';
import { offerError } from '../offer.errors';

export interface PhotoContent {
  contentType: string;
  sizeBytes: number;
  content: AsyncIterable<Uint8Array>;
  /** the offer has been published: its photos are shown to everyone (not personal data) */
  isPublic: boolean;
}

/**
 * One size of an offer's photo, for whoever may see the offer: anyone (signed in or not) once it
 * has been published; before, its landlord and agents only (else 404, as for the offer).
 */
export async function readPhoto(ctx: OfferContext, principal: Principal | undefined, offerId: string, photoId: string, size: PhotoSize): Promise<PhotoContent> {
  const offer = await ctx.offers.findById(offerId);
  // once published, the photos are everyone's to see (another landlord's caller included: the same as anonymous)
  if (!offer || !(offer.everPublished || (principal && mayRead(principal, offer)))) throw offerNotFound();
  const photo = (await ctx.photos.listForOffer(offerId)).find((p) => p.id === photoId);
  if (!photo) throw offerError.photoNotFound();
  return { contentType: photo.contentType, sizeBytes: photo.bytes[size], content: await ctx.photoStorage.get(photo.keys[size]), isPublic: offer.everPublished };
}
