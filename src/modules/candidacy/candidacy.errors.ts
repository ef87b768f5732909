import { DomainError, type DomainErrorKind, type FieldError } from '../../shared/errors';

/** Stable codes of the candidacy module's errors (their HTTP status comes from their kind). */
export const CANDIDACY_ERRORS = {
  NOT_FOUND: 'CANDIDACY.NOT_FOUND',
  DEMAND_NOT_FOUND: 'CANDIDACY.DEMAND_NOT_FOUND',
  DEMAND_NOT_ACTIVE: 'CANDIDACY.DEMAND_NOT_ACTIVE',
  OFFER_NOT_FOUND: 'CANDIDACY.OFFER_NOT_FOUND',
  OFFER_CLOSED: 'CANDIDACY.OFFER_CLOSED',
  NOT_ELIGIBLE: 'CANDIDACY.NOT_ELIGIBLE',
  TOO_MANY_OPEN: 'CANDIDACY.TOO_MANY_OPEN',
  INVALID_TRANSITION: 'CANDIDACY.INVALID_TRANSITION',
  REASON_REQUIRED: 'CANDIDACY.REASON_REQUIRED',
  CAL_RANK_REQUIRED: 'CANDIDACY.CAL_RANK_REQUIRED',
  CAL_RANK_TAKEN: 'CANDIDACY.CAL_RANK_TAKEN',
  NOT_YOUR_TURN: 'CANDIDACY.PROPOSAL_NOT_YOUR_TURN',
  DESIGNATION_COUNT: 'CANDIDACY.DESIGNATION_COUNT',
  DESIGNATION_DUPLICATE: 'CANDIDACY.DESIGNATION_DUPLICATE',
  NOT_DESIGNABLE: 'CANDIDACY.NOT_DESIGNABLE',
  JUSTIFICATION_REQUIRED: 'CANDIDACY.JUSTIFICATION_REQUIRED',
  NOTHING_TO_TRANSMIT: 'CANDIDACY.NOTHING_TO_TRANSMIT',
  DESIGNATED_STILL_RUNNING: 'CANDIDACY.DESIGNATED_STILL_RUNNING',
  ROLE_NOT_ALLOWED: 'CANDIDACY.ROLE_NOT_ALLOWED',
  RANKING_CHANGED: 'CANDIDACY.RANKING_CHANGED',
  RANKING_NOT_RECOMPUTABLE: 'CANDIDACY.RANKING_NOT_RECOMPUTABLE',
  RECOMPUTE_REASON_REQUIRED: 'CANDIDACY.RECOMPUTE_REASON_REQUIRED',
  DESIGNATED_ELSEWHERE: 'CANDIDACY.DESIGNATED_ELSEWHERE',
  ERASURE_BLOCKED: 'CANDIDACY.ERASURE_BLOCKED',
} as const;

export type CandidacyErrorCode = (typeof CANDIDACY_ERRORS)[keyof typeof CANDIDACY_ERRORS];

/** Who an action is reserved to, when the caller's role may not do it. */
type ReservedTo = 'staff' | 'applicant' | 'landlord';
const RESERVED_TO: Record<ReservedTo, string> = {
  staff: 'Réservé aux collaborateurs ALS.',
  applicant: 'Réservé aux demandeurs.',
  landlord: 'Réservé aux bailleurs.',
};
/** Why a text is refused: missing or shorter than `min` characters, or longer than `max`. */
type TextFault = { tooLong: false; min: number } | { tooLong: true; max: number };

/** The French message of each code (what the applicant, the landlord or the agent reads). */
const MESSAGES = {
  'CANDIDACY.NOT_FOUND': 'Candidature introuvable.',
  'CANDIDACY.DEMAND_NOT_FOUND': 'Demande introuvable.',
  'CANDIDACY.DEMAND_NOT_ACTIVE': 'Votre demande doit être active (validée) pour candidater.',
  'CANDIDACY.OFFER_NOT_FOUND': 'Offre introuvable.',
  'CANDIDACY.OFFER_CLOSED': (p: { closingDate: string }) => `Les candidatures à cette offre sont closes (clôture : ${p.closingDate}).`,
  'CANDIDACY.NOT_ELIGIBLE': (p: { reasons: readonly string[] }) => `Votre ménage ne correspond pas à cette offre : ${p.reasons.join(' ; ')}.`,
  'CANDIDACY.TOO_MANY_OPEN': (p: { open: number; max: number }) =>
    `Vous avez déjà ${p.open} candidatures en cours : ${p.max} au plus en même temps. Retirez-en une pour candidater.`,
  'CANDIDACY.INVALID_TRANSITION': (p: { statusLabel: string }) => `Action impossible : la candidature est « ${p.statusLabel} ».`,
  'CANDIDACY.REASON_REQUIRED': 'Le motif du refus de la CAL est obligatoire.',
  'CANDIDACY.CAL_RANK_REQUIRED': (p: { max: number }) => `Le rang attribué par la CAL (1 à ${p.max}) est obligatoire.`,
  'CANDIDACY.CAL_RANK_TAKEN': (p: { calRank: number }) => `Le rang CAL ${p.calRank} est déjà attribué à un autre candidat de cette offre.`,
  'CANDIDACY.PROPOSAL_NOT_YOUR_TURN': 'Le logement est proposé d’abord aux candidats mieux classés par la CAL : attendez leur réponse.',
  'CANDIDACY.DESIGNATION_COUNT': (p: { max: number }) => `Désignez de 1 à ${p.max} candidats.`,
  'CANDIDACY.DESIGNATION_DUPLICATE': 'Un même candidat est désigné deux fois.',
  'CANDIDACY.NOT_DESIGNABLE': 'Ces candidatures ne peuvent pas être désignées (retirées, déjà désignées ou d’une autre offre).',
  'CANDIDACY.JUSTIFICATION_REQUIRED': (p: TextFault) =>
    p.tooLong
      ? `La justification fait ${p.max} caractères au plus.`
      : `Désignation hors de l’ordre du classement : une justification écrite est obligatoire (${p.min} caractères au moins).`,
  'CANDIDACY.NOTHING_TO_TRANSMIT': 'Aucun candidat désigné à transmettre (désignez-en, ou republiez l’offre si tous se sont retirés).',
  'CANDIDACY.DESIGNATED_STILL_RUNNING': 'Des candidats désignés sont encore en lice : l’offre ne peut pas être republiée.',
  'CANDIDACY.ROLE_NOT_ALLOWED': (p: { reservedTo: ReservedTo | undefined }) => (p.reservedTo ? RESERVED_TO[p.reservedTo] : 'Votre rôle ne permet pas cette action.'),
  'CANDIDACY.RANKING_CHANGED': 'Les candidatures ont changé entre-temps : vérifiez le classement et recommencez.',
  'CANDIDACY.RANKING_NOT_RECOMPUTABLE': 'Le classement ne peut être recalculé que sur une offre clôturée, avant toute désignation.',
  'CANDIDACY.RECOMPUTE_REASON_REQUIRED': 'Indiquez le motif du recalcul (le fait corrigé à prendre en compte).',
  'CANDIDACY.DESIGNATED_ELSEWHERE': (p: TextFault) =>
    p.tooLong
      ? `La justification fait ${p.max} caractères au plus.`
      : 'Un candidat sélectionné est déjà désigné ou transmis sur une autre offre, dont l’issue est en attente : une justification écrite est obligatoire pour le désigner aussi ici.',
  'CANDIDACY.ERASURE_BLOCKED': 'Une candidature est en cours chez un bailleur : attendez la décision ou refusez la proposition avant d’effacer votre compte.',
} satisfies Record<CandidacyErrorCode, string | ((p: never) => string)>;

/** The French messages of the fields at fault. */
const FIELD_MESSAGES = {
  required: 'Obligatoire',
  requiredAtLeast: (min: number) => `Obligatoire, ${min} caractères au moins.`,
  requiredAtLeastBecause: (min: number, notices: readonly string[]) => `Obligatoire, ${min} caractères au moins : ${notices.join(' ; ')}.`,
  atMost: (max: number) => `${max} caractères au plus`,
  atMostSentence: (max: number) => `${max} caractères au plus.`,
  range: (max: number) => `1 à ${max}`,
  taken: 'déjà attribué',
};

/** The message of a code, with its parameters when it has some. */
type Params<C extends CandidacyErrorCode> = (typeof MESSAGES)[C] extends (p: infer P) => string ? [P] : [];
const messageOf = <C extends CandidacyErrorCode>(code: C, ...params: Params<C>): string => {
  const m = MESSAGES[code] as string | ((p: unknown) => string);
  return typeof m === 'string' ? m : m(params[0]);
};

const err = (kind: DomainErrorKind, code: string, message: string, fields?: FieldError[], details?: Record<string, unknown>) =>
  new DomainError(kind, code, message, { ...(fields ? { fields } : {}), ...(details ? { details } : {}) });

/** Every error of the candidacy module, built here (code, kind, French message, fields at fault, details). */
export const candidacyErrors = {
  notFound: () => err('not_found', CANDIDACY_ERRORS.NOT_FOUND, messageOf(CANDIDACY_ERRORS.NOT_FOUND)),
  demandNotFound: () => err('not_found', CANDIDACY_ERRORS.DEMAND_NOT_FOUND, messageOf(CANDIDACY_ERRORS.DEMAND_NOT_FOUND)),
  /** the offer module's code: an offer the caller may not know of is the offer module's "not found" */
  offerNotFound: () => err('not_found', 'OFFER.NOT_FOUND', messageOf(CANDIDACY_ERRORS.OFFER_NOT_FOUND)),
  demandNotActive: (demandStatus: string) => err('conflict', CANDIDACY_ERRORS.DEMAND_NOT_ACTIVE, messageOf(CANDIDACY_ERRORS.DEMAND_NOT_ACTIVE), undefined, { demandStatus }),
  offerClosed: (offer: { status: string; closingDate: string }) =>
    err('conflict', CANDIDACY_ERRORS.OFFER_CLOSED, messageOf(CANDIDACY_ERRORS.OFFER_CLOSED, { closingDate: offer.closingDate }), undefined, {
      offerStatus: offer.status,
      closingDate: offer.closingDate,
    }),
  notEligible: (reasons: readonly { rule: string; fr: string; en: string }[]) =>
    err('invalid', CANDIDACY_ERRORS.NOT_ELIGIBLE, messageOf(CANDIDACY_ERRORS.NOT_ELIGIBLE, { reasons: reasons.map((r) => r.fr) }), undefined, { reasons }),
  tooManyOpen: (openCandidacies: number, max: number) =>
    err('conflict', CANDIDACY_ERRORS.TOO_MANY_OPEN, messageOf(CANDIDACY_ERRORS.TOO_MANY_OPEN, { open: openCandidacies, max }), undefined, { openCandidacies, max }),
  invalidTransition: (status: string, statusLabel: string, action: string) =>
    err('conflict', CANDIDACY_ERRORS.INVALID_TRANSITION, messageOf(CANDIDACY_ERRORS.INVALID_TRANSITION, { statusLabel }), undefined, { status, action }),
  /** the CAL's refusal without a reason (or with one over `max` characters) */
  calRefusalReasonRequired: (fault: { tooLong: boolean; max: number }) =>
    err('invalid', CANDIDACY_ERRORS.REASON_REQUIRED, messageOf(CANDIDACY_ERRORS.REASON_REQUIRED), [
      { field: 'reason', message: fault.tooLong ? FIELD_MESSAGES.atMost(fault.max) : FIELD_MESSAGES.required },
    ]),
  calRankRequired: (max: number) =>
    err('invalid', CANDIDACY_ERRORS.CAL_RANK_REQUIRED, messageOf(CANDIDACY_ERRORS.CAL_RANK_REQUIRED, { max }), [{ field: 'calRank', message: FIELD_MESSAGES.range(max) }]),
  calRankTaken: (calRank: number) =>
    err('conflict', CANDIDACY_ERRORS.CAL_RANK_TAKEN, messageOf(CANDIDACY_ERRORS.CAL_RANK_TAKEN, { calRank }), [{ field: 'calRank', message: FIELD_MESSAGES.taken }]),
  notYourTurn: (calRank: number | null) => err('conflict', CANDIDACY_ERRORS.NOT_YOUR_TURN, messageOf(CANDIDACY_ERRORS.NOT_YOUR_TURN), undefined, { calRank }),
  designationCount: (max: number) => {
    const message = messageOf(CANDIDACY_ERRORS.DESIGNATION_COUNT, { max });
    return err('invalid', CANDIDACY_ERRORS.DESIGNATION_COUNT, message, [{ field: 'candidacyIds', message }]);
  },
  designationDuplicate: () => {
    const message = messageOf(CANDIDACY_ERRORS.DESIGNATION_DUPLICATE);
    return err('invalid', CANDIDACY_ERRORS.DESIGNATION_DUPLICATE, message, [{ field: 'candidacyIds', message }]);
  },
  notDesignable: (candidacyIds: readonly string[]) => {
    const message = messageOf(CANDIDACY_ERRORS.NOT_DESIGNABLE);
    return err('invalid', CANDIDACY_ERRORS.NOT_DESIGNABLE, message, [{ field: 'candidacyIds', message }], { candidacyIds });
  },
  /** a designation out of the ranking's order without a justification of `min` characters, or one over `max` */
  justificationRequired: (fault: TextFault, details?: { expectedRanks: number[]; chosenRanks: number[] }) => {
    const message = messageOf(CANDIDACY_ERRORS.JUSTIFICATION_REQUIRED, fault);
    return err('invalid', CANDIDACY_ERRORS.JUSTIFICATION_REQUIRED, message, [{ field: 'justification', message }], details);
  },
  nothingToTransmit: () => err('conflict', CANDIDACY_ERRORS.NOTHING_TO_TRANSMIT, messageOf(CANDIDACY_ERRORS.NOTHING_TO_TRANSMIT)),
  designatedStillRunning: () => err('conflict', CANDIDACY_ERRORS.DESIGNATED_STILL_RUNNING, messageOf(CANDIDACY_ERRORS.DESIGNATED_STILL_RUNNING)),
  roleNotAllowed: (reservedTo?: ReservedTo) => err('forbidden', CANDIDACY_ERRORS.ROLE_NOT_ALLOWED, messageOf(CANDIDACY_ERRORS.ROLE_NOT_ALLOWED, { reservedTo })),
  rankingChanged: () => err('conflict', CANDIDACY_ERRORS.RANKING_CHANGED, messageOf(CANDIDACY_ERRORS.RANKING_CHANGED)),
  rankingNotRecomputable: (offerStatus: string) =>
    err('conflict', CANDIDACY_ERRORS.RANKING_NOT_RECOMPUTABLE, messageOf(CANDIDACY_ERRORS.RANKING_NOT_RECOMPUTABLE), undefined, { offerStatus }),
  /** a recomputation's reason shorter than `min` or longer than `max` characters */
  recomputeReasonRequired: (fault: { tooLong: boolean; min: number; max: number }) =>
    err('invalid', CANDIDACY_ERRORS.RECOMPUTE_REASON_REQUIRED, messageOf(CANDIDACY_ERRORS.RECOMPUTE_REASON_REQUIRED), [
      { field: 'reason', message: fault.tooLong ? FIELD_MESSAGES.atMostSentence(fault.max) : FIELD_MESSAGES.requiredAtLeast(fault.min) },
    ]),
  /** the justification of designating a candidate designated elsewhere: over `max` characters */
  elsewhereJustificationTooLong: (max: number) =>
    err('invalid', CANDIDACY_ERRORS.DESIGNATED_ELSEWHERE, messageOf(CANDIDACY_ERRORS.DESIGNATED_ELSEWHERE, { tooLong: true, max }), [
      { field: 'elsewhereJustification', message: FIELD_MESSAGES.atMostSentence(max) },
    ]),
  /** a candidate designated or transmitted elsewhere, without a justification of `min` characters; `notices` say where */
  designatedElsewhere: (min: number, notices: readonly string[], details: Record<string, unknown>) =>
    err(
      'invalid',
      CANDIDACY_ERRORS.DESIGNATED_ELSEWHERE,
      messageOf(CANDIDACY_ERRORS.DESIGNATED_ELSEWHERE, { tooLong: false, min }),
      [{ field: 'elsewhereJustification', message: FIELD_MESSAGES.requiredAtLeastBecause(min, notices) }],
      details,
    ),
  erasureBlocked: (candidacyIds: readonly string[]) => err('conflict', CANDIDACY_ERRORS.ERASURE_BLOCKED, messageOf(CANDIDACY_ERRORS.ERASURE_BLOCKED), undefined, { candidacyIds }),
};
