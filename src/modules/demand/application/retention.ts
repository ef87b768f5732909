import type { AuditTrail } from '../../../shared/audit';
import type { Clock } from '../../../shared/clock';
import { type EventBus, typedEvents } from '../../../shared/events';
import type { UnitOfWork } from '../../../shared/unit-of-work';
import { DEMAND_EVENTS, type DemandEventPayloads } from '../demand.events';
import { anonymiseDemandData, cancel, isFinal } from '../domain/index';
import type { DemandRepository } from '../ports/demands.port';
import type { DemandLogger } from '../ports/logger.port';
import type { DocumentStorage } from '../ports/document-storage.port';
import type { DocumentRepository } from '../ports/documents.port';
import type { PurgeableDocument, RetentionSettings, RetentionStore } from '../ports/retention.port';
import { demandError } from '../demand.errors';
import { publishStatusChanged } from './mutate';

/** What retention and erasure need from outside, bound by the bootstrap. */
export interface RetentionDeps {
  store: RetentionStore;
  demands: DemandRepository;
  documents: DocumentRepository;
  storage: DocumentStorage;
  settings: RetentionSettings;
  audit: AuditTrail;
  events: EventBus;
  clock: Clock;
  uow: UnitOfWork;
  logger: DemandLogger;
}

export interface RetentionResult {
  dryRun: boolean;
  /** documents of demands closed before this instant are purged */
  documentsClosedBefore: string;
  /** demands closed before this instant are anonymised */
  demandsClosedBefore: string;
  /** document rows purged (personal metadata cleared, marked) */
  documentsPurged: number;
  /** encrypted files deleted from the storage */
  filesDeleted: number;
  demandsAnonymised: number;
  /** items that failed (logged); the next run tries them again */
  failed: number;
}

const BATCH = 200;
const DAY_MS = 86_400_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Deletes the files of purged rows (after the purge committed). The order keeps every crash safe:
 * 1. the row is marked purged in a transaction (it no longer offers its file to anyone: hidden,
 *    unreadable, and its `deleted_at` puts it in the hourly sweeper's list too);
 * 2. the encrypted file is deleted (idempotent);
 * 3. `file_deleted_at` is set.
 * A crash after 1 leaves a purged row whose file is still to delete: the next run (or the sweeper)
 * deletes it. A crash after 2 leaves a row saying "file deletion pending" for a file already gone:
 * deleting it again does nothing. No row ever claims a readable file that is gone.
 */
export async function deletePurgedFiles(deps: RetentionDeps, files: readonly PurgeableDocument[]): Promise<{ deleted: number; failed: number }> {
  let deleted = 0;
  let failed = 0;
  for (const file of files) {
    if (file.fileDeleted) continue;
    try {
      await deps.storage.delete(file.storageKey);
      await deps.documents.markFileDeleted(file.id, deps.clock.now());
      deleted += 1;
    } catch (error) {
      failed += 1;
      deps.logger.warn({ documentId: file.id, err: message(error) }, 'retention: file deletion failed, tried again at the next run');
    }
  }
  return { deleted, failed };
}

/**
 * Anonymises one demand in the caller's transaction (its row locked): purges its documents' rows,
 * writes its anonymised content, publishes `demand.anonymised` (the company space forgets the
 * employee's name). Returns the documents whose files are to delete after the commit, or null when
 * the demand was anonymised already.
 */
export async function anonymiseDemandInTransaction(deps: RetentionDeps, demandId: string, options: { at: Date }): Promise<PurgeableDocument[] | null> {
  const record = await deps.demands.findByIdForUpdate(demandId);
  if (!record) throw demandError.notFound();
  if (await deps.store.isAnonymised(demandId)) return null;
  const purged = await purgeDocumentsOf(deps, demandId, options.at);
  await deps.store.saveAnonymised(demandId, { data: anonymiseDemandData(record.demand.data) }, options.at);
  await typedEvents<DemandEventPayloads>(deps.events).publish(DEMAND_EVENTS.anonymised, { demandId, ownerAccountId: record.demand.ownerAccountId }, options.at);
  return purged;
}

async function purgeDocumentsOf(deps: RetentionDeps, demandId: string, at: Date): Promise<PurgeableDocument[]> {
  const purged: PurgeableDocument[] = [];
  for (const doc of await deps.store.documentsOfDemandToPurge(demandId)) {
    if (await deps.store.purgeDocument(doc.id, at)) purged.push(doc);
  }
  return purged;
}

/**
 * The retention run (GDPR), idempotent, scheduled daily:
 * - documents of demands satisfied, cancelled or expired for more than `documentsDays`: their rows
 *   purged, then their encrypted files deleted (see `deletePurgedFiles` for the crash-safe order);
 * - demands closed for more than `demandDays`: anonymised (`anonymiseDemandData`), ids, dates,
 *   status, communes and household kept for the statistics and the audit trail.
 * A dry run counts what a real run would do and changes nothing. A real run logs its counts and
 * writes one audit entry (`retention.run`) when it did something; a second run finds nothing.
 */
export async function applyRetention(deps: RetentionDeps, now: Date, options: { dryRun?: boolean } = {}): Promise<RetentionResult> {
  const documentsClosedBefore = new Date(now.getTime() - deps.settings.documentsDays * DAY_MS);
  const demandsClosedBefore = new Date(now.getTime() - deps.settings.demandDays * DAY_MS);
  const base = { documentsClosedBefore: documentsClosedBefore.toISOString(), demandsClosedBefore: demandsClosedBefore.toISOString() };

  if (options.dryRun) {
    const [docs, demands, leftovers] = await Promise.all([
      deps.store.countDocumentsToPurge(documentsClosedBefore),
      deps.store.countDemandsToAnonymise(demandsClosedBefore),
      countLeftovers(deps),
    ]);
    const result: RetentionResult = { dryRun: true, ...base, documentsPurged: docs.documents, filesDeleted: docs.files + leftovers, demandsAnonymised: demands, failed: 0 };
    deps.logger.info({ ...result }, 'retention dry run');
    return result;
  }

  const result: RetentionResult = { dryRun: false, ...base, documentsPurged: 0, filesDeleted: 0, demandsAnonymised: 0, failed: 0 };

  // 0. files of rows purged by an interrupted run
  for (let after: string | undefined; ;) {
    const batch = await deps.store.purgedWithFile(BATCH, after);
    if (batch.length === 0) break;
    const { deleted, failed } = await deletePurgedFiles(deps, batch);
    result.filesDeleted += deleted;
    result.failed += failed;
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.id;
  }

  // 1. documents past their period
  for (;;) {
    const batch = await deps.store.documentsToPurge(documentsClosedBefore, BATCH);
    if (batch.length === 0) break;
    const purged = await deps.uow.run(async () => {
      const done: PurgeableDocument[] = [];
      for (const doc of batch) if (await deps.store.purgeDocument(doc.id, now)) done.push(doc);
      return done;
    });
    result.documentsPurged += purged.length;
    const { deleted, failed } = await deletePurgedFiles(deps, purged);
    result.filesDeleted += deleted;
    result.failed += failed;
    if (batch.length < BATCH || purged.length === 0) break;
  }

  // 2. demands past their own period
  for (let after: string | undefined; ;) {
    const ids = await deps.store.demandsToAnonymise(demandsClosedBefore, BATCH, after);
    if (ids.length === 0) break;
    for (const id of ids) {
      try {
        const purged = await deps.uow.run(() => anonymiseDemandInTransaction(deps, id, { at: now }));
        if (purged === null) continue;
        result.demandsAnonymised += 1;
        result.documentsPurged += purged.length;
        const { deleted, failed } = await deletePurgedFiles(deps, purged);
        result.filesDeleted += deleted;
        result.failed += failed;
      } catch (error) {
        result.failed += 1;
        deps.logger.error({ demandId: id, err: message(error) }, 'retention: demand anonymisation failed');
      }
    }
    if (ids.length < BATCH) break;
    after = ids[ids.length - 1];
  }

  const changed = result.documentsPurged + result.filesDeleted + result.demandsAnonymised;
  if (changed > 0) {
    await deps.audit.record({
      action: 'retention.run',
      objectType: 'platform',
      objectId: 'retention',
      actorRole: 'system',
      detail: { documentsPurged: result.documentsPurged, filesDeleted: result.filesDeleted, demandsAnonymised: result.demandsAnonymised, failed: result.failed, ...base },
    });
  }
  deps.logger.info({ ...result }, 'retention run');
  return result;
}

async function countLeftovers(deps: RetentionDeps): Promise<number> {
  let n = 0;
  for (let after: string | undefined; ;) {
    const batch = await deps.store.purgedWithFile(BATCH, after);
    n += batch.length;
    if (batch.length < BATCH) return n;
    after = batch[batch.length - 1]!.id;
  }
}

export interface OwnerErasureResult {
  demandIds: string[];
  demandsCancelled: number;
  documentsPurged: number;
  notificationsDeleted: number;
  /** to pass to `deletePurgedFiles` once the caller's transaction committed */
  files: PurgeableDocument[];
}

/**
 * The demand side of an account's erasure, in the caller's transaction: the open demand is
 * cancelled (dated in its history), every demand of the account anonymised and its documents'
 * rows purged, the account's notifications deleted. The files are deleted by the caller after the
 * commit (`deletePurgedFiles`); a crash before leaves them to the next retention run and sweep.
 */
export async function eraseOwnerDemands(deps: RetentionDeps, ownerAccountId: string, options: { by: string }): Promise<OwnerErasureResult> {
  const at = deps.clock.now();
  const result: OwnerErasureResult = { demandIds: [], demandsCancelled: 0, documentsPurged: 0, notificationsDeleted: 0, files: [] };
  for (const demandId of await deps.store.demandIdsOfOwner(ownerAccountId)) {
    result.demandIds.push(demandId);
    const record = await deps.demands.findByIdForUpdate(demandId);
    if (!record) continue;
    if (!isFinal(record.demand.status)) {
      const t = cancel(record.demand, { at, by: options.by, reason: 'Effacement du compte (RGPD)' });
      const saved = await deps.demands.save({ ...record, demand: t.demand }, [t.entry]);
      await publishStatusChanged(deps.events, saved, t.entry);
      result.demandsCancelled += 1;
    }
    const purged = await anonymiseDemandInTransaction(deps, demandId, { at });
    if (purged) {
      result.documentsPurged += purged.length;
      result.files.push(...purged);
    }
  }
  result.notificationsDeleted = await deps.store.forgetNotifications(ownerAccountId);
  return result;
}
