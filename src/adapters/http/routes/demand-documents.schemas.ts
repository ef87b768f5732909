import { z } from 'zod';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../../modules/demand/index';

/**
 * Schemas of the supporting documents' API (`/demands/{id}/documents…`) and of the provider's
 * webhook. An upload is multipart/form-data: the fields are checked here once multer has read them.
 */

const Instant = z.string().meta({ format: 'date-time' });
const Person = z
  .string()
  .max(20)
  .regex(/^(applicant|coApplicant|otherOccupants\.\d{1,2})$/, { message: 'personne attendue : applicant, coApplicant ou otherOccupants.<rang>' })
  .describe('whom a per-person piece is about (default applicant); omitted for a household piece');

/** The text fields of an upload (multipart). */
export const UploadFields = z.strictObject({
  documentType: z.enum(DOCUMENT_TYPES),
  person: Person.optional(),
  taxYear: z.coerce.number().int().min(1990).max(2100).optional().describe('income year of a tax notice (required for tax_notice, refused otherwise)'),
  replaces: z.string().uuid().optional().describe('the rejected or expired piece this file replaces'),
});

/** The multipart body, for the OpenAPI document only. */
export const UploadForm = UploadFields.extend({
  files: z
    // the documented bounds are the settings' ceilings (UPLOAD_MAX_FILE_BYTES ≤ 100 MiB, UPLOAD_MAX_FILES ≤ 50); the limits in force are the settings'
    .array(
      z
        .string()
        .max(100 * 1024 * 1024)
        .meta({ format: 'binary' }),
    )
    .min(1)
    .max(50)
    .describe('the files (PDF, JPEG or PNG, judged by their content); size and count capped by UPLOAD_MAX_FILE_BYTES and UPLOAD_MAX_FILES'),
});

export const DocumentParams = z.strictObject({ id: z.string().uuid(), docId: z.string().uuid() });

export const DocumentDecisionBody = z.strictObject({
  outcome: z.enum(['verified', 'rejected']),
  reason: z.string().trim().min(1).max(1000).optional().describe('required when rejected'),
});

export const DocumentSchema = z
  .object({
    id: z.string().uuid(),
    demandId: z.string().uuid(),
    type: z.enum(DOCUMENT_TYPES),
    typeLabel: z.string(),
    person: z.string().optional(),
    taxYear: z.number().int().optional(),
    status: z.enum(DOCUMENT_STATUSES),
    statusLabel: z.string(),
    awaitingDecision: z.boolean().describe('uploaded or with the verification provider: to be verified or rejected'),
    standing: z.boolean().describe('neither rejected nor expired: the document stands for its piece'),
    fileName: z.string().describe('the name the file had, cleaned: for display only (files are stored under random keys)'),
    contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png']).describe('detected from the content'),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: Instant,
    decidedBy: z.enum(['provider', 'agent', 'system']).optional(),
    rejectionReason: z.string().optional(),
    replacesId: z.string().uuid().optional(),
    replacedById: z.string().uuid().optional(),
    fileDeleted: z.boolean(),
    history: z.array(
      z.object({
        from: z.enum(DOCUMENT_STATUSES),
        to: z.enum(DOCUMENT_STATUSES),
        at: Instant,
        actor: z.enum(['uploader', 'agent', 'provider', 'system']),
        by: z.string().optional().describe('account of the agent (back office only)'),
        reason: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'SupportingDocument' });

export const VerificationInfo = z.object({
  mode: z.enum(['provider', 'manual']),
  message: z.string(),
});

export const UploadResponse = z.object({
  documents: z.array(DocumentSchema),
  verification: VerificationInfo.describe('who checks the pieces: the verification provider, or an agent when none is configured'),
});

export const DocumentListResponse = z.object({
  items: z.array(DocumentSchema),
  verification: VerificationInfo,
});

/** The provider's webhook body (signed: X-Signature = sha256=HMAC(secret, X-Timestamp + "." + raw body)). */
export const VerdictBody = z
  .object({
    providerRef: z.string().max(200),
    documentId: z.string().max(100).optional(),
    outcome: z.enum(['verified', 'rejected']),
    reason: z.string().max(2000).optional(),
    decidedAt: z.string().max(40).meta({ format: 'date-time' }),
  })
  .meta({ id: 'VerificationVerdict' });

export const WebhookResponse = z.object({ status: z.enum(['applied', 'ignored']).describe('ignored: the document was already decided on (repeated or late verdict)') });
