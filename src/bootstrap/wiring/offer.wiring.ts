import { DEMAND, type DemandFacts, type DemandService } from '../../modules/demand/index';
import { LANDLORD } from '../../modules/landlord/index';
import { OFFER, offerModule, type ApplicantFactsSource, type ApplicantRecord, type LandlordDirectory } from '../../modules/offer/index';
import { DrizzleCeilingRepository, DrizzleOfferRepository } from '../../adapters/db/repositories/drizzle-offer.repository';
import { communeDirectory, FileReferenceData } from '../../adapters/reference/reference-data';
import { DrizzleOfferPhotoRepository } from '../../adapters/db/repositories/drizzle-offer-photo.repository';
import { EncryptedFileStorage } from '../../adapters/storage/encrypted-file.storage';
import { SharpPhotoProcessor } from '../../adapters/storage/sharp-photo.processor';
import path from 'node:path';
import type { ModuleWiring } from './wiring';

/** At most 10 photos per offer, of at most 10 MB each (issue 17). */
export const OFFER_PHOTO_LIMIT = 10;
export const OFFER_PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** The demand module's facts, as the offer module's eligibility reads them. */
function applicantRecord(f: DemandFacts): ApplicantRecord {
  return {
    demandId: f.demandId,
    ownerAccountId: f.ownerAccountId,
    status: f.status,
    facts: {
      referenceIncome: f.referenceIncome,
      referenceIncomeBasis: f.referenceIncomeBasis,
      householdCategory: f.householdCategory,
      householdSize: f.householdSize,
      extraPersonUnits: f.extraPersonUnits,
      monthlyResources: f.monthlyResources,
      expectedHousingBenefit: f.expectedHousingBenefit,
    },
    referenceIncomeMissing: [...f.referenceIncomeMissing],
  };
}

export function applicantFactsFromDemands(demands: DemandService): ApplicantFactsSource {
  return {
    async factsForDemand(demandId, onDate) {
      const facts = await demands.facts(demandId, onDate);
      return facts ? applicantRecord(facts) : null;
    },
    async activeDemandOf(accountId, onDate) {
      const facts = await demands.openDemandFacts(accountId, onDate);
      if (!facts || facts.status !== 'active') return null;
      return applicantRecord(facts);
    },
  };
}

/**
 * The offer module: offers and income ceilings on the database, the communes referential and the
 * reference files, the landlord module's agreements (resolved lazily: the landlord module counts
 * this module's offers), the demand module's facts, and the eligibility settings.
 */
export const offerWiring: ModuleWiring = (container, { config, database, logger }) => {
  container.bind(OFFER.OfferRepository).toConstantValue(new DrizzleOfferRepository(database));
  container.bind(OFFER.CeilingRepository).toConstantValue(new DrizzleCeilingRepository(database));
  container.bind(OFFER.ReferenceData).toConstantValue(new FileReferenceData());
  container.bind(OFFER.CommuneDirectory).toConstantValue(communeDirectory());
  const landlords = () => container.get(LANDLORD.Service);
  const directory: LandlordDirectory = {
    exists: async (id) => (await landlords().findById(id)) !== null,
    namesOf: (ids) => landlords().namesOf(ids),
    agreementFor: (landlordId, departement, year) => landlords().agreementFor(landlordId, departement, year),
    agreementById: (id) => landlords().agreementById(id),
  };
  container.bind(OFFER.LandlordDirectory).toConstantValue(directory);
  container.bind(OFFER.ApplicantFactsSource).toResolvedValue((demands) => applicantFactsFromDemands(demands), [DEMAND.Service]);
  container.bind(OFFER.Settings).toConstantValue({
    underOccupationTolerance: config.eligibility.underOccupationTolerance,
    effortWarningThreshold: config.eligibility.effortWarningThreshold,
  });
  // photos: rows in the database, files through the platform's file storage (its own folder), resized by sharp
  container.bind(OFFER.PhotoRepository).toConstantValue(new DrizzleOfferPhotoRepository(database));
  container.bind(OFFER.PhotoStorage).toConstantValue(
    new EncryptedFileStorage({ rootDir: path.join(config.dataDir, 'offer-photos'), masterKey: config.documents.encryptionKey, maxBytes: OFFER_PHOTO_MAX_BYTES }),
  );
  container.bind(OFFER.PhotoProcessor).toConstantValue(new SharpPhotoProcessor());
  container.bind(OFFER.PhotoSettings).toConstantValue({ maxPhotosPerOffer: OFFER_PHOTO_LIMIT, maxBytes: OFFER_PHOTO_MAX_BYTES });
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
