import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import type { EventBus } from '../../../shared/events';
import type {
  ApplicantFactsSource,
  CeilingRepository,
  CommuneDirectory,
  LandlordDirectory,
  OfferPhotoRepository,
  OfferRepository,
  OfferSettings,
  PhotoProcessor,
  PhotoSettings,
  PhotoStorage,
  ReferenceData,
} from '../ports';
import type { ReferenceTables } from './reference-tables';

export interface OfferDeps {
  offers: OfferRepository;
  ceilings: CeilingRepository;
  reference: ReferenceData;
  communes: CommuneDirectory;
  landlords: LandlordDirectory;
  applicants: ApplicantFactsSource;
  settings: OfferSettings;
  audit: AuditTrail;
  clock: Clock;
  uow: UnitOfWork;
  /** domain events (OFFER_EVENTS), published inside the transaction of the change */
  events?: EventBus;
  /** the offers' photos: rows, files, and the image processing */
  photos: OfferPhotoRepository;
  photoStorage: PhotoStorage;
  photoProcessor: PhotoProcessor;
  photoSettings: PhotoSettings;
}

/** The dependencies and the reference tables cached for the life of the process. */
export interface OfferContext extends OfferDeps {
  tables: ReferenceTables;
}
