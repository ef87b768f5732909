import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { acceptHomeProposal, declineHomeProposal, withdrawCandidacy } from './applicant-actions';
import { designateCandidates, republishOffer, transmitDesignated, type DesignationInput } from './agent-actions';
import { applyToOffer, type ApplyInput } from './apply';
import type { CandidacyDeps } from './candidacy.deps';
import type { OfferRanking } from './ranking';
import { recordCalDecisionFor, recordLeaseFor, type CalDecisionInput } from './landlord-actions';
import {
  candidacyStatusesOf, designatedForLandlord, getCandidacy, listNotifications, listOwnCandidacies, offerCandidacies, offerRanking,
} from './queries';

type Paging = { page?: number | undefined; pageSize?: number | undefined };

/** The candidacy module's façade: one method per use case or query. */
export class CandidacyService {
  constructor(private readonly deps: CandidacyDeps) {}

  // applicant
  apply = (p: Principal, input: ApplyInput) => applyToOffer(this.deps, p, input);
  listOwn = (p: Principal, paging: Paging = {}) => listOwnCandidacies(this.deps, p, paging);
  get = (p: Principal, candidacyId: string) => getCandidacy(this.deps, p, candidacyId);
  withdraw = (p: Principal, candidacyId: string, reason?: string) => withdrawCandidacy(this.deps, p, candidacyId, reason);
  acceptProposal = (p: Principal, candidacyId: string) => acceptHomeProposal(this.deps, p, candidacyId);
  declineProposal = (p: Principal, candidacyId: string, reason?: string) => declineHomeProposal(this.deps, p, candidacyId, reason);
  notifications = (p: Principal, paging: Paging = {}) => listNotifications(this.deps, p, paging);

  // offers
  offerCandidacies = (p: Principal, offerId: string, paging: Paging = {}) => offerCandidacies(this.deps, p, offerId, paging);
  ranking = (p: Principal, offerId: string, options: { withEligibility?: boolean } = {}) => offerRanking(this.deps, p, offerId, options);
  designate = (p: Principal, offerId: string, input: DesignationInput) => designateCandidates(this.deps, p, offerId, input);
  transmit = (p: Principal, offerId: string) => transmitDesignated(this.deps, p, offerId);
  republish = (p: Principal, offerId: string, input: { closingDate: IsoDate; reason?: string | undefined }) => republishOffer(this.deps, p, offerId, input);

  // landlord
  designated = (p: Principal, offerId: string, address?: string) => designatedForLandlord(this.deps, p, offerId, address);
  calDecision = (p: Principal, candidacyId: string, input: CalDecisionInput) => recordCalDecisionFor(this.deps, p, candidacyId, input);
  lease = (p: Principal, candidacyId: string) => recordLeaseFor(this.deps, p, candidacyId);

  // for other modules and the wiring
  /** The status of some demands' candidacies (company space: its employees); no access check. */
  statusesOfDemands = (demandIds: readonly string[], paging: Paging) => candidacyStatusesOf(this.deps, demandIds, paging);
  /** Drops every cached ranking (the scoring's bonuses or grids changed). */
  forgetRankings = (): void => this.deps.cache.clear();
  /** Drops the cached rankings where a demand is a candidate (its facts changed). */
  forgetRankingsOfDemand = (demandId: string): void =>
    this.deps.cache.forgetWhere((ranking) => (ranking as OfferRanking).applicantFacts.has(demandId));
}
