import type { Principal } from '../../identity/index';
import {
  awaitsDocumentDecision,
  documentTypeInfo,
  isDocumentStanding,
  DOCUMENT_STATUS_LABELS,
  type DocumentDecider,
  type DocumentStatus,
  type DocumentType,
  type PersonRef,
} from '../domain/index';
import type { DocumentRecord } from '../ports/documents.port';
import { isStaff } from './access';

/** One dated change of a document's state, as the API shows it. */
export interface DocumentHistoryView {
  from: DocumentStatus;
  to: DocumentStatus;
  at: Date;
  /** who moved it: the uploader, an agent, the verification provider, the platform */
  actor: 'uploader' | 'agent' | 'provider' | 'system';
  /** the agent's account: back office only */
  by?: string;
  reason?: string;
}

/** A supporting document's metadata, as its owner and the back office see it. Never the storage key. */
export interface DocumentView {
  id: string;
  demandId: string;
  type: DocumentType;
  typeLabel: string;
  person?: PersonRef;
  taxYear?: number;
  status: DocumentStatus;
  statusLabel: string;
  /** uploaded or with the verification provider: to be verified or rejected */
  awaitingDecision: boolean;
  /** neither rejected nor expired: the document stands for its piece */
  standing: boolean;
  /** the name the file had on the uploader's device, cleaned: for display only, never used to store it */
  fileName: string;
  /** detected from the content */
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  decidedBy?: DocumentDecider;
  rejectionReason?: string;
  replacesId?: string;
  replacedById?: string;
  /** the file is no longer kept (replaced and past its audit period) */
  fileDeleted: boolean;
  history: DocumentHistoryView[];
}

/** The view of a document for `viewer` (agents' account ids only for the back office). */
export function documentView(record: DocumentRecord, viewer: Principal): DocumentView {
  const d = record.document;
  const staff = isStaff(viewer);
  return {
    id: d.id,
    demandId: d.demandId,
    type: d.type,
    typeLabel: documentTypeInfo(d.type).label,
    ...(d.person ? { person: d.person } : {}),
    ...(d.taxYear !== undefined ? { taxYear: d.taxYear } : {}),
    status: d.status,
    statusLabel: DOCUMENT_STATUS_LABELS[d.status],
    awaitingDecision: awaitsDocumentDecision(d.status),
    standing: isDocumentStanding(d.status),
    fileName: d.fileName,
    contentType: d.mimeType,
    size: d.sizeBytes,
    sha256: record.sha256,
    uploadedAt: d.uploadedAt,
    ...(d.decidedBy ? { decidedBy: d.decidedBy } : {}),
    ...(d.rejectionReason ? { rejectionReason: d.rejectionReason } : {}),
    ...(d.replacesId ? { replacesId: d.replacesId } : {}),
    ...(d.replacedById ? { replacedById: d.replacedById } : {}),
    fileDeleted: record.fileDeletedAt !== undefined,
    history: d.history.map((h) => {
      const actor: DocumentHistoryView['actor'] =
        h.to === 'verification_pending'
          ? 'uploader'
          : h.by === undefined
            ? d.decidedBy === 'provider' && (h.to === 'verified' || h.to === 'rejected')
              ? 'provider'
              : 'system'
            : 'agent';
      return {
        from: h.from,
        to: h.to,
        at: h.at,
        actor,
        ...(staff && h.by && actor === 'agent' ? { by: h.by } : {}),
        ...(h.reason ? { reason: h.reason } : {}),
      };
    }),
  };
}

/** A file name as the uploader's device gave it, made safe to display: no path, no control characters, 120 characters at most. */
export function displayFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const safe = cleaned === '' || cleaned === '.' || cleaned === '..' ? 'document' : cleaned;
  return safe.length > 120 ? safe.slice(0, 120) : safe;
}

/** Whether a file name is refused outright: a path separator, `..`, control or bidirectional-override characters, or too long. */
export function isUnsafeFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\\/]/.test(name) || name.includes('..') || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name) || name.length > 255;
}
