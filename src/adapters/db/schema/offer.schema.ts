import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, numeric, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Tables of the offer module (PostgreSQL schema `offer`). */
export const offerSchema = pgSchema('offer');

const euros = (name: string) => numeric(name, { precision: 10, scale: 2, mode: 'number' });

/**
 * Offers. The search indexes: published offers by département, typology and total rent (the
 * applicants' search), by commune, by landlord and status (landlords' lists), and the published
 * ones by closing date (the automatic closing).
 */
export const offers = offerSchema.table(
  'offers',
  {
    id: uuid('id').primaryKey(),
    landlordId: uuid('landlord_id').notNull(), // landlord.landlords (another module's table: no foreign key)
    agreementId: uuid('agreement_id'),
    agreementExplicit: boolean('agreement_explicit').notNull().default(false),
    status: text('status').notNull(),
    addressLine: text('address_line').notNull(),
    postalCode: text('postal_code').notNull(),
    communeCode: text('commune_code').notNull(),
    departement: text('departement').notNull(),
    zone: text('zone').notNull(),
    typology: integer('typology').notNull(),
    mainRooms: integer('main_rooms').notNull(),
    surface: numeric('surface', { precision: 7, scale: 2, mode: 'number' }).notNull(),
    floor: integer('floor').notNull(),
    elevator: boolean('elevator').notNull(),
    accessible: boolean('accessible').notNull(),
    energyClass: text('energy_class').notNull(),
    rent: euros('rent').notNull(),
    charges: euros('charges').notNull(),
    totalRent: numeric('total_rent', { precision: 11, scale: 2, mode: 'number' }).generatedAlwaysAs(sql`rent + charges`),
    financing: text('financing').notNull(),
    availableFrom: date('available_from', { mode: 'string' }).notNull(),
    closingDate: date('closing_date', { mode: 'string' }).notNull(),
    description: text('description'),
    candidacyCount: integer('candidacy_count').notNull().default(0),
    everPublished: boolean('ever_published').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('offers_search_idx').on(t.status, t.departement, t.typology, t.totalRent),
    index('offers_commune_idx').on(t.communeCode, t.status),
    index('offers_landlord_idx').on(t.landlordId, t.status),
    index('offers_agreement_idx').on(t.agreementId),
    index('offers_closing_idx')
      .on(t.closingDate)
      .where(sql`status = 'published'`),
    index('offers_published_at_idx').on(t.publishedAt),
  ],
);

/** Every transition of an offer, dated (append-only by use). */
export const offerHistory = offerSchema.table(
  'offer_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    byAccountId: uuid('by_account_id'),
    reason: text('reason'),
    /** an agent acted for this landlord (back office, on the landlord's behalf) */
    onBehalfOf: uuid('on_behalf_of'),
  },
  (t) => [
    index('offer_history_offer_idx').on(t.offerId, t.at),
    /** the dashboard: an offer's first publication (median time from publication to allocation) */
    index('offer_history_published_idx')
      .on(t.offerId, t.at)
      .where(sql`to_status = 'published'`),
  ],
);

/**
 * Photos of an offer (at most 10): each stored in three sizes re-encoded by the platform (no
 * metadata), through the file storage; the keys never leave the server.
 */
export const offerPhotos = offerSchema.table(
  'offer_photos',
  {
    id: uuid('id').primaryKey(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    alt: text('alt'),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    contentType: text('content_type').notNull(),
    smallKey: text('small_key').notNull(),
    mediumKey: text('medium_key').notNull(),
    largeKey: text('large_key').notNull(),
    smallBytes: integer('small_bytes').notNull(),
    mediumBytes: integer('medium_bytes').notNull(),
    largeBytes: integer('large_bytes').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('offer_photos_offer_idx').on(t.offerId, t.position)],
);

/** Idempotency keys of connected landlords' creations: the same key (per landlord) gives the same offer. */
export const offerIdempotencyKeys = offerSchema.table(
  'idempotency_keys',
  {
    landlordId: uuid('landlord_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.landlordId, t.key] })],
);

/**
 * Income ceilings (reference data), one row per cell: seeded from db/reference/income-ceilings.json
 * at start-up, idempotently. category: '1'..'6', or 'extraPerson'.
 */
export const incomeCeilings = offerSchema.table(
  'income_ceilings',
  {
    year: integer('year').notNull(),
    financing: text('financing').notNull(),
    zone: text('zone').notNull(),
    category: text('category').notNull(),
    amount: integer('amount').notNull(),
    derived: boolean('derived').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.year, t.financing, t.zone, t.category] })],
);
