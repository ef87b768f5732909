import { PHOTO_SIZES, type OfferPhoto, type PhotoSize } from '../ports';

/** A photo as callers see it: where each size is served (never where it is stored). */
export interface OfferPhotoView {
  id: string;
  alt: string | null;
  position: number;
  width: number;
  height: number;
  contentType: string;
  /** the API paths of each size: small 320 px wide, medium 800 px, large 1600 px (never wider than the original) */
  sizes: Record<PhotoSize, string>;
}

/** The API path of one size of a photo (served by GET /offers/{id}/photos/{photoId}/{size}). */
export const photoPath = (offerId: string, photoId: string, size: PhotoSize): string => `/api/v1/offers/${offerId}/photos/${photoId}/${size}`;

export function photoView(photo: OfferPhoto): OfferPhotoView {
  return {
    id: photo.id,
    alt: photo.alt,
    position: photo.position,
    width: photo.width,
    height: photo.height,
    contentType: photo.contentType,
    sizes: Object.fromEntries(PHOTO_SIZES.map((s) => [s, photoPath(photo.offerId, photo.id, s)])) as Record<PhotoSize, string>,
  };
}
