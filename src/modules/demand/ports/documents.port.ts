import type { IsoDate } from '../../../shared/dates';
import type { SupportingDocument } from '../domain/documents';
import type { VerificationProvider, WebhookVerifier } from './verification.port';

/**
 * Ports of the supporting-documents feature: where document rows are kept, how a file's type is
 * told from its bytes, how the verification provider is reached, and who tells whether a landlord
 * may read an applicant's pieces. The files themselves go through `DocumentStorage`
 * (document-storage.port.ts).
 */

/** A document as stored: the domain entity plus what the platform keeps beside it. */
export interface DocumentRecord {
  document: SupportingDocument;
  /** SHA-256 of the content, lowercase hex (integrity and duplicate checks) */
  sha256: string;
  /** the account that uploaded it (the applicant, or an agent at the counter) */
  uploadedBy: string;
  updatedAt: Date;
  /** optimistic locking: incremented by every save */
  version: number;
  /** withdrawn by its owner before any verdict: hidden from every list, its file deleted */
  deletedAt?: Date;
  /** when its file was deleted (withdrawn, or replaced and past its audit period) */
  fileDeletedAt?: Date;
}

export interface DocumentRepository {
  /** Inserts new documents (in the caller's transaction). */
  insert(records: readonly DocumentRecord[]): Promise<void>;
  findById(id: string): Promise<DocumentRecord | null>;
  /** The document, its row locked until the running transaction ends. */
  findByIdForUpdate(id: string): Promise<DocumentRecord | null>;
  /** The document whose verification at the provider has this reference. */
  findByProviderRef(providerRef: string): Promise<DocumentRecord | null>;
  /** A demand's documents, oldest upload first; withdrawn ones only with `includeDeleted`. */
  listByDemand(demandId: string, options?: { includeDeleted?: boolean }): Promise<DocumentRecord[]>;
  /**
   * Saves a changed document if its version is still `record.version` (then version + 1). Throws
   * DomainError conflict `DOCUMENT.CONCURRENT_UPDATE` when someone saved it in between.
   */
  save(record: DocumentRecord): Promise<DocumentRecord>;
  /** Documents of the demand waiting for a check (uploaded or verification pending, not withdrawn). */
  countPending(demandId: string): Promise<number>;
  /** Those of `storageKeys` that a document row refers to. */
  referencedKeys(storageKeys: readonly string[]): Promise<Set<string>>;
  /** Documents whose file must go: withdrawn, or replaced and past their audit period on `onDate`; file not deleted yet. */
  findFilesToDelete(onDate: IsoDate, limit: number): Promise<DocumentRecord[]>;
  /**
   * Live tax notices (uploaded, waiting for a check or verified; not withdrawn) on an income year
   * before `taxYear`, by id after `after` (keyset paging), at most `limit`.
   */
  findTaxNoticesBefore(taxYear: number, limit: number, after?: string): Promise<DocumentRecord[]>;
  /** Marks a document's file as deleted (no version change: housekeeping). */
  markFileDeleted(id: string, at: Date): Promise<void>;
  /**
   * The orphan ledger: files no row refers to, with when they were first seen so. Records the keys
   * not yet known (first seen `now`) and returns the first-seen instant of every key given.
   */
  noteUnreferenced(storageKeys: readonly string[], now: Date): Promise<Map<string, Date>>;
  /** Forgets keys of the ledger (deleted, or referenced after all). */
  forgetUnreferenced(storageKeys: readonly string[]): Promise<void>;
  /** Forgets ledger entries first seen before `before` (their file vanished some other way). */
  pruneUnreferenced(before: Date): Promise<number>;
}

/** The types of files accepted for supporting documents. */
export const ACCEPTED_DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedDocumentContentType = (typeof ACCEPTED_DOCUMENT_CONTENT_TYPES)[number];

/**
 * The bytes of an uploaded file, readable more than once and never all at once: a temporary file
 * on disk (HTTP uploads), or bytes already in memory (the demo seed, tests).
 */
export interface FileSource {
  /** size in bytes */
  readonly size: number;
  /** the content from its first byte, in chunks */
  read(): AsyncIterable<Uint8Array>;
}

const SOURCE_CHUNK = 64 * 1024;

/** A FileSource over bytes in memory, read in 64 KiB chunks like a file. */
export function bytesSource(bytes: Uint8Array): FileSource {
  return {
    size: bytes.byteLength,
    async *read() {
      for (let offset = 0; offset < bytes.byteLength; offset += SOURCE_CHUNK) yield bytes.subarray(offset, offset + SOURCE_CHUNK);
    },
  };
}

/**
 * What the inspection of a file found: an accepted type, or a refusal. `reason` (French, for the
 * uploader) names what was found when the file is of an accepted type but carries active content
 * (a PDF's JavaScript, actions, embedded files, forms; markup; an appended archive) or cannot be read.
 */
export type FileInspection = { accepted: true; contentType: AcceptedDocumentContentType } | { accepted: false; reason?: string };

/** Tells a file's type from its content (magic bytes, then its structure), never from its name or declared type. */
export interface FileTypeDetector {
  /** The accepted type of the content, or a refusal for anything else (executables, archives, empty files, active content…). */
  detect(file: FileSource): Promise<FileInspection>;
}

/**
 * The verification provider, when one is configured. Without one (`provider: null`), uploaded
 * documents stay `verification_pending` until an agent checks them in the back office.
 */
export interface DocumentVerification {
  provider: VerificationProvider | null;
  /** checks the provider's signed webhook calls */
  webhook: WebhookVerifier;
}

/**
 * Whether a landlord may read an applicant's documents: only when the applicant's demand has a
 * candidacy designated (or transmitted) on one of that landlord's offers (brief §6). Implemented
 * by the candidacy module (bound by the demand wiring, resolved when a landlord asks).
 */
export interface DesignationChecker {
  isDesignatedToLandlord(demandId: string, landlordId: string): Promise<boolean>;
}

export interface DocumentSettings {
  /** largest accepted file, in bytes (UPLOAD_MAX_FILE_BYTES) */
  maxFileBytes: number;
  /** most files in one upload (UPLOAD_MAX_FILES) */
  maxFiles: number;
  /** months a rejected or expired piece's file is kept once replaced (the audit period) */
  replacedRetentionMonths: number;
  /** a stored file no row refers to is deleted once it has been so for this long (crash leftovers) */
  orphanGraceMs: number;
  /** first poll of the provider after a submission (the webhook normally comes first) */
  firstPollDelayMs: number;
  /** longest wait between two polls (the wait doubles from firstPollDelayMs) */
  maxPollDelayMs: number;
  /** polls before the platform stops asking and leaves the piece to the agents */
  maxPollRounds: number;
  /** most files a demand keeps (pieces not withdrawn whose file is still kept), whatever the uploads (UPLOAD_DEMAND_MAX_FILES) */
  maxDocumentsPerDemand: number;
  /** most bytes of files a demand keeps (UPLOAD_DEMAND_MAX_BYTES) */
  maxBytesPerDemand: number;
}
