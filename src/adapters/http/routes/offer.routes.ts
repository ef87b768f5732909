import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Router } from 'express';
import type { Container } from 'inversify';
import multer from 'multer';
import type { Role } from '../../../modules/identity/index';
import { OFFER, type Offer, type OfferInput } from '../../../modules/offer/index';
import type { ApiDefinition } from '../openapi';
import { RequestValidationError, sendProblem, zodFieldErrors } from '../problem';
import { discardBody, multipartReader, UploadGate } from '../upload-intake';
import { documentRequestBody } from './demand-documents.routes';
import {
  DemandIdParams,
  EligibilityQuery,
  EligibilityReportSchema,
  EligibilitySummarySchema,
  HistoryEntrySchema,
  OfferDraftBody,
  OfferDetailSchema,
  OfferIdParams,
  OfferPageSchema,
  OfferSearchQuery,
  OfferPhotoSchema,
  OfferViewSchema,
  PhotoOrderBody,
  PhotoParams,
  PhotoSizeParams,
  PhotoUploadFields,
  PhotoUploadForm,
  PublishBody,
  SendBackBody,
  WithdrawBody,
} from './offer.schemas';
import { z } from 'zod';

const LANDLORD: readonly Role[] = ['landlord_user', 'landlord_client'];
const STAFF: readonly Role[] = ['agent', 'admin'];
const LANDLORD_OR_STAFF: readonly Role[] = [...LANDLORD, ...STAFF];

const tags = ['offers'];
const NOT_FOUND = { 404: 'no such offer, or not visible to the caller' };
const TRANSITION = { ...NOT_FOUND, 409: 'not allowed in the offer’s state', 422: 'missing reason or invalid closing date' };

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The offer API (/offers): landlords' offers, agents' instruction, everyone's search; and /demands/{id}/eligibility. */
export function offerRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const offers = container.get(OFFER.Service);
  const view = async (offer: Offer) => (await offers.views([offer]))[0]!;

  api.route(
    router,
    {
      method: 'get',
      path: '/offers',
      summary:
        'Search offers: applicants and companies see published open offers; landlords their own; agents all (status filter). eligibleFor=me keeps the offers the applicant’s active demand fits',
      tags,
      access: 'authenticated',
      query: OfferSearchQuery,
      response: OfferPageSchema,
      errors: { 403: 'eligibleFor=me by another role than applicant', 409: 'eligibleFor=me without an active demand (OFFER.NO_ACTIVE_DEMAND)' },
    },
    ({ principal, query }) =>
      offers.search(principal, {
        communes: query.communes,
        departement: query.departement,
        typologies: query.typology,
        maxRent: query.maxRent,
        accessible: query.accessible,
        availableBefore: query.availableBefore,
        statuses: query.status,
        landlordId: query.landlordId,
        eligibleFor: query.eligibleFor,
        sort: query.sort,
        page: query.page,
        pageSize: query.pageSize,
      }),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers',
      summary:
        'Create a draft offer (landlord). With an Idempotency-Key header, the same key twice returns the same offer (header Idempotent-Replayed: true); another body with the same key → 409',
      tags,
      access: LANDLORD,
      status: 201,
      body: OfferDraftBody,
      response: OfferViewSchema,
      errors: { 409: 'Idempotency-Key reused with another body (OFFER.IDEMPOTENCY_KEY_REUSED)', 422: 'invalid data, per field (OFFER.INVALID_DATA)' },
    },
    async ({ principal, body, req, res }) => {
      const key = req.get('idempotency-key');
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
        throw new RequestValidationError([{ field: 'headers.idempotency-key', message: '1 à 255 caractères ASCII visibles' }]);
      }
      const { offer, replayed } = await offers.create(principal, body as OfferInput, key);
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      res.setHeader('Location', `/api/v1/offers/${offer.id}`);
      return view(offer);
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/offers/:id',
      summary: 'An offer (with its dated history for its landlord and agents)',
      tags,
      access: 'authenticated',
      params: OfferIdParams,
      response: OfferDetailSchema,
      errors: NOT_FOUND,
    },
    ({ principal, params }) => offers.get(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'patch',
      path: '/offers/:id',
      summary: 'Change a draft offer (landlord, own)',
      tags,
      access: LANDLORD,
      params: OfferIdParams,
      body: OfferDraftBody,
      response: OfferViewSchema,
      errors: { ...NOT_FOUND, 409: 'not a draft', 422: 'invalid data, per field' },
    },
    async ({ principal, params, body }) => view(await offers.updateDraft(principal, params.id, body as OfferInput)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/submit',
      summary: 'Submit the draft to ALS (landlord, own); the agreement of its département and year is attached',
      tags,
      access: LANDLORD,
      params: OfferIdParams,
      response: OfferViewSchema,
      errors: { ...TRANSITION, 422: 'invalid data (e.g. closing date now past)' },
    },
    async ({ principal, params }) => view(await offers.submit(principal, params.id)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/start-instruction',
      summary: 'Take a submitted offer into instruction (agent)',
      tags,
      access: STAFF,
      params: OfferIdParams,
      response: OfferViewSchema,
      errors: TRANSITION,
    },
    async ({ principal, params }) => view(await offers.startInstruction(principal, params.id)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/send-back',
      summary: 'Send the offer back to its landlord as a draft, with a message (agent)',
      tags,
      access: STAFF,
      params: OfferIdParams,
      body: SendBackBody,
      response: OfferViewSchema,
      errors: TRANSITION,
    },
    async ({ principal, params, body }) => view(await offers.sendBack(principal, params.id, body.message)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/publish',
      summary: 'Publish the offer until its closing date (agent; closingDate overrides the landlord’s)',
      tags,
      access: STAFF,
      params: OfferIdParams,
      body: PublishBody,
      response: OfferViewSchema,
      errors: TRANSITION,
    },
    async ({ principal, params, body }) => view(await offers.publish(principal, params.id, body?.closingDate)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/close',
      summary: 'Stop candidacies now (agent); published offers also close by themselves after their closing date',
      tags,
      access: STAFF,
      params: OfferIdParams,
      response: OfferViewSchema,
      errors: TRANSITION,
    },
    async ({ principal, params }) => view(await offers.close(principal, params.id)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/withdraw',
      summary: 'Withdraw the offer with a reason, before allocation (landlord own, or agent)',
      tags,
      access: LANDLORD_OR_STAFF,
      params: OfferIdParams,
      body: WithdrawBody,
      response: OfferViewSchema,
      errors: TRANSITION,
    },
    async ({ principal, params, body }) => view(await offers.withdraw(principal, params.id, body.reason)),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/offers/:id/history',
      summary: 'Every dated transition of the offer (landlord own, agent)',
      tags,
      access: LANDLORD_OR_STAFF,
      params: OfferIdParams,
      response: z.array(HistoryEntrySchema),
      errors: NOT_FOUND,
    },
    async ({ principal, params }) => (await offers.get(principal, params.id)).history ?? [],
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/offers/:id/eligibility-summary',
      summary: 'Which household categories and sizes the offer suits: ceiling per category, occupants allowed (agent; landlord, own offer)',
      tags,
      access: LANDLORD_OR_STAFF,
      params: OfferIdParams,
      response: EligibilitySummarySchema,
      errors: NOT_FOUND,
    },
    ({ principal, params }) => offers.eligibilitySummaryFor(principal, params.id),
  ); // a landlord's own offer only (another's is a 404)

  photoRoutes(api, router, container);

  api.route(
    router,
    {
      method: 'get',
      path: '/demands/:id/eligibility',
      summary: 'Whether the demand’s household fits the offer: each check with its figures and a French and English explanation, zone, ceiling, effort rate',
      tags: ['demands', 'offers'],
      access: ['applicant', ...STAFF],
      params: DemandIdParams,
      query: EligibilityQuery,
      response: EligibilityReportSchema,
      errors: { 404: 'no such demand or offer, or not visible to the caller' },
    },
    ({ principal, params, query }) => offers.eligibility(principal, params.id, query.offerId),
  );
}

/** A photo's bytes once sent: they are read in memory (10 MB at most, a few uploads at once) since sharp decodes them whole. */
const PHOTO_GATE = { perAccount: 2, total: 8 };

/** The offers' photos: upload (multipart), order, removal, and each size served. */
function photoRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const offers = container.get(OFFER.Service);
  const { maxBytes, maxPhotosPerOffer } = offers.photoSettings;
  const gate = new UploadGate(PHOTO_GATE);
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 2, fieldNameSize: 20, fieldSize: 400, parts: 3, headerPairs: 20 },
  }).single('file');
  const readMultipart = multipartReader(upload);

  const uploadPath = '/offers/:id/photos';
  api.route(
    router,
    {
      method: 'post',
      path: uploadPath,
      status: 201,
      tags,
      access: LANDLORD_OR_STAFF,
      params: OfferIdParams,
      response: OfferPhotoSchema,
      summary: `Add a photo to the offer (multipart/form-data: file, alt): JPEG, PNG or WebP by its content, at most ${maxPhotosPerOffer} per offer; re-encoded in three widths (WebP) with every metadata (EXIF, GPS, XMP) removed (landlord own, or agent)`,
      errors: {
        ...NOT_FOUND,
        409: `the offer already has ${maxPhotosPerOffer} photos (OFFER.PHOTO_LIMIT_REACHED), or is allocated or withdrawn (OFFER.PHOTOS_LOCKED)`,
        413: 'the photo is larger than 10 MB (UPLOAD.LIMIT_FILE_SIZE)',
        415: 'not a multipart/form-data request',
        422: 'no photo, or not a JPEG, PNG or WebP image by its content (OFFER.PHOTO_TYPE_NOT_ALLOWED, field « file »)',
        429: 'this account already sends photos (UPLOAD.TOO_MANY_AT_ONCE)',
        503: 'too many photos being sent at once (UPLOAD.BUSY)',
      },
    },
    async ({ principal, params, req, res }) => {
      if (!req.is('multipart/form-data')) {
        sendProblem(req, res, 415, 'UPLOAD.MULTIPART_REQUIRED', 'Envoyez la photo en multipart/form-data (champ « file »).');
        return undefined;
      }
      let release: () => void;
      try {
        release = gate.enter(principal.accountId);
      } catch (error) {
        await discardBody(req);
        throw error;
      }
      try {
        await readMultipart(req, res);
        const fields = PhotoUploadFields.safeParse({ ...(req.body as Record<string, unknown>) });
        if (!fields.success) throw new RequestValidationError(zodFieldErrors(fields.error, 'body'));
        const file = req.file;
        if (!file) throw new RequestValidationError([{ field: 'file', message: 'Joignez une photo (champ « file »).' }]);
        const photo = await offers.addPhoto(principal, params.id, { content: file.buffer, alt: fields.data.alt });
        res.setHeader('Location', photo.sizes.large);
        return photo;
      } finally {
        release();
      }
    },
  );
  documentRequestBody(api, 'post', uploadPath, 'multipart/form-data', PhotoUploadForm);

  api.route(
    router,
    {
      method: 'put',
      path: '/offers/:id/photos/order',
      summary: 'Put the offer’s photos in a new order: every photo named once (landlord own, or agent)',
      tags,
      access: LANDLORD_OR_STAFF,
      params: OfferIdParams,
      body: PhotoOrderBody,
      response: z.array(OfferPhotoSchema),
      errors: { ...NOT_FOUND, 409: 'allocated or withdrawn offer (OFFER.PHOTOS_LOCKED)', 422: 'not every photo once (OFFER.PHOTO_ORDER_INVALID)' },
    },
    ({ principal, params, body }) => offers.reorderPhotos(principal, params.id, body.photoIds),
  );

  api.route(
    router,
    {
      method: 'delete',
      path: '/offers/:id/photos/:photoId',
      summary: 'Remove a photo of the offer, its files deleted (landlord own, or agent)',
      tags,
      access: LANDLORD_OR_STAFF,
      params: PhotoParams,
      errors: { 404: 'no such offer or photo, or not yours', 409: 'allocated or withdrawn offer (OFFER.PHOTOS_LOCKED)' },
    },
    async ({ principal, params }) => {
      await offers.deletePhoto(principal, params.id, params.photoId);
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/offers/:id/photos/:photoId/:size',
      summary:
        'One size of an offer’s photo (image/webp): to anyone, signed in or not, once the offer has been published (a home’s photo is not personal data: cached publicly); before, to its landlord and agents only',
      tags,
      access: 'public',
      params: PhotoSizeParams,
      errors: { 404: 'no such offer or photo, or not visible to the caller' },
    },
    async ({ principal, params, res }) => {
      const photo = await offers.readPhoto(principal as typeof principal | undefined, params.id, params.photoId, params.size);
      const iterator = photo.content[Symbol.asyncIterator]();
      const first = await iterator.next(); // a missing or altered file is an error answer, never a truncated image
      res.status(200);
      res.setHeader('Content-Type', photo.contentType);
      res.setHeader('Content-Length', String(photo.sizeBytes));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; sandbox");
      res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
      // the bytes at this address never change (a new photo has a new id)
      res.setHeader('Cache-Control', photo.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-store');
      async function* rest(): AsyncGenerator<Uint8Array> {
        if (!first.done) yield first.value;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value;
        }
      }
      await pipeline(Readable.from(rest()), res);
      return undefined;
    },
  );
}
