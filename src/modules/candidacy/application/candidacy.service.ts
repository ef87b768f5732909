import type { IsoDate } from '../../../shared/dates';
import type { Principal } from '../../identity/index';
import { acceptHomeProposal } from './accept-home-proposal';
import { applyToOffer, type ApplyInput } from './apply-to-offer';
import type { CandidacyDeps } from './candidacy.deps';
import { closeCandidaciesOfStruckOffDemand } from './close-candidacies-of-struck-off-demand';
import { closeCandidaciesOfWithdrawnOffer } from './close-candidacies-of-withdrawn-offer';
import { declineHomeProposal } from './decline-home-proposal';
import { designateCandidates, type DesignationInput } from './designate-candidates';
import { exportOwnCandidacies } from './export-own-candidacies';
import { forgetNotifications } from './forget-notifications';
import { freezeRankingAtClosing } from './freeze-ranking-at-closing';
import { candidacyView, getCandidacy } from './get-candidacy';
import { offerRanking } from './get-offer-ranking';
import { openCandidaciesOf } from './get-open-candidacies';
import { isTransmittedToLandlord } from './is-transmitted-to-landlord';
import { candidacyStatusesOf } from './list-candidacy-statuses';
import { designatedForLandlord } from './list-designated-candidates';
import { listNotifications } from './list-notifications';
import { offerCandidacies } from './list-offer-candidacies';
import { listOwnCandidacies } from './list-own-candidacies';
import { recentOwnNotifications } from './list-recent-notifications';
import { prepareErasure } from './prepare-erasure';
import { liveRanking, type OfferRanking } from './ranking';
import { recomputeFrozenRanking } from './recompute-frozen-ranking';
import { recordCalDecisionFor, type CalDecisionInput } from './record-cal-decision';
import { recordLeaseFor } from './record-lease';
import { recordProposalOutcomeFor, type ProposalOutcomeInput } from './record-proposal-outcome';
import { republishOffer } from './republish-offer';
import { transmitDesignated } from './transmit-designated';
import type { CandidacyView, Paging } from './views';
import { withdrawCandidacy } from './withdraw-candidacy';

/** The candidacy module's façade: one method per use case or query. */
export class CandidacyService {
  constructor(private readonly deps: CandidacyDeps) {}

  // applicant
  apply = (p: Principal, input: ApplyInput) => applyToOffer(this.deps, p, input);
  /**
   * Applies and returns the view of the candidacy (POST /candidacies). A new candidacy's view is
   * built from what the application already holds (its record, first timeline entry, the offer
   * read under lock and the offer's new version), ranked incrementally against the cached ranking
   * of the offer (only the newcomer's facts are read) instead of reading everything again.
   */
  applyWithView = async (p: Principal, input: ApplyInput): Promise<{ created: boolean; view: CandidacyView }> => {
    const r = await applyToOffer(this.deps, p, input);
    if (!r.created || !r.offer || !r.state || !r.timeline) return { created: r.created, view: await getCandidacy(this.deps, p, r.record.id) };
    return { created: true, view: candidacyView(r.record, r.timeline, await liveRanking(this.deps, r.offer, r.state)) };
  };
  listOwn = (p: Principal, paging: Paging = {}) => listOwnCandidacies(this.deps, p, paging);
  /** the demand's open candidacies and the cap (said before an application hits it) */
  openCandidacies = (p: Principal, demandId: string) => openCandidaciesOf(this.deps, p, demandId);
  get = (p: Principal, candidacyId: string) => getCandidacy(this.deps, p, candidacyId);
  withdraw = (p: Principal, candidacyId: string, reason?: string) => withdrawCandidacy(this.deps, p, candidacyId, reason);
  acceptProposal = (p: Principal, candidacyId: string) => acceptHomeProposal(this.deps, p, candidacyId);
  declineProposal = (p: Principal, candidacyId: string, reason?: string) => declineHomeProposal(this.deps, p, candidacyId, reason);
  notifications = (p: Principal, paging: Paging = {}) => listNotifications(this.deps, p, paging);

  // offers
  offerCandidacies = (p: Principal, offerId: string, paging: Paging = {}) => offerCandidacies(this.deps, p, offerId, paging);
  /** the whole ranking, or one page of it with `page`/`pageSize` */
  ranking = (p: Principal, offerId: string, options: { withEligibility?: boolean; page?: number | undefined; pageSize?: number | undefined } = {}) =>
    offerRanking(this.deps, p, offerId, options);
  designate = (p: Principal, offerId: string, input: DesignationInput) => designateCandidates(this.deps, p, offerId, input);
  /** An agent recomputes the ranking frozen at the closing, before designating, with a reason (audited). */
  recomputeRanking = (p: Principal, offerId: string, input: { reason?: string | undefined }) => recomputeFrozenRanking(this.deps, p, offerId, input);
  transmit = (p: Principal, offerId: string) => transmitDesignated(this.deps, p, offerId);
  republish = (p: Principal, offerId: string, input: { closingDate: IsoDate; reason?: string | undefined }) => republishOffer(this.deps, p, offerId, input);

  // landlord
  designated = (p: Principal, offerId: string, address?: string) => designatedForLandlord(this.deps, p, offerId, address);
  calDecision = (p: Principal, candidacyId: string, input: CalDecisionInput) => recordCalDecisionFor(this.deps, p, candidacyId, input);
  lease = (p: Principal, candidacyId: string) => recordLeaseFor(this.deps, p, candidacyId);
  /** The proposal's outcome as the landlord reports it (or an agent on its behalf): accepted or declined by the candidate. */
  proposalOutcome = (p: Principal, candidacyId: string, input: ProposalOutcomeInput) => recordProposalOutcomeFor(this.deps, p, candidacyId, input);

  // GDPR: the applicant's export and erasure
  exportOwn = (p: Principal) => exportOwnCandidacies(this.deps, p);
  /** The applicant's own most recent notifications (at most `limit`, newest first): one query. */
  recentNotifications = (p: Principal, limit: number) => recentOwnNotifications(this.deps, p, limit);
  /** Refuses while a candidacy is at a landlord; withdraws the open ones. */
  prepareErasure = (p: Principal) => prepareErasure(this.deps, p);
  forgetNotifications = (accountId: string) => forgetNotifications(this.deps, accountId);
  /** GDPR: the demand was anonymised — its facts are erased from the frozen rankings (ranks and points stay); joins the caller's transaction. */
  forgetRankingFactsOfDemand = (demandId: string): Promise<number> => this.deps.candidacies.forgetSnapshotFacts(demandId);

  // for other modules and the wiring
  /** The offer closed (`offer.changed` to `closed`, once committed): its ranking is computed once and stored (idempotent). */
  freezeRankingAtClosing = (offerId: string): Promise<boolean> => freezeRankingAtClosing(this.deps, offerId);
  /** The offer was withdrawn: its open candidacies end (job `candidacy.offer-withdrawn`). */
  closeCandidaciesOfWithdrawnOffer = (offerId: string, input: { reason?: string | undefined } = {}) => closeCandidaciesOfWithdrawnOffer(this.deps, offerId, input);
  /** The registry struck the demand off: its open candidacies end (job `candidacy.demand-struck-off`). */
  closeCandidaciesOfStruckOffDemand = (demandId: string, input: { reason?: string | undefined } = {}) => closeCandidaciesOfStruckOffDemand(this.deps, demandId, input);
  /** Whether a candidacy of the demand was transmitted to this landlord (its documents may then be read); no access check. */
  isTransmittedToLandlord = (demandId: string, landlordId: string): Promise<boolean> => isTransmittedToLandlord(this.deps, demandId, landlordId);
  /** The status of some demands' candidacies (company space: its employees); no access check. */
  statusesOfDemands = (demandIds: readonly string[], paging: Paging) => candidacyStatusesOf(this.deps, demandIds, paging);
  /** Drops every cached ranking (the scoring's bonuses or grids changed). */
  forgetRankings = (): void => this.deps.cache.clear();
  /** Drops the cached ranking of an offer (the offer itself changed: its status, its closing date). */
  forgetRankingsOfOffer = (offerId: string): void => this.deps.cache.invalidate(offerId);
  /** Drops the cached rankings where a demand is a candidate (its facts changed). */
  forgetRankingsOfDemand = (demandId: string): void => this.deps.cache.forgetWhere((ranking) => (ranking as OfferRanking).applicantFacts.has(demandId));
}
