import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Request, Response, Router } from 'express';
import multer from 'multer';
import type { Container } from 'inversify';
import type { ZodType } from 'zod';
import { DomainError } from '../../../shared/errors';
import { DEMAND, DOCUMENT_ERRORS, isUnsafeFileName, type DocumentContent, type DocumentService } from '../../../modules/demand/index';
import type { Role } from '../../../modules/identity/index';
import type { ApiDefinition } from '../openapi';
import { HTTP } from '../http.tokens';
import { discardBody, multipartReader, prepareUploadTempDir, removeTemporaryFiles, temporaryFileSource, temporaryFileStorage, UploadGate } from '../upload-intake';
import { RequestValidationError, sendProblem, zodFieldErrors } from '../problem';
import { formatNumberFr } from '../../../shared/money';
import { DemandIdParams } from './demand.schemas';
import { DocumentDecisionBody, DocumentListResponse, DocumentParams, DocumentSchema, UploadFields, UploadForm, UploadResponse } from './demand-documents.schemas';

/** 10485760 → « 10 Mo », in the French number format. */
const megabytes = (bytes: number): string => `${formatNumberFr(Math.round((bytes / (1024 * 1024)) * 10) / 10)} Mo`;

const OWNER: readonly Role[] = ['applicant'];
const STAFF: readonly Role[] = ['agent', 'admin'];
const OWNER_OR_STAFF: readonly Role[] = ['applicant', 'agent', 'admin'];
const READERS: readonly Role[] = ['applicant', 'agent', 'admin', 'landlord_user', 'landlord_client'];
const tags = ['documents'];
const NOT_FOUND = { 404: 'no such demand or document, or not yours' };

const callContext = (req: Request) => (req.ip ? { address: req.ip } : {});

export const VERIFICATION_MESSAGES = {
  provider: 'Vos pièces sont transmises au service de vérification ; le résultat s’affichera ici.',
  manual: 'Aucun service de vérification n’est configuré : un collaborateur vérifiera vos pièces.',
} as const;

/**
 * Documents the request body of a route whose body api.route does not parse itself (multipart,
 * raw): sets it on the route's OpenAPI entry.
 */
export function documentRequestBody(api: ApiDefinition, method: string, path: string, mediaType: string, schema: ZodType): void {
  const openapiPath = path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  for (const def of api.registry.definitions) {
    if (def.type !== 'route' || def.route.method !== method || !def.route.path.endsWith(openapiPath)) continue;
    def.route.request = { ...def.route.request, body: { content: { [mediaType]: { schema } }, required: true } };
  }
}

/** A download name that is safe in a header: ASCII without quotes or separators, with the detected type's extension. */
export function safeDownloadName(fileName: string, contentType: string, fallback: string): string {
  const extension = contentType === 'application/pdf' ? 'pdf' : contentType === 'image/png' ? 'png' : 'jpg';
  const stem = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_')
    .replace(/^[.\s_-]+/, '')
    .slice(0, 80)
    .trim();
  return `${stem || fallback}.${extension}`;
}

/**
 * Streams a document's decrypted content. The first piece is read before any header is sent, so
 * that a missing or altered file is a proper error answer, never a truncated download.
 */
export async function streamDocument(res: Response, doc: DocumentContent, disposition: 'attachment' | 'inline', csp: string): Promise<void> {
  const iterator = doc.content[Symbol.asyncIterator]();
  const first = await iterator.next();
  const d = doc.record.document;
  res.status(200);
  res.setHeader('Content-Type', d.mimeType);
  res.setHeader('Content-Length', String(d.sizeBytes));
  res.setHeader('Content-Disposition', `${disposition}; filename="${safeDownloadName(d.fileName, d.mimeType, `piece-${d.id.slice(0, 8)}`)}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', csp);
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (!first.done) yield first.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  await pipeline(Readable.from(rest()), res);
}

/** The documents of a demand: upload (multipart), list, metadata, content, withdrawal, agents' checks. */
export function demandDocumentRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const documents = (): DocumentService => container.get(DEMAND.Documents);
  const settings = container.get(DEMAND.DocumentSettings);
  const verificationInfo = () => {
    const mode = documents().verificationMode();
    return { mode, message: VERIFICATION_MESSAGES[mode] };
  };

  // Files are streamed to temporary files in a private folder (random names, never the uploader's), read in chunks
  // by the use case, and removed in every outcome; a bounded number of uploads at once, per account and in total.
  const intake = container.get(HTTP.UploadSettings);
  const tempDir = prepareUploadTempDir(intake.tempDir);
  const gate = new UploadGate({ perAccount: intake.maxConcurrentPerAccount, total: intake.maxConcurrent });
  const upload = multer({
    storage: temporaryFileStorage(tempDir),
    preservePath: true, // so that the filter sees (and refuses) a path in the name
    defParamCharset: 'utf8',
    limits: {
      fileSize: settings.maxFileBytes,
      files: settings.maxFiles,
      fields: 10,
      fieldNameSize: 50,
      fieldSize: 200,
      parts: settings.maxFiles + 10,
      headerPairs: 50,
    },
    fileFilter: (_req, file, cb) => {
      if (isUnsafeFileName(file.originalname)) {
        cb(
          new DomainError('invalid', DOCUMENT_ERRORS.UNSAFE_FILE_NAME, 'Nom de fichier refusé (chemin, « .. » ou caractères de contrôle) : aucun fichier n’a été enregistré.', {
            fields: [{ field: 'files', message: 'Nom de fichier refusé.' }],
          }),
        );
        return;
      }
      cb(null, true);
    },
  }).array('files', settings.maxFiles);
  const readMultipart = multipartReader(upload);

  const uploadPath = '/demands/:id/documents';
  api.route(
    router,
    {
      method: 'post',
      path: uploadPath,
      status: 201,
      tags,
      access: OWNER_OR_STAFF,
      params: DemandIdParams,
      response: UploadResponse,
      summary: 'Upload supporting documents (multipart/form-data: documentType, person, taxYear, files[]); each file becomes a document, verification_pending at once',
      errors: {
        ...NOT_FOUND,
        409: 'the demand is closed, or would keep more files or bytes than UPLOAD_DEMAND_MAX_FILES / UPLOAD_DEMAND_MAX_BYTES (DOCUMENT.QUOTA_EXCEEDED)',
        413: 'a file is larger than UPLOAD_MAX_FILE_BYTES (UPLOAD.LIMIT_FILE_SIZE)',
        415: 'not a multipart/form-data request',
        422: 'a file is not a PDF, JPEG or PNG by its content, or carries active content (a PDF with JavaScript, actions, embedded files or a form; markup; an archive) or cannot be parsed (DOCUMENT.TYPE_NOT_ALLOWED, the detail names what was found), an unsafe file name, a person or tax year that does not fit: nothing is stored',
        429: 'this account already has UPLOAD_MAX_CONCURRENT_PER_ACCOUNT uploads running (UPLOAD.TOO_MANY_AT_ONCE, Retry-After)',
        503: 'the process already receives UPLOAD_MAX_CONCURRENT uploads (UPLOAD.BUSY, Retry-After)',
      },
    },
    async ({ principal, params, req, res }) => {
      if (!req.is('multipart/form-data')) {
        sendProblem(req, res, 415, 'UPLOAD.MULTIPART_REQUIRED', 'Envoyez les fichiers en multipart/form-data (champ « files »).');
        return undefined;
      }
      // a declared length beyond what the limits allow is refused before a byte of the body is read
      const declared = Number(req.get('content-length') ?? 0);
      const ceiling = settings.maxFiles * settings.maxFileBytes + 64 * 1024;
      if (declared > ceiling) {
        res.setHeader('Connection', 'close');
        sendProblem(
          req,
          res,
          413,
          'UPLOAD.TOO_LARGE',
          `L’envoi est trop volumineux (${megabytes(declared)}) : au plus ${settings.maxFiles} fichiers de ${megabytes(settings.maxFileBytes)} chacun par envoi.`,
        );
        return undefined;
      }
      let release: () => void;
      try {
        release = gate.enter(principal.accountId);
      } catch (error) {
        // refused (429, 503): the body is read and discarded (nothing kept; bounded by the declared length checked above and
        // by 30 s), so that the client gets the answer rather than a connection cut while it sends
        await discardBody(req);
        throw error;
      }
      let result;
      try {
        try {
          // a stranger's, closed or full demand is refused before its files are written anywhere
          await documents().checkUploadAllowed(principal, params.id);
        } catch (error) {
          await discardBody(req);
          throw error;
        }
        await readMultipart(req, res);
        const fields = UploadFields.safeParse({ ...(req.body as Record<string, unknown>) });
        if (!fields.success) throw new RequestValidationError(zodFieldErrors(fields.error, 'body'));
        const files = (req.files as Express.Multer.File[] | undefined) ?? [];
        result = await documents().upload(
          principal,
          params.id,
          {
            documentType: fields.data.documentType,
            ...(fields.data.person !== undefined ? { person: fields.data.person } : {}),
            ...(fields.data.taxYear !== undefined ? { taxYear: fields.data.taxYear } : {}),
            ...(fields.data.replaces !== undefined ? { replaces: fields.data.replaces } : {}),
            files: files.map((f) => ({ originalName: f.originalname, content: temporaryFileSource(f) })),
          },
          callContext(req),
        );
      } finally {
        // every outcome: stored, refused, failed; multer has already removed them when it refused or the request was cut
        await removeTemporaryFiles(req.files as Express.Multer.File[] | undefined);
        release();
      }
      return {
        documents: result.documents.map((d) => documents().view(d, principal)),
        verification: { mode: result.verification, message: VERIFICATION_MESSAGES[result.verification] },
      };
    },
  );
  documentRequestBody(api, 'post', uploadPath, 'multipart/form-data', UploadForm);

  api.route(
    router,
    {
      method: 'get',
      path: '/demands/:id/documents',
      summary: 'The demand’s documents and their verification state (a landlord: only the verified pieces of a candidate designated and transmitted on its offers, audited)',
      tags,
      access: READERS,
      params: DemandIdParams,
      response: DocumentListResponse,
      errors: NOT_FOUND,
    },
    async ({ principal, params, req }) => ({
      items: (principal.role === 'landlord_user' || principal.role === 'landlord_client'
        ? await documents().listForLandlord(principal, params.id, callContext(req))
        : await documents().list(principal, params.id)
      ).map((d) => documents().view(d, principal)),
      verification: verificationInfo(),
    }),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/demands/:id/documents/:docId',
      summary: 'A document’s metadata (never where or how it is stored)',
      tags,
      access: OWNER_OR_STAFF,
      params: DocumentParams,
      response: DocumentSchema,
      errors: NOT_FOUND,
    },
    async ({ principal, params }) => documents().view(await documents().get(principal, params.id, params.docId), principal),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/demands/:id/documents/:docId/content',
      summary: 'The document’s file, decrypted, as an attachment (every read by someone other than the owner is audited; landlords only for a designated candidate)',
      tags,
      access: READERS,
      params: DocumentParams,
      errors: { ...NOT_FOUND },
    },
    async ({ principal, params, req, res }) => {
      const landlord = principal.role === 'landlord_user' || principal.role === 'landlord_client';
      const doc = landlord
        ? await documents().readDocumentForLandlord(principal, params.id, params.docId, callContext(req))
        : await documents().readContent(principal, params.id, params.docId, { ...callContext(req), disposition: 'attachment' });
      await streamDocument(res, doc, 'attachment', "default-src 'none'; frame-ancestors 'none'; sandbox");
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'delete',
      path: '/demands/:id/documents/:docId',
      summary: 'Withdraw a piece uploaded by mistake, before any verdict (a rejected piece is replaced by a new upload with `replaces`)',
      tags,
      access: OWNER,
      params: DocumentParams,
      errors: { ...NOT_FOUND, 409: 'already decided on (DOCUMENT.NOT_DELETABLE)' },
    },
    async ({ principal, params, req }) => {
      await documents().delete(principal, params.id, params.docId, callContext(req));
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/documents/:docId/decision',
      summary: 'An agent’s own check of a piece: verified, or rejected with a reason',
      tags,
      access: STAFF,
      params: DocumentParams,
      body: DocumentDecisionBody,
      response: DocumentSchema,
      errors: { ...NOT_FOUND, 409: 'already decided on', 422: 'a rejection without a reason' },
    },
    async ({ principal, params, body, req }) => {
      const outcome = await documents().decide(principal, params.id, params.docId, { outcome: body.outcome, ...(body.reason ? { reason: body.reason } : {}) }, callContext(req));
      return documents().view(outcome.record, principal);
    },
  );
}
