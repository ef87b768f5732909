import type { ServiceIdentifier } from 'inversify';
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
} from './ports';
import type { OfferService } from './application/offer.service';

const token = <T>(name: string) => Symbol.for(`offer.${name}`) as ServiceIdentifier<T>;

export const OFFER = {
  OfferRepository: token<OfferRepository>('OfferRepository'),
  CeilingRepository: token<CeilingRepository>('CeilingRepository'),
  ReferenceData: token<ReferenceData>('ReferenceData'),
  CommuneDirectory: token<CommuneDirectory>('CommuneDirectory'),
  LandlordDirectory: token<LandlordDirectory>('LandlordDirectory'),
  ApplicantFactsSource: token<ApplicantFactsSource>('ApplicantFactsSource'),
  Settings: token<OfferSettings>('Settings'),
  PhotoRepository: token<OfferPhotoRepository>('PhotoRepository'),
  PhotoStorage: token<PhotoStorage>('PhotoStorage'),
  PhotoProcessor: token<PhotoProcessor>('PhotoProcessor'),
  PhotoSettings: token<PhotoSettings>('PhotoSettings'),
  Service: token<OfferService>('Service'),
};
