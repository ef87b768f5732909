import { toIsoDate } from '../../../shared/dates';
import type { DocumentDeps } from './document.deps';

export interface DocumentSweepResult {
  /** stored files no row referred to for longer than the grace period (crash leftovers), deleted */
  orphansDeleted: number;
  /** files of withdrawn pieces, and of replaced pieces past their audit period, deleted */
  filesDeleted: number;
  /** half-written temporary files removed by the storage */
  temporaryFilesRemoved: number;
}

const BATCH = 500;

/**
 * The documents' housekeeping, idempotent (scheduled hourly):
 * - a stored file that no document row refers to is an upload whose transaction never committed
 *   (the file is written before the row): it is noted the first time it is seen so, and deleted
 *   once it has been so for `orphanGraceMs` (an upload in progress is never touched);
 * - the files of withdrawn pieces, and of replaced pieces whose audit period is over, are deleted
 *   (their rows stay, marked);
 * - the storage's half-written temporary files are removed.
 */
export async function sweepDocumentFiles(deps: DocumentDeps, now: Date): Promise<DocumentSweepResult> {
  const grace = deps.settings.orphanGraceMs;
  let orphansDeleted = 0;
  if (deps.storage.list) {
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const referenced = await deps.documents.referencedKeys(batch);
      const unreferenced = batch.filter((k) => !referenced.has(k));
      const firstSeen = await deps.documents.noteUnreferenced(unreferenced, now);
      const deleted: string[] = [];
      for (const key of unreferenced) {
        const seen = firstSeen.get(key);
        if (seen && now.getTime() - seen.getTime() >= grace) {
          await deps.storage.delete(key);
          deleted.push(key);
        }
      }
      await deps.documents.forgetUnreferenced([...deleted, ...batch.filter((k) => referenced.has(k))]);
      orphansDeleted += deleted.length;
      batch = [];
    };
    for await (const key of deps.storage.list()) {
      batch.push(key);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    await deps.documents.pruneUnreferenced(new Date(now.getTime() - 7 * 86_400_000));
  }

  let filesDeleted = 0;
  for (;;) {
    const due = await deps.documents.findFilesToDelete(toIsoDate(now), 200);
    if (due.length === 0) break;
    for (const record of due) {
      await deps.storage.delete(record.document.storageKey);
      await deps.documents.markFileDeleted(record.document.id, now);
      filesDeleted += 1;
    }
    if (due.length < 200) break;
  }

  const temporaryFilesRemoved = deps.storage.sweepTemporaryFiles ? await deps.storage.sweepTemporaryFiles(grace, now) : 0;
  if (orphansDeleted || filesDeleted || temporaryFilesRemoved) deps.logger.info({ orphansDeleted, filesDeleted, temporaryFilesRemoved }, 'document files swept');
  return { orphansDeleted, filesDeleted, temporaryFilesRemoved };
}
