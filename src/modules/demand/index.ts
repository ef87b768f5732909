// Public API of the demand module: the only file other modules and adapters import.
// Only what other modules, adapters and the bootstrap import (npm run lint:facades keeps it so); tests import internal files.
export type { ExpiriesAndRemindersResult } from './application/apply-expiries-and-reminders';
export type { CheckDeclaredFactInput } from './application/check-declared-fact';
export type { DecisionOutcome, DocumentDecision } from './application/decide-document';
export type { DemandFacts } from './application/demand-facts';
export type { DemandView } from './application/demand-view';
export { DemandService } from './application/demand.service';
export { documentSettings } from './application/document-policy';
export { type DocumentView, isUnsafeFileName } from './application/document-view';
export { DocumentService } from './application/document.service';
export type { EmployerDeclaration } from './application/employer-declaration';
export type { OwnerDemandsExport } from './application/export-owner-data';
export { housedHomesGateway } from './application/gateways/housed-homes.gateway';
export type { CallContext } from './application/get-demand';
export type { RegistrationCertificate } from './application/get-registration-certificate';
export type { MarkSatisfiedInput } from './application/mark-satisfied';
export type { DocumentContent, ReadContext } from './application/read-document-content';
export type { RegisterOutcome } from './application/register-with-registry';
export { sharedFileDescription, staticDemandRegistries } from './application/registries';
export { DEMAND_SETTINGS, REGISTRY_SYNC_SETTINGS } from './application/registry-policy';
export type { RequestDocumentsInput } from './application/request-documents';
export { RetentionService } from './application/retention.service';
export type { OwnerErasureResult, RetentionResult } from './application/retention';
export type { DocumentSweepResult } from './application/sweep-document-files';
export type { DemandDataPatch, UpdateDemandResult } from './application/update-demand';
export type { UploadDocumentsInput, UploadDocumentsResult } from './application/upload-documents';
export { OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN, type ValidateDemandInput } from './application/validate-demand';
export type { VerificationStep } from './application/verify-document';
export { DEMAND_APP_ERRORS, DEMAND_ERRORS, demandError, DOCUMENT_ERRORS, DOCUMENT_STORAGE_ERRORS, VERIFICATION_ERRORS } from './demand.errors';
export { DEMAND_EVENTS, type DemandEventPayloads } from './demand.events';
export { DEMAND_JOBS, demandJobHandlers, DOCUMENT_JOBS, documentJobHandlers, REGISTRY_SYNC_JOBS, registrySyncJobHandlers } from './demand.jobs';
export { demandModule } from './demand.module';
export { CO_APPLICANT_LINK_LABELS, CODED_LIST_NAMES, CODED_LISTS, CURRENT_HOUSING_LABELS, KINSHIP_LABELS, RESOURCE_LABELS } from './domain/coded-lists';
export { CHECKABLE_FACT_LABELS, CHECKABLE_FACTS, type CheckableFact, FACT_CHECK_REASON_MAX, FACT_CHECK_SOURCES, type FactCheck, type FactChecks } from './domain/declared-facts';
export {
  type Address,
  type Adult,
  type Civility,
  type CoApplicant,
  type CoApplicantLink,
  type ContractType,
  type CurrentHousing,
  type CurrentHousingKind,
  DEMAND_REASONS,
  type DemandData,
  type Employment,
  type ExpectedBirths,
  type FamilySituation,
  type Kinship,
  type MonthlyResource,
  type Nationality,
  type OtherOccupant,
  RESOURCE_CODES,
  type ResourceCode,
  type TaxIncome,
} from './domain/demand-data';
export {
  type Demand,
  DEMAND_STATUS_LABELS,
  DEMAND_STATUSES,
  type DemandHistoryEntry,
  type DemandRejection,
  type DemandSource,
  type DemandStatus,
  type DocumentsRequest,
  FINAL_DEMAND_STATUSES,
  isFinal,
  OPEN_DEMAND_STATUSES,
  type RegistryRadiationReason,
} from './domain/demand-lifecycle';
export { departementOfDemand } from './domain/departement';
export {
  DOCUMENT_CATALOGUE,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentDecider,
  type DocumentHistoryEntry,
  type DocumentStatus,
  type DocumentType,
  documentTypeInfo,
  type PersonRef,
  type RequiredDocument,
  requiredDocuments,
  type SupportingDocument,
} from './domain/documents';
export { CHECKLIST_STATE_LABELS, type InstructionChecklist } from './domain/instruction-checklist';
export {
  DEMAND_LIST_SORTS,
  DEMAND_SEARCH_CAP,
  DEMAND_SEARCH_MAX,
  DEMAND_SEARCH_MIN,
  type DemandDueRef,
  type DemandEmploymentRef,
  type DemandListFilter,
  type DemandListSort,
  type DemandRecord,
  type DemandRepository,
  type DemandSummary,
} from './ports/demands.port';
export type { DemandNotification, DemandNotificationOutbox } from './ports/notifications.port';
export { DocumentIntegrityError, type DocumentStorage, type StoredDocumentFile } from './ports/document-storage.port';
export { bytesSource, type DocumentRecord, type DocumentRepository, type FileInspection, type FileSource } from './ports/documents.port';
export type {
  AttemptCounter,
  AttemptReservation,
  ContactMessage,
  DemandContactOutbox,
  ImportAttemptLimiter,
  ImportChallenge,
  ImportChallengeRepository,
} from './ports/import.port';
export type { RegistryFeed, RegistryFeedState, RegistryFeedStore, RegistryPendingJob, RegistryPendingWork } from './ports/registry-sync.port';
export { type DemandRegistry, type HousedHome, type RegisterHint, type RegistryDemand, type RegistryRadiation } from './ports/registry.port';
export type { AccountNotification, AnonymisedDemand, PurgeableDocument, RetentionStore } from './ports/retention.port';
export { type DocumentToVerify, type VerificationProvider, type VerificationVerdict, type WebhookVerifier } from './ports/verification.port';
export { DEMAND } from './tokens';
export { siretIsValid } from '../../shared/company-numbers';
