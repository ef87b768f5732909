import { and, asc, eq } from 'drizzle-orm';
import type { OfferPhoto, OfferPhotoRepository } from '../../../modules/offer/index';
import type { Database } from '../database';
import { offerPhotos } from '../schema/offer.schema';
import { anyUuid } from '../sql-lists';

type Row = typeof offerPhotos.$inferSelect;

const toPhoto = (r: Row): OfferPhoto => ({
  id: r.id,
  offerId: r.offerId,
  position: r.position,
  alt: r.alt,
  width: r.width,
  height: r.height,
  contentType: r.contentType,
  keys: { small: r.smallKey, medium: r.mediumKey, large: r.largeKey },
  bytes: { small: r.smallBytes, medium: r.mediumBytes, large: r.largeBytes },
  createdBy: r.createdBy,
  createdAt: r.createdAt,
});

/** The offers' photos (`offer.offer_photos`): the rows only, the files are in the file storage. */
export class DrizzleOfferPhotoRepository implements OfferPhotoRepository {
  constructor(private readonly database: Database) {}

  async insert(p: OfferPhoto): Promise<void> {
    await this.database.db.insert(offerPhotos).values({
      id: p.id,
      offerId: p.offerId,
      position: p.position,
      alt: p.alt,
      width: p.width,
      height: p.height,
      contentType: p.contentType,
      smallKey: p.keys.small,
      mediumKey: p.keys.medium,
      largeKey: p.keys.large,
      smallBytes: p.bytes.small,
      mediumBytes: p.bytes.medium,
      largeBytes: p.bytes.large,
      createdBy: p.createdBy,
      createdAt: p.createdAt,
    });
  }

  async listForOffer(offerId: string): Promise<OfferPhoto[]> {
    const rows = await this.database.db
      .select()
      .from(offerPhotos)
      .where(eq(offerPhotos.offerId, offerId))
      .orderBy(asc(offerPhotos.position), asc(offerPhotos.createdAt), asc(offerPhotos.id));
    return rows.map(toPhoto);
  }

  async listForOffers(offerIds: readonly string[]): Promise<Map<string, OfferPhoto[]>> {
    const out = new Map<string, OfferPhoto[]>();
    if (offerIds.length === 0) return out;
    const rows = await this.database.db
      .select()
      .from(offerPhotos)
      .where(anyUuid(offerPhotos.offerId, [...new Set(offerIds)]))
      .orderBy(asc(offerPhotos.offerId), asc(offerPhotos.position), asc(offerPhotos.createdAt), asc(offerPhotos.id));
    for (const r of rows) {
      const list = out.get(r.offerId) ?? [];
      list.push(toPhoto(r));
      out.set(r.offerId, list);
    }
    return out;
  }

  async delete(photoId: string): Promise<void> {
    await this.database.db.delete(offerPhotos).where(eq(offerPhotos.id, photoId));
  }

  async setPosition(photoId: string, position: number): Promise<void> {
    await this.database.db
      .update(offerPhotos)
      .set({ position })
      .where(and(eq(offerPhotos.id, photoId)));
  }
}
