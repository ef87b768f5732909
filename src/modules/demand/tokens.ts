import type { ServiceIdentifier } from 'inversify';
import type { DemandRepository } from './ports/demands.port';
import type { DemandLogger } from './ports/logger.port';
import type { DemandNotificationOutbox } from './ports/notifications.port';
import type { DemandSettings } from './ports/settings.port';
import type { DemandRegistries } from './ports/registry.port';
import type { DemandContactOutbox, DemandImportSettings, ImportAttemptLimiter, ImportChallengeRepository } from './ports/import.port';
import type { DemandImportService } from './application/demand-import.service';
import type { DocumentStorage } from './ports/document-storage.port';
import type { DesignationChecker, DocumentRepository, DocumentSettings, DocumentVerification, FileTypeDetector } from './ports/documents.port';
import type { DemandService } from './application/demand.service';
import type { DocumentService } from './application/document.service';
import type { RetentionService } from './application/retention.service';
import type { RetentionSettings, RetentionStore } from './ports/retention.port';
import type { HousedHomes, RegistryFeedStore, RegistryPendingWork } from './ports/registry-sync.port';
import type { RegistrySyncService } from './application/registry-sync.service';

const token = <T>(name: string) => Symbol.for(`demand.${name}`) as ServiceIdentifier<T>;

export const DEMAND = {
  Repository: token<DemandRepository>('Repository'),
  NotificationOutbox: token<DemandNotificationOutbox>('NotificationOutbox'),
  Registries: token<DemandRegistries>('Registries'),
  Settings: token<DemandSettings>('Settings'),
  Logger: token<DemandLogger>('Logger'),
  Service: token<DemandService>('Service'),
  // the import of a registry demand (number + birth date, then a code sent to the registry's contact)
  ImportLimiter: token<ImportAttemptLimiter>('ImportLimiter'),
  ImportChallenges: token<ImportChallengeRepository>('ImportChallenges'),
  ContactOutbox: token<DemandContactOutbox>('ContactOutbox'),
  ImportSettings: token<DemandImportSettings>('ImportSettings'),
  Import: token<DemandImportService>('Import'),
  // supporting documents
  DocumentRepository: token<DocumentRepository>('DocumentRepository'),
  DocumentStorage: token<DocumentStorage>('DocumentStorage'),
  FileTypeDetector: token<FileTypeDetector>('FileTypeDetector'),
  Verification: token<DocumentVerification>('Verification'),
  /** bound by the demand wiring to the candidacy module's answer (resolved when a landlord asks) */
  DesignationChecker: token<DesignationChecker>('DesignationChecker'),
  DocumentSettings: token<DocumentSettings>('DocumentSettings'),
  Documents: token<DocumentService>('Documents'),
  // retention and erasure (GDPR)
  RetentionStore: token<RetentionStore>('RetentionStore'),
  RetentionSettings: token<RetentionSettings>('RetentionSettings'),
  Retention: token<RetentionService>('Retention'),
  // the registry kept in step: renewals and radiations sent, struck-off and new-DALO feeds read back
  HousedHomes: token<HousedHomes>('HousedHomes'),
  RegistryFeeds: token<RegistryFeedStore>('RegistryFeeds'),
  RegistryPendingWork: token<RegistryPendingWork>('RegistryPendingWork'),
  /** days a feed's first read goes back (`{ firstFeedDays }`) */
  RegistrySyncSettings: token<{ firstFeedDays: number }>('RegistrySyncSettings'),
  RegistrySync: token<RegistrySyncService>('RegistrySync'),
};
