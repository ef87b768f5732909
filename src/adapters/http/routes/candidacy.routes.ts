import type { Router } from 'express';
import type { Container } from 'inversify';
import { CANDIDACY, STATUS_LABELS, type CandidacyRecord } from '../../../modules/candidacy/index';
import type { Role } from '../../../modules/identity/index';
import type { ApiDefinition } from '../openapi';
import {
  ApplyBody,
  CalDecisionBody,
  CandidacyPageSchema,
  CandidacyViewSchema,
  DesignatedSchema,
  DesignationBody,
  DesignationResultSchema,
  IdParams,
  LandlordCandidacySchema,
  NotificationPageSchema,
  OfferCandidaciesSchema,
  OwnCandidaciesQuery,
  PageQuery,
  RankingSchema,
  ReasonBody,
  RecomputationBody,
  RecomputationResultSchema,
  RepublishBody,
  RepublishResultSchema,
  TransmissionResultSchema,
  ProposalOutcomeBody,
} from './candidacy.schemas';

const APPLICANT: readonly Role[] = ['applicant'];
const STAFF: readonly Role[] = ['agent', 'admin'];
const OWNER_OR_STAFF: readonly Role[] = ['applicant', 'agent', 'admin'];
const LANDLORD: readonly Role[] = ['landlord_user', 'landlord_client'];

const NOT_FOUND = { 404: 'no such candidacy, or not yours' };
const TRANSITION = { ...NOT_FOUND, 409: 'not allowed in the candidacy’s state (CANDIDACY.INVALID_TRANSITION)' };
const OFFER_NOT_FOUND = { 404: 'no such offer, or not visible to the caller' };

const landlordView = (r: CandidacyRecord) => ({
  id: r.id,
  offerId: r.offerId,
  demandId: r.demandId,
  status: r.status,
  statusLabel: STATUS_LABELS[r.status],
  calRank: r.calRank,
  calReason: r.calReason,
  statusChangedAt: r.statusChangedAt,
});

/** The candidacy API: /candidacies (applicants, landlords) and the candidacies of an offer (/offers/{id}/…). */
export function candidacyRoutes(api: ApiDefinition, router: Router, container: Container): void {
  const candidacies = container.get(CANDIDACY.Service);
  const tags = ['candidacies'];

  api.route(
    router,
    {
      method: 'post',
      path: '/candidacies',
      summary: 'Apply with one’s active demand to a published offer. Idempotent: applying again returns the same candidacy (200 instead of 201)',
      tags,
      access: APPLICANT,
      status: 201,
      alsoStatus: { 200: 'applied already: the same candidacy' },
      body: ApplyBody,
      response: CandidacyViewSchema,
      errors: {
        404: 'no such demand (or not yours), or offer not visible',
        409: 'demand not active, offer closed, or too many open candidacies (CANDIDACY.TOO_MANY_OPEN)',
        422: 'the household does not fit the offer: reasons in details (CANDIDACY.NOT_ELIGIBLE)',
      },
    },
    async ({ principal, body, res }) => {
      const { view, created } = await candidacies.applyWithView(principal, body);
      res.setHeader('Location', `/api/v1/candidacies/${view.id}`);
      res.status(created ? 201 : 200).json(view);
      return undefined;
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/candidacies',
      summary:
        'The applicant’s own candidacies, newest first; with demandId (one of theirs), also its open candidacies and the cap (openCandidacies), to say the limit before it is hit',
      tags,
      access: APPLICANT,
      query: OwnCandidaciesQuery,
      response: CandidacyPageSchema,
      errors: { 404: 'demandId: no such demand, or not yours' },
    },
    async ({ principal, query }) => {
      const page = await candidacies.listOwn(principal, { page: query.page, pageSize: query.pageSize });
      return query.demandId ? { ...page, openCandidacies: await candidacies.openCandidacies(principal, query.demandId) } : page;
    },
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/candidacies/notifications',
      summary: 'What changed in the applicant’s candidacies (designated, transmitted, CAL decision, proposal, not retained), newest first',
      tags,
      access: APPLICANT,
      query: PageQuery,
      response: NotificationPageSchema,
    },
    ({ principal, query }) => candidacies.notifications(principal, query),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/candidacies/:id',
      summary:
        'A candidacy: status, rank among the offer’s candidates (live while the offer is open; the final rank of the ranking frozen at its closing afterwards, `frozenRanking`), number of candidacies, own score criterion by criterion, dated timeline',
      tags,
      access: OWNER_OR_STAFF,
      params: IdParams,
      response: CandidacyViewSchema,
      errors: NOT_FOUND,
    },
    ({ principal, params }) => candidacies.get(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/candidacies/:id/withdraw',
      summary: 'Withdraw the candidacy (before it is transmitted to the landlord)',
      tags,
      access: APPLICANT,
      params: IdParams,
      body: ReasonBody,
      response: CandidacyViewSchema,
      errors: TRANSITION,
    },
    async ({ principal, params, body }) => {
      await candidacies.withdraw(principal, params.id, body?.reason);
      return candidacies.get(principal, params.id);
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/candidacies/:id/accept-proposal',
      summary: 'Accept the home proposed after the CAL (in the CAL’s rank order)',
      tags,
      access: APPLICANT,
      params: IdParams,
      response: CandidacyViewSchema,
      errors: { ...TRANSITION, 409: 'not in cal_accepted, or a better CAL rank holds the proposal (CANDIDACY.PROPOSAL_NOT_YOUR_TURN)' },
    },
    async ({ principal, params }) => {
      await candidacies.acceptProposal(principal, params.id);
      return candidacies.get(principal, params.id);
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/candidacies/:id/decline-proposal',
      summary: 'Decline the home after the CAL accepted (−40 on later offers for 12 months)',
      tags,
      access: APPLICANT,
      params: IdParams,
      body: ReasonBody,
      response: CandidacyViewSchema,
      errors: TRANSITION,
    },
    async ({ principal, params, body }) => {
      await candidacies.declineProposal(principal, params.id, body?.reason);
      return candidacies.get(principal, params.id);
    },
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/candidacies/:id/cal-decision',
      summary: 'Record the CAL’s decision on a candidacy transmitted to the landlord: accepted (calRank 1–3), refused (reason required), postponed',
      tags,
      access: LANDLORD,
      params: IdParams,
      body: CalDecisionBody,
      response: LandlordCandidacySchema,
      errors: { 404: 'no such candidacy transmitted to your landlord', 409: 'not awaiting a CAL decision, or CAL rank already given', 422: 'calRank or reason missing' },
    },
    async ({ principal, params, body }) => landlordView(await candidacies.calDecision(principal, params.id, body)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/candidacies/:id/lease',
      summary: 'Record the signed lease: offer allocated (flux), demand satisfied, allocation recorded for the balancing statistics, other candidates not retained',
      tags,
      access: LANDLORD,
      params: IdParams,
      response: LandlordCandidacySchema,
      errors: { 404: 'no such candidacy transmitted to your landlord', 409: 'the proposal was not accepted' },
    },
    async ({ principal, params }) => landlordView(await candidacies.lease(principal, params.id)),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/candidacies/:id/proposal-outcome',
      summary:
        'Record the candidate’s answer to the home proposed after the CAL, as they gave it to the landlord (mail, phone): accepted or declined, under the applicant’s own rules (the CAL’s rank order; declining counts against later offers)',
      tags,
      access: LANDLORD,
      params: IdParams,
      body: ProposalOutcomeBody,
      response: LandlordCandidacySchema,
      errors: { 404: 'no such candidacy transmitted to your landlord', 409: 'not accepted by the CAL, or a better CAL rank holds the proposal (CANDIDACY.PROPOSAL_NOT_YOUR_TURN)' },
    },
    async ({ principal, params, body }) => landlordView(await candidacies.proposalOutcome(principal, params.id, body)),
  );

  // ——— the candidacies of an offer ———
  const offerTags = ['offers', 'candidacies'];

  api.route(
    router,
    {
      method: 'get',
      path: '/offers/:id/candidacies',
      summary: 'How many candidacies the offer has (anyone who may see it); agents also get the list in ranking order',
      tags: offerTags,
      access: 'authenticated',
      params: IdParams,
      query: PageQuery,
      response: OfferCandidaciesSchema,
      errors: OFFER_NOT_FOUND,
    },
    ({ principal, params, query }) => candidacies.offerCandidacies(principal, params.id, query),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/offers/:id/ranking',
      summary:
        'The candidates with rank, total and breakdown (agents): computed now while the offer is open (facts at most 2 s old), the ranking frozen at its closing afterwards (`frozen`); all of them, or one page with page/pageSize (50 by default); candidacyCount counts them all; candidates designated or transmitted on another offer, outcome pending, are flagged (`designatedElsewhere`)',
      tags: offerTags,
      access: STAFF,
      params: IdParams,
      query: PageQuery,
      response: RankingSchema,
      errors: OFFER_NOT_FOUND,
    },
    ({ principal, params, query }) => candidacies.ranking(principal, params.id, { page: query.page, pageSize: query.pageSize }),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/ranking/recomputation',
      summary:
        'Recompute the ranking frozen at the closing from the facts as they are now (same reference date), before designating, with a reason (audited): to take a corrected fact into account',
      tags: offerTags,
      access: STAFF,
      params: IdParams,
      body: RecomputationBody,
      response: RecomputationResultSchema,
      errors: {
        ...OFFER_NOT_FOUND,
        409: 'offer not closed, or candidates already designated (CANDIDACY.RANKING_NOT_RECOMPUTABLE)',
        422: 'reason missing or too short (CANDIDACY.RECOMPUTE_REASON_REQUIRED)',
      },
    },
    ({ principal, params, body }) => candidacies.recomputeRanking(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/designation',
      summary:
        'Designate 1 to 3 candidates of the closed offer to its landlord, from the ranking frozen at its closing; out of rank order only with a justification, and a candidate designated or transmitted on another offer (outcome pending) only with elsewhereJustification (both kept in the audit trail)',
      tags: offerTags,
      access: STAFF,
      params: IdParams,
      body: DesignationBody,
      response: DesignationResultSchema,
      errors: {
        ...OFFER_NOT_FOUND,
        409: 'offer not closed, or the candidacies changed meanwhile',
        422: 'count, unknown candidacies, justification missing (CANDIDACY.JUSTIFICATION_REQUIRED), or elsewhereJustification missing (CANDIDACY.DESIGNATED_ELSEWHERE)',
      },
    },
    ({ principal, params, body }) => candidacies.designate(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/transmission',
      summary: 'Send the designated candidates’ files to the landlord (agents)',
      tags: offerTags,
      access: STAFF,
      params: IdParams,
      response: TransmissionResultSchema,
      errors: { ...OFFER_NOT_FOUND, 409: 'nothing designated, or offer not designated' },
    },
    ({ principal, params }) => candidacies.transmit(principal, params.id),
  );

  api.route(
    router,
    {
      method: 'post',
      path: '/offers/:id/republish',
      summary: 'Publish the offer again when every designated candidate fell through, with a new closing date (agents)',
      tags: offerTags,
      access: STAFF,
      params: IdParams,
      body: RepublishBody,
      response: RepublishResultSchema,
      errors: { ...OFFER_NOT_FOUND, 409: 'designated candidates are still in the running', 422: 'closing date in the past' },
    },
    ({ principal, params, body }) => candidacies.republish(principal, params.id, body),
  );

  api.route(
    router,
    {
      method: 'get',
      path: '/offers/:id/designated',
      summary: 'The candidates transmitted to the landlord on its own offer: totals at designation and a demand summary (each read audited)',
      tags: offerTags,
      access: LANDLORD,
      params: IdParams,
      response: DesignatedSchema,
      errors: OFFER_NOT_FOUND,
    },
    ({ principal, params, req }) => candidacies.designated(principal, params.id, req.ip),
  );
}
