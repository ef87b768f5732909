import { DEMAND } from '../../modules/demand/index';
import { LANDLORD } from '../../modules/landlord/index';
import { applicantFactsGateway, landlordDirectoryGateway, OFFER, OFFER_PHOTO_SETTINGS, offerModule } from '../../modules/offer/index';
import { DrizzleCeilingRepository, DrizzleOfferRepository } from '../../adapters/db/repositories/drizzle-offer.repository';
import { communeDirectory, FileReferenceData } from '../../adapters/reference/reference-data';
import { DrizzleOfferPhotoRepository } from '../../adapters/db/repositories/drizzle-offer-photo.repository';
import { EncryptedFileStorage } from '../../adapters/storage/encrypted-file.storage';
import { SharpPhotoProcessor } from '../../adapters/storage/sharp-photo.processor';
import path from 'node:path';
import type { ModuleWiring } from './wiring';

/**
 * The offer module: offers and income ceilings on the database, the communes referential and the
 * reference files, the landlord module's agreements (resolved lazily: the landlord module counts
 * this module's offers), the demand module's facts (read by the module's own gateway), and the
 * eligibility settings.
 */
export const offerWiring: ModuleWiring = (container, { config, database, logger }) => {
  container.bind(OFFER.OfferRepository).toConstantValue(new DrizzleOfferRepository(database));
  container.bind(OFFER.CeilingRepository).toConstantValue(new DrizzleCeilingRepository(database));
  container.bind(OFFER.ReferenceData).toConstantValue(new FileReferenceData());
  container.bind(OFFER.CommuneDirectory).toConstantValue(communeDirectory());
  container.bind(OFFER.LandlordDirectory).toConstantValue(landlordDirectoryGateway(() => container.get(LANDLORD.Service)));
  container.bind(OFFER.ApplicantFactsSource).toResolvedValue(applicantFactsGateway, [DEMAND.Service]);
  container.bind(OFFER.Settings).toConstantValue({
    underOccupationTolerance: config.eligibility.underOccupationTolerance,
    effortWarningThreshold: config.eligibility.effortWarningThreshold,
  });
  // photos: rows in the database, files through the platform's file storage (its own folder), resized by sharp
  container.bind(OFFER.PhotoRepository).toConstantValue(new DrizzleOfferPhotoRepository(database));
  container
    .bind(OFFER.PhotoStorage)
    .toConstantValue(
      new EncryptedFileStorage({ rootDir: path.join(config.dataDir, 'offer-photos'), masterKey: config.documents.encryptionKey, maxBytes: OFFER_PHOTO_SETTINGS.maxBytes }),
    );
  container.bind(OFFER.PhotoProcessor).toConstantValue(new SharpPhotoProcessor());
  container.bind(OFFER.PhotoSettings).toConstantValue(OFFER_PHOTO_SETTINGS); // the module's limits (10 photos of 10 MB)
  container.loadSync(offerModule);

  // Start-up: seed the income ceilings from db/reference/income-ceilings.json (idempotent upsert) in
  // the background; the first eligibility check or search also does it, so tests rely on that path.
  if (config.env !== 'test') {
    const log = logger.child({ module: 'offer' });
    setImmediate(() => {
      container
        .get(OFFER.Service)
        .seedReferenceData()
        .then(
          (rows) => log.info({ rows }, 'income ceilings loaded from the reference file'),
          (error: unknown) => log.warn({ err: error }, 'income ceilings not loaded at start-up; the first eligibility check retries'),
        );
    });
  }
};
