import { candidacyErrors } from '../candidacy.errors';
import type { IsoDate } from '../../../shared/dates';
import { STATUS_LABELS, type CandidacyStatus } from './candidacy';

/**
 * Rankings frozen at closing (issue 15, item 5). While an offer is open its ranking is live: it is
 * computed against the current candidates and facts. When it closes, the ranking is computed once
 * from the facts as of the closing and stored (ranks, totals, breakdowns, the facts used): the
 * designation, the transmission and every view afterwards use that snapshot, so that a fact changed
 * after the closing (a tranche granted, an employment validated, a demand edited) moves nobody. An
 * agent may recompute it before designating, with a reason (audited), to take a corrected fact into
 * account. A republished offer is ranked live again until it closes again (a new snapshot).
 */

/** Why a snapshot was taken. */
export type RankingTrigger = 'closing' | 'recomputation';

/** The offer states (as the candidacy module reads them: a published offer past its closing date is `closed`) ranked from a snapshot. */
export const FROZEN_RANKING_OFFER_STATUSES: readonly string[] = ['closed', 'designated', 'transmitted', 'allocated'];

/** Whether the offer's ranking is the snapshot taken at its closing (else it is ranked live: open, or never ranked). */
export function isRankingFrozen(offer: { status: string; openForCandidacies: boolean }): boolean {
  return !offer.openForCandidacies && FROZEN_RANKING_OFFER_STATUSES.includes(offer.status);
}

/**
 * GDPR: once a demand is anonymised (retention over, or the account erased), its facts are erased
 * from the snapshots and the facts worded in its breakdowns read this instead; ranks, points and
 * the registration date (seniority) stay, so the rankings still read as they were decided.
 */
export const ERASED_FACT = 'donnée effacée (demande anonymisée)';

export const RECOMPUTE_REASON_MIN = 10;
export const RECOMPUTE_REASON_MAX = 1000;

/** The reason of an agent's recomputation: required, 10 to 1,000 characters. */
export function requireRecomputeReason(reason: string | undefined): string {
  const text = reason?.trim() ?? '';
  if (text.length < RECOMPUTE_REASON_MIN || text.length > RECOMPUTE_REASON_MAX) {
    throw candidacyErrors.recomputeReasonRequired({ tooLong: text.length > RECOMPUTE_REASON_MAX, min: RECOMPUTE_REASON_MIN, max: RECOMPUTE_REASON_MAX });
  }
  return text;
}

/** A frozen ranking may be recomputed only while the offer is closed and nobody is designated yet (the state in which candidates are designated). */
export function isRecomputable(offerStatus: string): boolean {
  return offerStatus === 'closed';
}

/** Throws unless the ranking may be recomputed (see `isRecomputable`). */
export function assertRecomputable(offerStatus: string): void {
  if (!isRecomputable(offerStatus)) {
    throw candidacyErrors.rankingNotRecomputable(offerStatus);
  }
}

const frDate = (iso: IsoDate): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * What the applicant reads of their final rank, in French: the rank in the ranking frozen at the
 * closing, and whether other candidates were designated meanwhile.
 */
export function finalRankNotice(input: {
  finalRank: number | null;
  candidacyCount: number;
  referenceDate: IsoDate;
  status: CandidacyStatus;
  /** the offer's last designation round, and the candidacy's own (null when never designated) */
  offerRound: number;
  designationRound: number | null;
}): string {
  const frozen = `Classement arrêté à la clôture de l’offre (faits au ${frDate(input.referenceDate)})`;
  if (input.finalRank === null) return `${frozen} : votre candidature n’y figure pas.`;
  const rank = `rang final ${input.finalRank} sur ${input.candidacyCount}`;
  const othersDesignated = input.status === 'submitted' && input.offerRound > 0 && input.designationRound !== input.offerRound;
  if (othersDesignated) return `${frozen} : ${rank}. D’autres candidats ont été désignés au bailleur ; votre candidature reste en attente au cas où aucun d’eux ne serait retenu.`;
  return `${frozen} : ${rank}.`;
}

const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What agents read of the snapshot a ranking was read from, in French. */
export function frozenRankingNotice(input: { trigger: RankingTrigger; computedAt: Date; referenceDate: IsoDate; revision: number; reason: string | null }): string {
  const part = (type: string) => PARIS_TIME.formatToParts(input.computedAt).find((p) => p.type === type)?.value ?? '';
  const at = `le ${part('day')}/${part('month')}/${part('year')} à ${part('hour')}:${part('minute')}`;
  if (input.trigger === 'closing') return `Classement arrêté à la clôture de l’offre ${at} (faits au ${frDate(input.referenceDate)}).`;
  return `Classement recalculé par un collaborateur ${at} (révision n° ${input.revision}, faits au ${frDate(input.referenceDate)}) : « ${input.reason ?? ''} ».`;
}

// ——— one candidate, several offers (issue 15, item 7) ———

/** A candidacy whose outcome is pending once designated: designated, transmitted, or at the CAL or proposal stage. */
export const PENDING_OUTCOME_STATUSES: readonly CandidacyStatus[] = ['designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted'];

export const isPendingOutcome = (s: CandidacyStatus): boolean => PENDING_OUTCOME_STATUSES.includes(s);

/** A candidacy of the same demand on another offer, designated or transmitted, its outcome pending. */
export interface ElsewhereCandidacy {
  candidacyId: string;
  demandId: string;
  offerId: string;
  status: CandidacyStatus;
  statusChangedAt: Date;
  offer: { communeCode: string; communeName: string | null; typology: number };
}

/** The French flag of a candidate designated elsewhere, e.g. « Déjà désigné(e) ailleurs, issue en attente : T3 à Lyon (Transmise au bailleur) ». */
export function designatedElsewhereNotice(elsewhere: readonly ElsewhereCandidacy[]): string {
  const offers = elsewhere.map((e) => `T${e.offer.typology} à ${e.offer.communeName ?? e.offer.communeCode} (${STATUS_LABELS[e.status]})`);
  return `Déjà désigné(e) sur ${elsewhere.length === 1 ? 'une autre offre' : `${elsewhere.length} autres offres`}, issue en attente : ${offers.join(' ; ')}`;
}

export const ELSEWHERE_JUSTIFICATION_MIN = 10;
export const ELSEWHERE_JUSTIFICATION_MAX = 2000;

export interface ElsewhereCheck {
  /** the chosen candidacies designated elsewhere, with those other candidacies */
  flagged: { candidacyId: string; elsewhere: ElsewhereCandidacy[] }[];
  justification: string | undefined;
}

/**
 * Designating a candidate who is designated or transmitted on another offer, its outcome pending,
 * needs a written justification (kept in the audit trail); without one: 422
 * `CANDIDACY.DESIGNATED_ELSEWHERE` on the field `elsewhereJustification`.
 */
export function checkDesignatedElsewhere(
  chosen: readonly { candidacyId: string; demandId: string }[],
  elsewhere: readonly ElsewhereCandidacy[],
  justification?: string,
): ElsewhereCheck {
  const flagged = chosen
    .map((c) => ({ candidacyId: c.candidacyId, elsewhere: elsewhere.filter((e) => e.demandId === c.demandId && e.candidacyId !== c.candidacyId && isPendingOutcome(e.status)) }))
    .filter((f) => f.elsewhere.length > 0);
  const text = justification?.trim() || undefined;
  if (text !== undefined && text.length > ELSEWHERE_JUSTIFICATION_MAX) {
    throw candidacyErrors.elsewhereJustificationTooLong(ELSEWHERE_JUSTIFICATION_MAX);
  }
  if (flagged.length > 0 && (text === undefined || text.length < ELSEWHERE_JUSTIFICATION_MIN)) {
    throw candidacyErrors.designatedElsewhere(
      ELSEWHERE_JUSTIFICATION_MIN,
      flagged.map((f) => designatedElsewhereNotice(f.elsewhere)),
      {
        designatedElsewhere: flagged.map((f) => ({
          candidacyId: f.candidacyId,
          elsewhere: f.elsewhere.map((e) => ({ candidacyId: e.candidacyId, offerId: e.offerId, status: e.status, statusLabel: STATUS_LABELS[e.status] })),
        })),
      },
    );
  }
  return { flagged, justification: flagged.length > 0 ? text : undefined };
}
