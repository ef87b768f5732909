import type { IsoDate } from '../../shared/dates';
import type { Page, PageRequest } from '../../shared/pagination';
import type { ApplicantFacts, CeilingRow, OfferData, OfferHistoryEntry, OfferStatus, Zone } from './domain/index';

/** An offer as the platform stores it: the landlord's data and where it stands. */
export interface Offer {
  id: string;
  landlordId: string;
  /** the reservation agreement it counts against (flux); null when the landlord has none for its département and year */
  agreementId: string | null;
  /** the agreement was given by the landlord rather than picked automatically */
  agreementExplicit: boolean;
  status: OfferStatus;
  data: OfferData;
  /** of the commune (from the INSEE code) */
  departement: string;
  /** income-ceiling zone of the commune */
  zone: Zone;
  /** kept by the candidacy module through `adjustCandidacyCount` */
  candidacyCount: number;
  /** published at least once (counts as proposed in the flux even if withdrawn later) */
  everPublished: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
}

/** The SQL pre-filter of `eligibleFor=me`: the rules that can be computed in the database. */
export interface EligibilityPrefilter {
  /** N, the year of the ceilings */
  year: number;
  category: number;
  extraPersonUnits: number;
  referenceIncome: number;
  /** under-occupation: main rooms ≤ household size + tolerance */
  maxMainRooms: number;
  /** over-occupation: surface ≥ the minimum surface of the household */
  minSurface: number;
}

export type OfferSort = 'recent' | 'closing' | 'submitted';

export interface OfferSearchCriteria {
  statuses?: OfferStatus[] | undefined;
  landlordId?: string | undefined;
  /** closing date on or after this day (with `statuses`: see the domain's `openForCandidaciesFilter`) */
  openOn?: IsoDate | undefined;
  everPublished?: boolean | undefined;
  communeCodes?: string[] | undefined;
  departement?: string | undefined;
  typologies?: number[] | undefined;
  /** rent + charges ≤ this */
  maxTotalRent?: number | undefined;
  accessible?: boolean | undefined;
  /** available from this day or before */
  availableBefore?: IsoDate | undefined;
  eligibility?: EligibilityPrefilter | undefined;
  sort: OfferSort;
  /** the other way than the sort's natural order (recent: newest first; closing and submitted: earliest first) */
  reversed?: boolean | undefined;
}

export interface IdempotencyRecord {
  landlordId: string;
  key: string;
  requestHash: string;
  offerId: string;
}

export interface OfferRepository {
  insert(offer: Offer): Promise<void>;
  findById(id: string): Promise<Offer | null>;
  /** locks the row until the end of the transaction */
  findByIdForUpdate(id: string): Promise<Offer | null>;
  update(offer: Offer): Promise<void>;
  appendHistory(offerId: string, entry: OfferHistoryEntry): Promise<void>;
  history(offerId: string): Promise<OfferHistoryEntry[]>;
  /** the last history entry (latest `at`, then latest written) of each offer given that has one, by offer id; one query */
  lastHistoryEntries(offerIds: readonly string[]): Promise<Map<string, OfferHistoryEntry>>;
  search(criteria: OfferSearchCriteria, page: PageRequest): Promise<Page<Offer>>;
  findIdempotencyKey(landlordId: string, key: string): Promise<IdempotencyRecord | null>;
  /** throws DomainError conflict OFFER.IDEMPOTENCY_RACE when the key was stored meanwhile */
  saveIdempotencyKey(record: IdempotencyRecord): Promise<void>;
  /** ids of published offers whose closing date is before `today` */
  dueForClosing(today: IsoDate, limit: number): Promise<string[]>;
  countByStatus(): Promise<Partial<Record<OfferStatus, number>>>;
  /** offers published (ever) and allocated, per agreement */
  agreementCounts(agreementIds: readonly string[]): Promise<Map<string, { published: number; allocated: number }>>;
  offersOfAgreement(agreementId: string): Promise<Offer[]>;
  /** adds delta (never below 0); the offer as it is then (its row locked until the transaction ends), or null when there is no such offer */
  adjustCandidacyCount(offerId: string, delta: number): Promise<Offer | null>;
}

/** The income ceilings, a table in the database seeded from `db/reference/income-ceilings.json`. */
export interface CeilingRepository {
  /** inserts the rows whose cell has no figure yet, leaving the others as they are (idempotent) */
  insertMissing(rows: readonly CeilingRow[]): Promise<void>;
  /** replaces every cell of the year by the rows given (an administrator's load; inside the caller's transaction) */
  replaceYear(year: number, rows: readonly CeilingRow[]): Promise<void>;
  all(): Promise<CeilingRow[]>;
}

/** The reference files of the platform (`db/reference/`), as parsed data. */
export interface ReferenceData {
  /** rows of `income-ceilings.json` (PLS derived from PLUS where absent) */
  ceilingRows(): CeilingRow[];
  /** INSEE codes of Paris, its arrondissements and its bordering communes */
  parisAndBorderingCodes(): ReadonlySet<string>;
  ileDeFranceDepartements(): ReadonlySet<string>;
}

/** The official communes referential. */
export interface CommuneDirectory {
  isKnownCommune(code: string): boolean;
  communeName(code: string): string | undefined;
  /** the EPCI (intercommunal authority) of the commune */
  epciOf(code: string): { code: string; name: string } | undefined;
}

/** A landlord's reservation agreement, as the offer module needs it. */
export interface AgreementRef {
  id: string;
  landlordId: string;
  departement: string;
  year: number;
}

/** What the offer module needs of the landlord module. */
export interface LandlordDirectory {
  exists(landlordId: string): Promise<boolean>;
  namesOf(landlordIds: readonly string[]): Promise<Map<string, string>>;
  agreementFor(landlordId: string, departement: string, year: number): Promise<AgreementRef | null>;
  agreementById(agreementId: string): Promise<AgreementRef | null>;
}

/** A demand as eligibility sees it: the household's facts, its owner and status. */
export interface ApplicantRecord {
  demandId: string;
  ownerAccountId: string;
  /** the demand's status (`active` to apply) */
  status: string;
  facts: ApplicantFacts;
  /** tax figures missing or of the wrong year: eligibility cannot be decided on a partial income */
  referenceIncomeMissing: string[];
}

/** What the offer module needs of the demand module. */
export interface ApplicantFactsSource {
  factsForDemand(demandId: string, onDate: IsoDate): Promise<ApplicantRecord | null>;
  /** the account's active demand, if any */
  activeDemandOf(accountId: string, onDate: IsoDate): Promise<ApplicantRecord | null>;
}

/** Platform settings of the offer module. */
export interface OfferSettings {
  /** rooms allowed beyond the number of occupants (UNDER_OCCUPATION_TOLERANCE) */
  underOccupationTolerance: number;
  /** effort rate (percent) above which an offer is flagged (EFFORT_RATE_WARNING) */
  effortWarningThreshold: number;
}

// ——— photos ———

export const PHOTO_SIZES = ['small', 'medium', 'large'] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/** A photo of an offer, stored in three sizes re-encoded by the platform (no metadata kept). */
export interface OfferPhoto {
  id: string;
  offerId: string;
  /** order on the offer's page (0 first) */
  position: number;
  /** what the photo shows, for screen readers */
  alt: string | null;
  /** of the largest size */
  width: number;
  height: number;
  /** of every size (image/webp) */
  contentType: string;
  keys: Record<PhotoSize, string>;
  bytes: Record<PhotoSize, number>;
  createdBy: string;
  createdAt: Date;
}

export interface OfferPhotoRepository {
  insert(photo: OfferPhoto): Promise<void>;
  /** by position, then upload order */
  listForOffer(offerId: string): Promise<OfferPhoto[]>;
  /** the photos of several offers (views of a page of offers), each list by position */
  listForOffers(offerIds: readonly string[]): Promise<Map<string, OfferPhoto[]>>;
  delete(photoId: string): Promise<void>;
  setPosition(photoId: string, position: number): Promise<void>;
}

/** Where the photos' files are kept (the platform's file storage). */
export interface PhotoStorage {
  put(content: Uint8Array, meta: { contentType: string }): Promise<{ storageKey: string }>;
  /** throws DomainError not_found when there is no such file */
  get(storageKey: string): Promise<AsyncIterable<Uint8Array>>;
  /** idempotent */
  delete(storageKey: string): Promise<void>;
}

export type PhotoSourceType = 'image/jpeg' | 'image/png' | 'image/webp';

/** One size of a processed photo. */
export interface ProcessedImage {
  content: Uint8Array;
  width: number;
  height: number;
}

/** Tells an image's type from its bytes and re-encodes it in the platform's sizes without any metadata. */
export interface PhotoProcessor {
  /** JPEG, PNG or WebP by the file's bytes (magic numbers), else null */
  detect(content: Uint8Array): Promise<PhotoSourceType | null>;
  /** each size re-encoded (oriented, metadata stripped); throws DomainError invalid when the image cannot be decoded */
  process(content: Uint8Array): Promise<{ contentType: string; sizes: Record<PhotoSize, ProcessedImage> }>;
}

export interface PhotoSettings {
  maxPhotosPerOffer: number;
  maxBytes: number;
}
