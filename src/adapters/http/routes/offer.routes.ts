import type { Router } from 'express';
import type { Container } from 'inversify';
import type { Role } from '../../../modules/identity/index';
import { OFFER, type Offer, type OfferInput } from '../../../modules/offer/index';
import type { ApiDefinition } from '../openapi';
import { RequestValidationError } from '../problem';
import {
  DemandIdParams,
  EligibilityQuery,
  EligibilityReportSchema,
  EligibilitySummarySchema,
  HistoryEntrySchema,
  OfferCreateBody,
  OfferDetailSchema,
  OfferIdParams,
  OfferPageSchema,
  OfferPatchBody,
  OfferSearchQuery,
  OfferViewSchema,
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

  api.route(router, {
    method: 'get', path: '/offers',
    summary: 'Search offers: applicants and companies see published open offers; landlords their own; agents all (status filter). eligibleFor=me keeps the offers the applicant’s active demand fits',
    tags, access: 'authenticated', query: OfferSearchQuery, response: OfferPageSchema,
    errors: { 403: 'eligibleFor=me by another role than applicant', 409: 'eligibleFor=me without an active demand (OFFER.NO_ACTIVE_DEMAND)' },
  }, ({ principal, query }) =>
    offers.search(principal, {
      communes: query.communes, departement: query.departement, typologies: query.typology, maxRent: query.maxRent, accessible: query.accessible,
      availableBefore: query.availableBefore, statuses: query.status, landlordId: query.landlordId, eligibleFor: query.eligibleFor,
      sort: query.sort, page: query.page, pageSize: query.pageSize,
    }));

  api.route(router, {
    method: 'post', path: '/offers',
    summary: 'Create a draft offer (landlord). With an Idempotency-Key header, the same key twice returns the same offer (header Idempotent-Replayed: true); another body with the same key → 409',
    tags, access: LANDLORD, status: 201, body: OfferCreateBody, response: OfferViewSchema,
    errors: { 409: 'Idempotency-Key reused with another body (OFFER.IDEMPOTENCY_KEY_REUSED)', 422: 'invalid data, per field (OFFER.INVALID_DATA)' },
  }, async ({ principal, body, req, res }) => {
    const key = req.get('idempotency-key');
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new RequestValidationError([{ field: 'headers.idempotency-key', message: '1 à 255 caractères ASCII visibles' }]);
    }
    const { offer, replayed } = await offers.create(principal, body as OfferInput, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.setHeader('Location', `/api/v1/offers/${offer.id}`);
    return view(offer);
  });

  api.route(router, {
    method: 'get', path: '/offers/:id', summary: 'An offer (with its dated history for its landlord and agents)', tags, access: 'authenticated',
    params: OfferIdParams, response: OfferDetailSchema, errors: NOT_FOUND,
  }, ({ principal, params }) => offers.get(principal, params.id));

  api.route(router, {
    method: 'patch', path: '/offers/:id', summary: 'Change a draft offer (landlord, own)', tags, access: LANDLORD,
    params: OfferIdParams, body: OfferPatchBody, response: OfferViewSchema, errors: { ...NOT_FOUND, 409: 'not a draft', 422: 'invalid data, per field' },
  }, async ({ principal, params, body }) => view(await offers.updateDraft(principal, params.id, body as OfferInput)));

  api.route(router, {
    method: 'post', path: '/offers/:id/submit', summary: 'Submit the draft to ALS (landlord, own); the agreement of its département and year is attached', tags,
    access: LANDLORD, params: OfferIdParams, response: OfferViewSchema, errors: { ...TRANSITION, 422: 'invalid data (e.g. closing date now past)' },
  }, async ({ principal, params }) => view(await offers.submit(principal, params.id)));

  api.route(router, {
    method: 'post', path: '/offers/:id/start-instruction', summary: 'Take a submitted offer into instruction (agent)', tags, access: STAFF,
    params: OfferIdParams, response: OfferViewSchema, errors: TRANSITION,
  }, async ({ principal, params }) => view(await offers.startInstruction(principal, params.id)));

  api.route(router, {
    method: 'post', path: '/offers/:id/send-back', summary: 'Send the offer back to its landlord as a draft, with a message (agent)', tags, access: STAFF,
    params: OfferIdParams, body: SendBackBody, response: OfferViewSchema, errors: TRANSITION,
  }, async ({ principal, params, body }) => view(await offers.sendBack(principal, params.id, body.message)));

  api.route(router, {
    method: 'post', path: '/offers/:id/publish', summary: 'Publish the offer until its closing date (agent; closingDate overrides the landlord’s)', tags, access: STAFF,
    params: OfferIdParams, body: PublishBody, response: OfferViewSchema, errors: TRANSITION,
  }, async ({ principal, params, body }) => view(await offers.publish(principal, params.id, body?.closingDate)));

  api.route(router, {
    method: 'post', path: '/offers/:id/close', summary: 'Stop candidacies now (agent); published offers also close by themselves after their closing date', tags,
    access: STAFF, params: OfferIdParams, response: OfferViewSchema, errors: TRANSITION,
  }, async ({ principal, params }) => view(await offers.close(principal, params.id)));

  api.route(router, {
    method: 'post', path: '/offers/:id/withdraw', summary: 'Withdraw the offer with a reason, before allocation (landlord own, or agent)', tags,
    access: LANDLORD_OR_STAFF, params: OfferIdParams, body: WithdrawBody, response: OfferViewSchema, errors: TRANSITION,
  }, async ({ principal, params, body }) => view(await offers.withdraw(principal, params.id, body.reason)));

  api.route(router, {
    method: 'get', path: '/offers/:id/history', summary: 'Every dated transition of the offer (landlord own, agent)', tags, access: LANDLORD_OR_STAFF,
    params: OfferIdParams, response: z.array(HistoryEntrySchema), errors: NOT_FOUND,
  }, async ({ principal, params }) => (await offers.get(principal, params.id)).history ?? []);

  api.route(router, {
    method: 'get', path: '/offers/:id/eligibility-summary', summary: 'Which household categories and sizes the offer suits: ceiling per category, occupants allowed (agent)', tags,
    access: STAFF, params: OfferIdParams, response: EligibilitySummarySchema, errors: NOT_FOUND,
  }, ({ params }) => offers.eligibilitySummary(params.id));

  api.route(router, {
    method: 'get', path: '/demands/:id/eligibility',
    summary: 'Whether the demand’s household fits the offer: each check with its figures and a French and English explanation, zone, ceiling, effort rate',
    tags: ['demands', 'offers'], access: ['applicant', ...STAFF], params: DemandIdParams, query: EligibilityQuery, response: EligibilityReportSchema,
    errors: { 404: 'no such demand or offer, or not visible to the caller' },
  }, ({ principal, params, query }) => offers.eligibility(principal, params.id, query.offerId));
}
