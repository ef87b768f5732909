import type { Principal } from '../../identity/index';
import { toIsoDate } from '../../../shared/dates';
import type { DomainError, FieldError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import {
  canBeReplaced,
  documentTypeInfo,
  isFinal,
  isTaxNoticeOutOfDate,
  newUploadedDocument,
  replaceDocument,
  sendDocumentForVerification,
  type DemandData,
  type DocumentType,
  type PersonRef,
} from '../domain/index';
import type { StoredDocumentFile } from '../ports/document-storage.port';
import { bytesSource, type AcceptedDocumentContentType, type DocumentRecord, type DocumentSettings, type FileSource } from '../ports/documents.port';
import { demandError, type RefusedFile } from '../demand.errors';
import { DOCUMENT_JOBS, verifyJobKey, enqueueDemandJob } from '../demand.jobs';
import { auditActor } from './access';
import { readableDemand, refreshPendingCount } from './document-access';
import type { DocumentDeps } from './document.deps';
import { displayFileName, isUnsafeFileName } from './document-view';
import type { CallContext } from './get-demand';

/** One file of an upload, as received (a temporary file of the HTTP layer, or bytes in memory). */
export interface UploadedFileInput {
  /** the name on the uploader's device: checked, cleaned for display, never used to store the file */
  originalName: string;
  /** read in chunks (inspection, then storage): an upload is never held in memory whole */
  content: Uint8Array | FileSource;
}

export interface UploadDocumentsInput {
  documentType: DocumentType;
  /** `applicant`, `coApplicant` or `otherOccupants.<index>`; for a per-person piece, the applicant by default */
  person?: string;
  /** a tax notice's income year */
  taxYear?: number;
  /** the rejected or expired piece this upload replaces (one file then) */
  replaces?: string;
  files: UploadedFileInput[];
}

export interface UploadDocumentsResult {
  documents: DocumentRecord[];
  /** `provider`: a verification provider checks the pieces; `manual`: none is configured, an agent will */
  verification: 'provider' | 'manual';
}

const PERSON = /^(applicant|coApplicant|otherOccupants\.(\d{1,2}))$/;

/**
 * The per-demand quota: the files a demand keeps (pieces not withdrawn whose file is still there,
 * replaced pieces in their audit period included) plus the new ones stay within
 * `maxDocumentsPerDemand` files and `maxBytesPerDemand` bytes. Returns the refusal, or undefined.
 */
export function checkDemandQuota(kept: readonly DocumentRecord[], incoming: { count: number; bytes: number }, settings: DocumentSettings): DomainError | undefined {
  const live = kept.filter((r) => !r.deletedAt && !r.fileDeletedAt);
  const count = live.length;
  const bytes = live.reduce((sum, r) => sum + r.document.sizeBytes, 0);
  if (count + incoming.count <= settings.maxDocumentsPerDemand && bytes + incoming.bytes <= settings.maxBytesPerDemand) return undefined;
  return demandError.quotaExceeded({ maxDocuments: settings.maxDocumentsPerDemand, maxBytes: settings.maxBytesPerDemand, documents: count, bytes });
}

/** The person a piece is about, checked against the demand: it must exist there. */
export function checkPerson(data: DemandData, type: DocumentType, person: string | undefined): { person?: PersonRef; errors: FieldError[] } {
  const info = documentTypeInfo(type);
  if (!info.perPerson) {
    return person === undefined ? { errors: [] } : { errors: [demandError.personNotAsked(info.label)] };
  }
  const ref = person ?? 'applicant';
  const match = PERSON.exec(ref);
  const exists =
    match !== null &&
    (ref === 'applicant' || (ref === 'coApplicant' && data.coApplicant !== undefined) || (match[2] !== undefined && Number(match[2]) < data.otherOccupants.length));
  if (!exists) return { errors: [demandError.personUnknown()] };
  return { person: ref as PersonRef, errors: [] };
}

/** The tax year rules: required for a tax notice, between N−2 and N−1; refused on other pieces. */
function checkTaxYear(type: DocumentType, taxYear: number | undefined, today: string): DomainError | undefined {
  const year = Number(today.slice(0, 4));
  if (type !== 'tax_notice') {
    return taxYear === undefined ? undefined : demandError.taxYearInvalid({ case: 'not_a_tax_notice' });
  }
  if (taxYear === undefined) {
    return demandError.taxYearInvalid({ case: 'missing' });
  }
  if (taxYear > year - 1) {
    return demandError.taxYearInvalid({ case: 'future', taxYear, year });
  }
  if (isTaxNoticeOutOfDate(taxYear, today)) {
    return demandError.taxNoticeOutOfDate(year);
  }
  return undefined;
}

/**
 * Uploads one or more files of one type of piece to a demand (its owner, or an agent at the
 * counter). The demand's quota (files and bytes kept) is checked first, then every file, one at
 * a time and read in chunks (name, size, type and structure from its content: PDF, JPEG or PNG
 * without active content); one bad file refuses the whole upload and nothing is stored. Then every file is stored
 * (encrypted, under a random key), and only then are the rows written, in one transaction that
 * also checks the quota again under the demand's lock, queues the `document.verify` jobs and updates the demand's pending count: a crash in
 * between leaves files without rows, which the sweeper deletes after a grace period; a failed
 * transaction deletes them at once. The documents are `verification_pending` at once: with a
 * provider, the jobs send them; without one, an agent checks them in the back office.
 */
export async function uploadDocuments(
  deps: DocumentDeps,
  principal: Principal,
  demandId: string,
  input: UploadDocumentsInput,
  ctx: CallContext = {},
): Promise<UploadDocumentsResult> {
  const demand = await readableDemand(deps, principal, demandId);
  if (isFinal(demand.demand.status)) {
    throw demandError.demandClosed(demand.demand.status);
  }
  const today = toIsoDate(deps.clock.now());
  const { person, errors } = checkPerson(demand.demand.data, input.documentType, input.person);
  if (errors.length) throw demandError.personInvalid(errors);
  const taxYearError = checkTaxYear(input.documentType, input.taxYear, today);
  if (taxYearError) throw taxYearError;
  if (input.files.length === 0) throw demandError.noFile({ case: 'none' });
  if (input.files.length > deps.settings.maxFiles) {
    throw demandError.noFile({ case: 'too_many', max: deps.settings.maxFiles });
  }
  if (input.replaces !== undefined && input.files.length !== 1) {
    throw demandError.replacementSeveralFiles();
  }

  const sources = input.files.map((f) => (f.content instanceof Uint8Array ? bytesSource(f.content) : f.content));
  const incoming = { count: sources.length, bytes: sources.reduce((sum, f) => sum + f.size, 0) };
  const quotaError = checkDemandQuota(await deps.documents.listByDemand(demandId), incoming, deps.settings);
  if (quotaError) throw quotaError;

  // 1. check every file before storing any, one at a time (each is read in chunks from where the HTTP layer put it)
  const checked: { name: string; content: FileSource; contentType: AcceptedDocumentContentType }[] = [];
  const refused: RefusedFile[] = [];
  for (const [i, file] of input.files.entries()) {
    if (isUnsafeFileName(file.originalName)) {
      refused.push({ index: i, fault: 'unsafe_name' });
      continue;
    }
    const source = sources[i]!;
    if (source.size > deps.settings.maxFileBytes) {
      refused.push({ index: i, fault: 'too_large', name: displayFileName(file.originalName) });
      continue;
    }
    const inspection = await deps.detector.detect(source);
    if (!inspection.accepted) {
      refused.push({ index: i, fault: 'content', name: displayFileName(file.originalName), reason: inspection.reason });
      continue;
    }
    checked.push({ name: displayFileName(file.originalName), content: source, contentType: inspection.contentType });
  }
  if (refused.length) throw demandError.filesRefused(refused);

  // 2. store every file (random keys), removing them all if one fails
  const stored: StoredDocumentFile[] = [];
  const removeStored = () => Promise.allSettled(stored.map((s) => deps.storage.delete(s.storageKey)));
  try {
    for (const file of checked) stored.push(await deps.storage.put(file.content.read(), { contentType: file.contentType }));
  } catch (error) {
    await removeStored();
    throw error;
  }

  // 3. the rows, the jobs and the count, all or nothing
  const withProvider = deps.verification.provider !== null;
  try {
    const documents = await deps.uow.run(async () => {
      const locked = await deps.demands.findByIdForUpdate(demandId);
      if (!locked) throw demandError.notFound();
      if (isFinal(locked.demand.status)) throw demandError.demandClosed();
      // the quota again, under the demand's lock: concurrent uploads to one demand are counted one after the other
      const quotaNow = checkDemandQuota(await deps.documents.listByDemand(demandId), { count: stored.length, bytes: stored.reduce((sum, f) => sum + f.size, 0) }, deps.settings);
      if (quotaNow) throw quotaNow;
      const at = deps.clock.now();
      let records: DocumentRecord[] = checked.map((file, i) => {
        const document = sendDocumentForVerification(
          newUploadedDocument({
            id: newId(),
            demandId,
            type: input.documentType,
            ...(person ? { person } : {}),
            fileName: file.name,
            mimeType: file.contentType,
            sizeBytes: stored[i]!.size,
            storageKey: stored[i]!.storageKey,
            ...(input.taxYear !== undefined ? { taxYear: input.taxYear } : {}),
            uploadedAt: at,
          }),
          { at, by: principal.accountId },
        );
        return { document, sha256: stored[i]!.sha256, uploadedBy: principal.accountId, updatedAt: at, version: 1 };
      });
      let replaced: DocumentRecord | undefined;
      if (input.replaces !== undefined) {
        const old = await deps.documents.findByIdForUpdate(input.replaces);
        if (!old || old.document.demandId !== demandId || old.deletedAt || !canBeReplaced(old.document)) {
          throw demandError.replacementInvalid();
        }
        const { replaced: oldDoc, replacement } = replaceDocument(old.document, records[0]!.document, { at, auditRetentionMonths: deps.settings.replacedRetentionMonths });
        records = [{ ...records[0]!, document: replacement }];
        replaced = { ...old, document: oldDoc };
      }
      await deps.documents.insert(records);
      if (replaced) await deps.documents.save(replaced);
      for (const r of records) {
        if (withProvider) await enqueueDemandJob(deps.jobs, DOCUMENT_JOBS.verify, { documentId: r.document.id }, { dedupeKey: verifyJobKey(r.document.id) });
        await deps.audit.record({
          ...auditActor(principal),
          action: 'document.uploaded',
          objectType: 'document',
          objectId: r.document.id,
          address: ctx.address,
          detail: { demandId, type: r.document.type, contentType: r.document.mimeType, size: r.document.sizeBytes, ...(replaced ? { replaces: replaced.document.id } : {}) },
        });
      }
      await refreshPendingCount(deps, demandId);
      return records;
    });
    deps.logger.info({ demandId, documents: documents.map((d) => d.document.id), verification: withProvider ? 'provider' : 'manual' }, 'documents uploaded');
    return { documents, verification: withProvider ? 'provider' : 'manual' };
  } catch (error) {
    await removeStored();
    throw error;
  }
}
