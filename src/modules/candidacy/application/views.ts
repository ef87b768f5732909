import type { IsoDate } from '../../../shared/dates';
import { plainCriterion, type CriterionResult, type ScoreComponents, type ScoredCandidate } from '../../scoring/index';
import {
  allowedCandidacyActions,
  isTransmittedToLandlord,
  STATUS_LABELS,
  type CandidacyActions,
  type CandidacyStatus,
  type EligibilityOutcome,
  type RankingActions,
  type RankingTrigger,
  type TimelineEntry,
} from '../domain/index';
import type { CandidacyRecord, CandidateContact, DemandSummary } from '../ports';

/** A score as shown: the total, the four components and every criterion with the fact it was computed from. */
/** The page a list asks for (the first, of the default size, when not said). */
export type Paging = { page?: number | undefined; pageSize?: number | undefined };

export interface ScoreView {
  total: number;
  components: { als: number; company: number; territory: number; territoryEstablished: boolean; balancing: number; alsClampedFrom?: number };
  criteria: CriterionResult[];
}

/**
 * Marks a view as shared between requests: frozen through and through, so that nothing changes it
 * after it is built, and the HTTP adapter may then serialise it once for every request that gets
 * the same object.
 */
export function sharedView<T extends object>(view: T): T {
  const freeze = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value) || value instanceof Date) return;
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  };
  freeze(view);
  return view;
}

export function scoreView(s: Pick<ScoredCandidate, 'total' | 'components' | 'criteria'>): ScoreView {
  const c: ScoreComponents = s.components;
  return {
    total: s.total,
    components: {
      als: c.als.points,
      company: c.company.points,
      territory: c.territory.points,
      territoryEstablished: c.territory.established,
      balancing: c.balancing.points,
      ...(c.als.clampedFrom !== undefined ? { alsClampedFrom: c.als.clampedFrom } : {}),
    },
    criteria: s.criteria.map(plainCriterion),
  };
}

export interface TimelineView {
  action: string;
  from: CandidacyStatus | null;
  to: CandidacyStatus;
  label: string;
  at: Date;
  reason?: string;
}

export const timelineView = (entries: readonly TimelineEntry[]): TimelineView[] =>
  entries.map((e) => ({ action: e.action, from: e.from, to: e.to, label: STATUS_LABELS[e.to], at: e.at, ...(e.reason ? { reason: e.reason } : {}) }));

export interface OfferBrief {
  communeCode: string;
  communeName: string | null;
  typology: number;
  rent: number;
  charges: number;
}

/** A line of a list of candidacies (the applicant's own list). */
export interface CandidacySummaryView {
  id: string;
  demandId: string;
  offerId: string;
  status: CandidacyStatus;
  statusLabel: string;
  /** the landlord received it (transmitted, or any later state) */
  transmittedToLandlord: boolean;
  /** the landlord's next steps the state allows (for the landlord, or an agent on its behalf) */
  actions: CandidacyActions;
  submittedAt: Date;
  statusChangedAt: Date;
  offer: OfferBrief;
}

export const offerBrief = (r: CandidacyRecord): OfferBrief => ({
  communeCode: r.offer.communeCode,
  communeName: r.offer.communeName,
  typology: r.offer.typology,
  rent: r.offer.rent,
  charges: r.offer.charges,
});

export const summaryView = (r: CandidacyRecord): CandidacySummaryView => ({
  id: r.id,
  demandId: r.demandId,
  offerId: r.offerId,
  status: r.status,
  statusLabel: STATUS_LABELS[r.status],
  transmittedToLandlord: isTransmittedToLandlord(r.status),
  actions: allowedCandidacyActions(r.status),
  submittedAt: r.submittedAt,
  statusChangedAt: r.statusChangedAt,
  offer: offerBrief(r),
});

/** The owner's (or an agent's) view of one candidacy: status, live rank among the current candidates, count, own score, timeline. */
export interface CandidacyView extends CandidacySummaryView {
  /** 1..candidacyCount while in the running; null once out of it */
  rank: number | null;
  candidacyCount: number;
  referenceDate: IsoDate;
  /** the candidacy's own score and breakdown (never other candidates') */
  score: ScoreView | null;
  calRank: number | null;
  calReason: string | null;
  timeline: TimelineView[];
  /** once the offer closed: the final rank, from the ranking frozen at its closing */
  frozenRanking?: FinalRankView;
}

/** The applicant's final rank, read from the ranking frozen at the offer's closing. */
export interface FinalRankView {
  /** the rank in the frozen ranking (kept whatever became of the candidacy since); null when it was not ranked */
  finalRank: number | null;
  candidacyCount: number;
  referenceDate: IsoDate;
  frozenAt: Date;
  revision: number;
  /** in French, e.g. « Classement arrêté à la clôture de l’offre (faits au 05/03/2026) : rang final 2 sur 3. » */
  notice: string;
}

/** What the agents' ranking says of the snapshot it was read from. */
export interface FrozenRankingView {
  revision: number;
  trigger: RankingTrigger;
  computedAt: Date;
  /** the agent's reason of a recomputation */
  reason: string | null;
  /** in French, e.g. « Classement arrêté à la clôture de l’offre le 05/03/2026 à 11:00 (faits au 05/03/2026). » */
  notice: string;
}

/** Another offer where the candidate is designated or transmitted, its outcome pending. */
export interface ElsewhereView {
  candidacyId: string;
  offerId: string;
  status: CandidacyStatus;
  statusLabel: string;
  statusChangedAt: Date;
  offer: { communeCode: string; communeName: string | null; typology: number };
}

/** A line of the agents' ranking of an offer. */
export interface RankingEntryView {
  rank: number;
  candidacyId: string;
  demandId: string;
  status: CandidacyStatus;
  statusLabel: string;
  /** the agent may designate this candidate (once the offer is closed: see the ranking's `actions.designate`) */
  designable: boolean;
  submittedAt: Date;
  registrationDate: IsoDate;
  score: ScoreView;
  eligibility?: EligibilityOutcome;
  /** present when the candidate is designated or transmitted on other offers, their outcome pending */
  designatedElsewhere?: ElsewhereView[];
  /** the French flag of the same, e.g. « Déjà désigné(e) sur une autre offre, issue en attente : T3 à Lyon (Transmise au bailleur) » */
  designatedElsewhereNotice?: string;
}

export interface OfferRankingView {
  offerId: string;
  offerStatus: string;
  referenceDate: IsoDate;
  /** every candidate in the running (the items may be one page of them) */
  candidacyCount: number;
  round: number;
  /** what an agent may do with the ranking now */
  actions: RankingActions;
  /** once the offer closed: the snapshot the ranking was read from (absent while ranked live) */
  frozen?: FrozenRankingView;
  /** when paged (the API): the page of `items` */
  page?: number;
  pageSize?: number;
  items: RankingEntryView[];
  /** candidacies out of the running (withdrawn, refused, declined, not retained) */
  others: CandidacySummaryView[];
}

/** A candidate transmitted to the landlord: the total at designation and a summary of the demand. */
export interface DesignatedCandidateView {
  candidacyId: string;
  demandId: string;
  status: CandidacyStatus;
  statusLabel: string;
  rankAtDesignation: number | null;
  totalAtDesignation: number | null;
  calRank: number | null;
  calReason: string | null;
  /** the demand's summary with the candidate's name and contact details */
  demand: (DemandSummary & { candidate: CandidateContact | null }) | null;
}
