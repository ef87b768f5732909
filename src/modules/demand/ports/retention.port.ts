import type { DemandData } from '../domain/index';

/**
 * Ports of data retention and erasure (GDPR): the scans of what is due, the purge of a document's
 * row and the anonymisation of a demand's row, and the account's notifications. Implemented on the
 * demand module's own tables (src/adapters/db/repositories/drizzle-demand-retention.store.ts).
 */

/** A document whose row is (or is about to be) purged, as little as its file's deletion needs. */
export interface PurgeableDocument {
  id: string;
  demandId: string;
  storageKey: string;
  /** its file is already gone (withdrawn piece, replaced piece past its audit period) */
  fileDeleted: boolean;
}

/** What the anonymisation of a demand writes. */
export interface AnonymisedDemand {
  data: DemandData;
}

/** A notification kept for an account, as its export shows it. */
export interface AccountNotification {
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  sentAt: Date | null;
}

export interface RetentionStore {
  /** Documents not purged yet of the demands satisfied, cancelled or expired before `closedBefore`: how many, and how many still have their file. */
  countDocumentsToPurge(closedBefore: Date): Promise<{ documents: number; files: number }>;
  /** A batch of those documents (by id). */
  documentsToPurge(closedBefore: Date, limit: number): Promise<PurgeableDocument[]>;
  /** The demand's documents not purged yet (erasure: whatever their dates). */
  documentsOfDemandToPurge(demandId: string): Promise<PurgeableDocument[]>;
  /**
   * Marks the row purged (once: false when it already was): hidden from every list like a withdrawn
   * piece, its personal metadata cleared (file name, checksum, provider reference, reasons), its
   * `file_deleted_at` left for the file's deletion to set.
   */
  purgeDocument(id: string, at: Date): Promise<boolean>;
  /** Purged rows whose file is not deleted yet (a run interrupted between the two steps), by id after `afterId`. */
  purgedWithFile(limit: number, afterId?: string): Promise<PurgeableDocument[]>;

  /** Demands satisfied, cancelled or expired before `closedBefore`, not anonymised yet: how many. */
  countDemandsToAnonymise(closedBefore: Date): Promise<number>;
  /** A batch of their ids (by id, after `afterId`). */
  demandsToAnonymise(closedBefore: Date, limit: number, afterId?: string): Promise<string[]>;
  /** Whether the demand is anonymised already. */
  isAnonymised(demandId: string): Promise<boolean>;
  /**
   * Writes the anonymised demand (in the caller's transaction): its content, no pending request,
   * rejection or mobility check, no free text in its history, `anonymised_at` set; the registration
   * number (the registry's id of the demand) stays. Bumps the version (concurrent edits fail their
   * optimistic check).
   */
  saveAnonymised(demandId: string, anonymised: AnonymisedDemand, at: Date): Promise<void>;
  /** Every demand of an account (any state), by creation. */
  demandIdsOfOwner(ownerAccountId: string): Promise<string[]>;

  /** The account's notifications of the demand module, oldest first. */
  notificationsOf(accountId: string): Promise<AccountNotification[]>;
  /** The account's `limit` most recent notifications of the demand module, newest first (equal times: in the order written); one query. */
  recentNotificationsOf(accountId: string, limit: number): Promise<AccountNotification[]>;
  /** Deletes the account's notifications (erasure); returns how many. */
  forgetNotifications(accountId: string): Promise<number>;
}

export interface RetentionSettings {
  /** days after a demand became satisfied, cancelled or expired before its documents are deleted (RETENTION_DOCUMENTS_DAYS) */
  documentsDays: number;
  /** days after that before the demand itself is anonymised (RETENTION_DEMAND_DAYS, ≥ documentsDays) */
  demandDays: number;
}
