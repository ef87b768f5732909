import type { Request, Router } from 'express';
import type { Container } from 'inversify';
import { CHECKLIST_STATE_LABELS, DEMAND, type DemandData, type DemandDataPatch, type DemandListFilter } from '../../../modules/demand/index';
import type { Role } from '../../../modules/identity/index';
import type { ApiDefinition } from '../openapi';
import {
  CancelBody,
  DemandDataInput,
  DemandDataPatchInput,
  DemandIdParams,
  DemandListQuery,
  DemandPageSchema,
  DemandUpdateResponse,
  DemandViewSchema,
  FactCheckBody,
  InstructionChecklistSchema,
  RejectBody,
  RequestDocumentsBody,
  ValidateBody,
} from './demand.schemas';
import { demandDocumentRoutes } from './demand-documents.routes';
import { demandImportRoutes } from './demand-import.routes';

const OWNER: readonly Role[] = ['applicant'];
const STAFF: readonly Role[] = ['agent', 'admin'];
const OWNER_OR_STAFF: readonly Role[] = ['applicant', 'agent', 'admin'];

const tags = ['demands'];
const NOT_FOUND = { 404: 'no such demand, or not yours' };
const TRANSITION_ERRORS = { ...NOT_FOUND, 409: 'not allowed in the demand’s state, or changed meanwhile' };

const callContext = (req: Request) => (req.ip ? { address: req.ip } : {});

/** The demand API (/demands): the applicant's own demand, and the agents' instruction. */
export function demandRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const demands = container.get(DEMAND.Service);

  api.route(
    router,
    {
      method: 'post',
      path: '/demands',
      summary: 'Start a demand (draft)',
      tags,
      access: OWNER,
      status: 201,
      body: DemandDataInput,
      response: DemandViewSchema,
      errors: { 409: 'the applicant already has a demand in progress (DEMAND.ALREADY_EXISTS)', 422: 'invalid data (e.g. a birth date in the future)' },
    },
    async ({ principal, body }) => demands.view(await demands.createDraft(principal, body as DemandData), principal),
  );

  // the import of a registry demand (number + birth date, then the code sent to the registry's contact)
  demandImportRoutes(api, router, container);

  api.route(
    router,
    {
      method: 'get',
      path: '/demands',
      summary: 'List demands: the applicant’s own; for agents, filtered and paged',
      tags,
      access: OWNER_OR_STAFF,
      query: DemandListQuery,
      response: DemandPageSchema,
    },
    ({ principal, query }) => {
      const { page, pageSize, status, sort, q, ...rest } = query;
      const filter: DemandListFilter = { ...rest, ...(status ? { statuses: status } : {}), ...(q ? { search: q } : {}) };
      return demands.listDemands(principal, filter, { ...(page ? { page } : {}), ...(pageSize ? { pageSize } : {}) }, sort);
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/demands/:id',
      summary: 'A demand’s full file, with its derived facts and history (reads by agents are audited)',
      tags,
      access: OWNER_OR_STAFF,
      params: DemandIdParams,
      response: DemandViewSchema,
      errors: NOT_FOUND,
    },
    async ({ principal, params, req }) => demands.view(await demands.getDemand(principal, params.id, callContext(req)), principal),
  );

  api.route(
    router,
    {
      method: 'patch',
      path: '/demands/:id',
      summary: 'Edit the demand data, section by section (an active demand stays active; changed facts are re-checked)',
      tags,
      access: OWNER_OR_STAFF,
      params: DemandIdParams,
      body: DemandDataPatchInput,
      response: DemandUpdateResponse,
      errors: { ...TRANSITION_ERRORS, 422: 'invalid data' },
    },
    async ({ principal, params, body, req }) => {
      const { record, recheck } = await demands.updateDemand(principal, params.id, body as DemandDataPatch, callContext(req));
      return { ...demands.view(record, principal), recheck };
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/submit',
      summary: 'Submit the draft for instruction',
      tags,
      access: OWNER,
      params: DemandIdParams,
      response: DemandViewSchema,
      errors: { ...TRANSITION_ERRORS, 422: 'incomplete demand (DEMAND.INCOMPLETE, per field)' },
    },
    async ({ principal, params }) => demands.view(await demands.submit(principal, params.id), principal),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/renew',
      summary: 'Renew the active demand (keeps its registration date)',
      tags,
      access: OWNER,
      params: DemandIdParams,
      response: DemandViewSchema,
      errors: TRANSITION_ERRORS,
    },
    async ({ principal, params }) => demands.view(await demands.renew(principal, params.id), principal),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/cancel',
      summary: 'Cancel the demand',
      tags,
      access: OWNER,
      params: DemandIdParams,
      body: CancelBody,
      response: DemandViewSchema,
      errors: TRANSITION_ERRORS,
    },
    async ({ principal, params, body }) => demands.view(await demands.cancel(principal, params.id, body?.reason), principal),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/documents-provided',
      summary: 'Tell the agent that the requested pieces are there',
      tags,
      access: OWNER,
      params: DemandIdParams,
      response: DemandViewSchema,
      errors: TRANSITION_ERRORS,
    },
    async ({ principal, params }) => demands.view(await demands.provideRequestedDocuments(principal, params.id), principal),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/start-instruction',
      summary: 'Open a submitted file for instruction',
      tags,
      access: STAFF,
      params: DemandIdParams,
      response: DemandViewSchema,
      errors: TRANSITION_ERRORS,
    },
    async ({ principal, params, req }) => demands.view(await demands.startInstruction(principal, params.id, callContext(req)), principal),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/validate',
      summary: 'Validate the demand: active; a new demand is registered with the registry by a queued job (registrationPending until then)',
      tags,
      access: STAFF,
      params: DemandIdParams,
      body: ValidateBody,
      response: DemandViewSchema,
      errors: {
        ...TRANSITION_ERRORS,
        409: 'not allowed in the demand’s state, changed meanwhile, or expected pieces not verified without an override (DEMAND.PIECES_NOT_VERIFIED, with the pieces missing)',
      },
    },
    async ({ principal, params, body, req }) =>
      demands.view(
        await demands.validate(
          principal,
          params.id,
          {
            ...(body?.mobilityChecked === undefined ? {} : { mobilityChecked: body.mobilityChecked }),
            ...(body?.piecesOverride ? { piecesOverride: { reason: body.piecesOverride.reason } } : {}),
          },
          callContext(req),
        ),
        principal,
      ),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/demands/:id/instruction-checklist',
      summary: 'The pieces to see verified before validating: an identity piece per adult, the tax notices of years N−2 and (when given) N−1',
      tags,
      access: STAFF,
      params: DemandIdParams,
      response: InstructionChecklistSchema,
      errors: NOT_FOUND,
    },
    async ({ principal, params }) => {
      const checklist = await demands.instructionChecklist(principal, params.id);
      return {
        onDate: checklist.onDate,
        complete: checklist.complete,
        items: checklist.items.map((i) => ({ ...i, stateLabel: CHECKLIST_STATE_LABELS[i.state] })),
      };
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/fact-checks',
      summary: 'Check (or uncheck, with a reason) a fact the applicant declared that gives points: mobility, DALO, CAL history (audited; a demand in instruction or active)',
      tags,
      access: STAFF,
      params: DemandIdParams,
      body: FactCheckBody,
      response: DemandViewSchema,
      errors: {
        ...TRANSITION_ERRORS,
        409: 'not declared (DEMAND.FACT_NOT_DECLARED), no verified supporting piece (DEMAND.SUPPORTING_PIECE_MISSING), or not allowed in the demand’s state',
        422: 'reason missing to uncheck',
      },
    },
    async ({ principal, params, body, req }) =>
      demands.view(
        await demands.checkFact(
          principal,
          params.id,
          {
            fact: body.fact,
            decision: body.decision,
            ...(body.reason ? { reason: body.reason } : {}),
            ...(body.documentId ? { documentId: body.documentId } : {}),
          },
          callContext(req),
        ),
        principal,
      ),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/request-documents',
      summary: 'Ask the applicant for pieces, with a message',
      tags,
      access: STAFF,
      params: DemandIdParams,
      body: RequestDocumentsBody,
      response: DemandViewSchema,
      errors: TRANSITION_ERRORS,
    },
    async ({ principal, params, body, req }) =>
      demands.view(
        await demands.requestDocuments(principal, params.id, { message: body.message, ...(body.documentTypes ? { documentTypes: body.documentTypes } : {}) }, callContext(req)),
        principal,
      ),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/demands/:id/reject',
      summary: 'Reject the demand with a reason (it goes back to draft for correction)',
      tags,
      access: STAFF,
      params: DemandIdParams,
      body: RejectBody,
      response: DemandViewSchema,
      errors: TRANSITION_ERRORS,
    },
    async ({ principal, params, body, req }) => demands.view(await demands.reject(principal, params.id, body.reason, callContext(req)), principal),
  );

  demandDocumentRoutes(api, router, container);
}
