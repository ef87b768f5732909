import type { IsoDate } from '../../shared/dates';
import type { Page, PageRequest } from '../../shared/pagination';
import type { Principal } from '../identity/index';
import type { ApplicantFacts as EligibilityFacts } from '../offer/index';
import type { CandidateFacts, CompanyFacts, CompanySizeClass, CriterionResult, FactValue, OfferFacts, RankingOptions, ScoreComponents, UncheckedFacts } from '../scoring/index';
import type { Candidacy, CandidacyStatus, DeclaredHistory, ElsewhereCandidacy, EligibilityOutcome, HistoryEvent, RankingTrigger, TimelineEntry } from './domain/index';

/**
 * Ports of the candidacy module. Its own persistence (candidacies, timeline, per-demand and
 * per-offer locks, notification outbox), and narrow views of the other modules it works with —
 * demand, offer, company space, scoring — implemented by this module's gateways
 * (application/gateways/*.gateway.ts) over their façades, bound by src/bootstrap/wiring/candidacy.wiring.ts,
 * so that this module never reads their tables and is unit-testable with fakes.
 */

// ——— own persistence ———

/** What the candidacy keeps of its offer when it is created (offers do not move; lists need no offer read). */
export interface OfferSnapshot {
  landlordId: string;
  communeCode: string;
  communeName: string | null;
  typology: number;
  rent: number;
  charges: number;
}

export interface CandidacyRecord extends Candidacy {
  offer: OfferSnapshot;
  /** effort rate for this offer when applying (percent, one decimal) */
  effortRateAtApplication: number | null;
}

/**
 * The competition among an offer's candidacies, as the module keeps it per offer (its lock row): a
 * version bumped by every change of the offer's candidacies (cached rankings are keyed by it), the
 * designation round, and the frozen ranking in force.
 */
export interface OfferCompetition {
  offerId: string;
  version: number;
  round: number;
  /** the revision of the ranking snapshot in force (frozen at closing, or recomputed since); null while ranked live */
  frozenRevision: number | null;
}

/** A score as stored in a snapshot: plain JSON (criteria with their facts worded). */
export interface StoredScore {
  total: number;
  components: ScoreComponents;
  criteria: CriterionResult[];
}

/** One candidacy in a ranking snapshot. */
export interface RankingSnapshotEntry {
  candidacyId: string;
  demandId: string;
  /** 1..candidacyCount for the candidacies in the running at the snapshot; null for the others */
  rank: number | null;
  /** its score then (also for a candidacy out of the running, against the candidates then); null without facts */
  score: StoredScore | null;
  /** the facts the score was computed from (null once the demand is anonymised: ERASED_FACT) */
  facts: CandidateFacts | null;
  /** the demand's registration date then (its seniority), kept after the anonymisation */
  registrationDate: IsoDate | null;
}

/** A ranking computed once (at the closing, or by an agent's recomputation) and stored. */
export interface RankingSnapshotHeader {
  offerId: string;
  /** 1 for the first snapshot of the offer, +1 at each recomputation or later closing */
  revision: number;
  referenceDate: IsoDate;
  computedAt: Date;
  trigger: RankingTrigger;
  /** the agent who recomputed it; null at closing */
  computedBy: string | null;
  /** the agent's reason of a recomputation */
  reason: string | null;
  /** the candidacies ranked (in the running then) */
  candidacyCount: number;
  /** the offer's facts and the scoring inputs (bonuses, grid) used, as stored (JSON) */
  offer: OfferFacts;
  options: RankingOptions;
}

export interface RankingSnapshot extends RankingSnapshotHeader {
  /** ranked ones by rank, then the others */
  entries: RankingSnapshotEntry[];
}

export interface CandidacyRepository {
  /** Locks the demand (a per-demand row, SELECT … FOR UPDATE) until the transaction ends: applications of one demand run one at a time. */
  lockDemand(demandId: string): Promise<void>;
  /** Locks the offer's state row (created when missing), bumps its version, and returns it. Always taken before touching the offer module's row. */
  lockOffer(offerId: string): Promise<OfferCompetition>;
  /** The offer's competition without locking (version 0, round 0 when none yet). */
  competitionOf(offerId: string): Promise<OfferCompetition>;
  setRound(offerId: string, round: number): Promise<void>;
  /** Bumps the offer's version alone (one short statement, outside the caller's locks): its cached rankings are stale. */
  touchOffer(offerId: string): Promise<void>;

  findById(id: string): Promise<CandidacyRecord | null>;
  /** The candidacy with its timeline and its offer's competition, in one read (the live view of a candidacy). */
  findWithTimeline(id: string): Promise<{ record: CandidacyRecord; timeline: TimelineEntry[]; state: OfferCompetition } | null>;
  findByDemandAndOffer(demandId: string, offerId: string): Promise<CandidacyRecord | null>;
  /**
   * An application's writes in one statement: locks the offer's state row and bumps its version (as
   * `lockOffer`), and inserts the candidacy with its first timeline entry unless the (demand, offer)
   * pair exists (ON CONFLICT DO NOTHING). Returns whether it inserted, and the offer's new state.
   */
  lockOfferAndInsert(record: CandidacyRecord, entry: TimelineEntry): Promise<{ inserted: boolean; state: OfferCompetition }>;
  /** Saves the changed state and appends the timeline entries. */
  save(record: CandidacyRecord, entries: readonly TimelineEntry[]): Promise<void>;
  countOpenForDemand(demandId: string): Promise<number>;
  listForOffer(offerId: string, statuses?: readonly CandidacyStatus[]): Promise<CandidacyRecord[]>;
  listForDemand(demandId: string, statuses?: readonly CandidacyStatus[]): Promise<CandidacyRecord[]>;
  listForApplicant(accountId: string, page: PageRequest): Promise<Page<CandidacyRecord>>;
  listForDemands(demandIds: readonly string[], page: PageRequest): Promise<Page<CandidacyRecord>>;
  timeline(candidacyId: string): Promise<TimelineEntry[]>;
  /** CAL refusals and homes declined of these demands, on any offer (scoring history), in one query. */
  historyEvents(demandIds: readonly string[]): Promise<HistoryEvent[]>;
  /** The candidacies of these demands on other offers whose outcome is pending (PENDING_OUTCOME_STATUSES), in one query. */
  pendingElsewhere(demandIds: readonly string[], exceptOfferId: string): Promise<ElsewhereCandidacy[]>;

  // ——— frozen rankings (the caller holds the offer's lock to write) ———
  /** The offer's last snapshot revision (0 when none). */
  lastSnapshotRevision(offerId: string): Promise<number>;
  /** Stores a snapshot (header and entries) and makes it the offer's ranking in force (`frozenRevision`). */
  saveSnapshot(snapshot: RankingSnapshot): Promise<void>;
  /** The ranking in force goes back to live (the offer was published again); the snapshots stay. */
  unfreeze(offerId: string): Promise<void>;
  snapshot(offerId: string, revision: number): Promise<RankingSnapshot | null>;
  /** A snapshot's header and one candidacy's entry (null when the candidacy is not in it), in one read. */
  snapshotEntry(offerId: string, revision: number, candidacyId: string): Promise<{ header: RankingSnapshotHeader; entry: RankingSnapshotEntry | null } | null>;
  /** GDPR: erases the demand's facts from every snapshot, and the facts worded in its breakdowns (ERASED_FACT); returns how many entries. */
  forgetSnapshotFacts(demandId: string): Promise<number>;
}

/** A message to an applicant (mail, SMS, push later), written in the transaction of the change. */
export interface CandidacyNotification {
  accountId: string;
  candidacyId: string;
  /** e.g. `candidacy.designated`, `candidacy.cal_refused`, `candidacy.proposal`, `candidacy.not_retained` */
  kind: string;
  payload: Record<string, unknown>;
}

export interface StoredNotification extends CandidacyNotification {
  id: number;
  createdAt: Date;
  sentAt: Date | null;
}

/** The outbox (`candidacy.notifications`); a sender delivers and marks them later (no mail adapter yet). */
export interface CandidacyNotificationOutbox {
  add(notification: CandidacyNotification): Promise<void>;
  listForAccount(accountId: string, page: PageRequest): Promise<Page<StoredNotification>>;
  /** The account's `limit` most recent notifications, newest first (equal times: the last written first); one query. */
  recentForAccount(accountId: string, limit: number): Promise<StoredNotification[]>;
  /** Deletes the account's notifications (GDPR erasure); returns how many. */
  forgetAccount(accountId: string): Promise<number>;
}

export interface CandidacySettings {
  /** how many open candidacies a demand may have at the same time (MAX_OPEN_CANDIDACIES) */
  maxOpenCandidacies: number;
  /** how long a computed ranking may be reused while nothing of the offer's candidacies changed */
  rankingCacheSeconds: number;
}

// ——— other modules, narrowly ———

/** A summary of the demand for the landlord of a transmitted candidacy (the documents are read apart, each read audited). */
export interface DemandSummary {
  registrationNumber: string | null;
  registrationDate: IsoDate | null;
  householdSize: number;
  householdCategory: number;
  dependants: number;
  monthlyResources: number;
  referenceIncome: number;
  expectedHousingBenefit: number;
  dalo: boolean;
}

/** What the candidacy module reads of a demand (the demand module's derived facts, on a date). */
export interface ApplicantFacts {
  demandId: string;
  ownerAccountId: string;
  status: string;
  applicantBirthDate: IsoDate;
  /** SNE civility (1 Mr, 2 Mrs), to word the breakdown ("née le …") */
  applicantCivility?: '1' | '2' | undefined;
  mobilityChecked: boolean;
  monthlyResources: number;
  expectedHousingBenefit: number;
  /** seniority; undefined before validation */
  registrationDate: IsoDate | undefined;
  /** the CAL history declared on the demand AND checked by an agent (a declaration nobody checked is not here) */
  declaredHistory: DeclaredHistory;
  /** declared facts nobody stands behind yet (scoring's keys: mobility, dalo, calRefusal, declinedAfterCal): 0 points, "déclaré, à vérifier" */
  uncheckedFacts?: UncheckedFacts | undefined;
  /** the facts territory grid criteria test (scoring's GRID_FACTS keys) */
  gridFacts: Record<string, FactValue>;
  summary: DemandSummary;
}

/** The candidate's name and how to reach them: only ever shown to the landlord of a transmitted candidacy. */
export interface CandidateContact {
  civility: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

/** The household as the offer module's eligibility reads it, and whether its reference income is complete (the demand module's facts). */
export interface HouseholdFacts extends EligibilityFacts {
  /** the household members whose reference income is missing: the eligibility is not decided while any is */
  referenceIncomeMissing: readonly string[];
}

export interface ApplicantFactsSource {
  /** the facts of many demands at once (one query), on a date; unknown ids are absent */
  factsFor(demandIds: readonly string[], onDate: IsoDate): Promise<Map<string, ApplicantFacts>>;
  /**
   * Applying: one demand read once, its facts and its household as the offer's eligibility reads it
   * (handed to `OfferGateway.forApplication`); null when unknown. Optional: without it, `factsFor`.
   */
  forApplication?(demandId: string, onDate: IsoDate): Promise<{ applicant: ApplicantFacts; household: HouseholdFacts } | null>;
  /** the applicants' names and contact details (the demand's, else the account's address); unknown ids are absent */
  contactsFor?(demandIds: readonly string[]): Promise<Map<string, CandidateContact>>;
}

/** The demand's lifecycle, for the consequences of a lease. */
export interface DemandLifecycle {
  /** the applicant is housed: the demand becomes satisfied (joins the caller's transaction) */
  markSatisfied(demandId: string, input: { at: Date; offerId: string; candidacyId: string }): Promise<void>;
}

/** What the candidacy module needs of an offer. */
export interface OfferInfo {
  id: string;
  landlordId: string;
  status: string;
  openForCandidacies: boolean;
  closingDate: IsoDate;
  rent: number;
  charges: number;
  communeCode: string;
  communeName: string | null;
  epciCode: string | undefined;
  typology: number;
  candidacyCount: number;
}

export interface OfferGateway {
  find(offerId: string): Promise<OfferInfo | null>;
  /** throws the offer module's not-found error unless the caller may see the offer */
  assertVisible(principal: Principal, offerId: string): Promise<void>;
  /** the household's eligibility to the offer, on today's figures */
  eligibility(demandId: string, offerId: string): Promise<EligibilityOutcome>;
  /**
   * Applying: the offer and the household's eligibility to it in one read of the offer, from the
   * household already read (`ApplicantFactsSource.forApplication`); null when no such offer.
   * Optional: without it, `find` and `eligibility` are used.
   */
  forApplication?(household: HouseholdFacts, offerId: string): Promise<{ offer: OfferInfo; eligibility: EligibilityOutcome } | null>;
  /** eligibility of many demands to one offer (back-office ranking page) */
  eligibilityMany(demandIds: readonly string[], offerId: string): Promise<Map<string, EligibilityOutcome>>;
  /**
   * +1 on application, −1 when a candidacy leaves the running; joins the caller's transaction.
   * Answers the offer after the change, its row locked until the transaction ends.
   */
  adjustCandidacyCount(offerId: string, delta: number): Promise<OfferInfo>;
  designate(offerId: string, input: { candidateCount: number; by: string }): Promise<void>;
  transmit(offerId: string, input: { by: string }): Promise<void>;
  /** `onBehalfOf`: the landlord an agent recorded the lease for (the offer's history says so) */
  allocate(offerId: string, input: { by: string; onBehalfOf?: string | undefined }): Promise<void>;
  republish(offerId: string, input: { closingDate: IsoDate; reason?: string | undefined; by: string }): Promise<void>;
}

/** The employers of many demands at once (company space), on a date. */
export interface CompanyFactsSource {
  factsFor(demandIds: readonly string[], onDate: IsoDate): Promise<Map<string, CompanyFacts>>;
}

/** The scoring module's inputs and its allocation record. */
export interface ScoringInputs {
  /** `fresh: false`: may be a few seconds old (an applicant's live view); otherwise read now */
  rankingOptions(input: { epciCode: string | undefined; referenceDate: IsoDate; fresh?: boolean }): Promise<RankingOptions>;
  recordAllocation(input: { offerId: string; demandId: string; sizeClass: CompanySizeClass | null; at: Date }): Promise<void>;
}
