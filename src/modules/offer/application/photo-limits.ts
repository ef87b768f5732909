import type { PhotoSettings } from '../ports';

/** At most 10 photos per offer, of at most 10 MB each (issue 17). */
export const OFFER_PHOTO_SETTINGS: PhotoSettings = { maxPhotosPerOffer: 10, maxBytes: 10 * 1024 * 1024 };
