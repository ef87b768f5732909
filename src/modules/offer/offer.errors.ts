import { DomainError, type FieldError } from '../../shared/errors';

/**
 * Every error of the offer module: its stable code, its French message, and the factory that
 * builds it. No other file of the module writes a code or a message. Clients and the HTTP adapter
 * rely on the codes: never rename one, add new ones instead. The HTTP status comes from the kind
 * (`httpStatusOf` in the problem+json adapter).
 */
export const OFFER_ERRORS = {
  /** the transition needs a draft offer (submit, edit) */
  NOT_DRAFT: 'OFFER.NOT_DRAFT',
  /** the transition needs a submitted offer (start instruction) */
  NOT_SUBMITTED: 'OFFER.NOT_SUBMITTED',
  /** the transition needs an offer under the agent's review: submitted or in instruction (publish, send back) */
  NOT_UNDER_REVIEW: 'OFFER.NOT_UNDER_REVIEW',
  /** the transition needs a published offer (close, apply) */
  NOT_PUBLISHED: 'OFFER.NOT_PUBLISHED',
  /** the transition needs a closed offer (designate) */
  NOT_CLOSED: 'OFFER.NOT_CLOSED',
  /** the transition needs a designated offer (transmit), or a designated or transmitted one (republish) */
  NOT_DESIGNATED: 'OFFER.NOT_DESIGNATED',
  /** the transition needs a transmitted offer (allocate) */
  NOT_TRANSMITTED: 'OFFER.NOT_TRANSMITTED',
  /** the offer is allocated: nothing can happen to it any more */
  ALREADY_ALLOCATED: 'OFFER.ALREADY_ALLOCATED',
  /** the offer is withdrawn: nothing can happen to it any more */
  ALREADY_WITHDRAWN: 'OFFER.ALREADY_WITHDRAWN',
  /** a withdrawal or a send-back needs a reason (message) */
  REASON_REQUIRED: 'OFFER.REASON_REQUIRED',
  /** publishing needs a closing date */
  CLOSING_DATE_REQUIRED: 'OFFER.CLOSING_DATE_REQUIRED',
  /** the closing date is in the past (publish, republish, apply) */
  CLOSING_DATE_PASSED: 'OFFER.CLOSING_DATE_PASSED',
  /** an agent designates 1 to 3 candidates */
  DESIGNATION_COUNT: 'OFFER.DESIGNATION_COUNT',
  /** the offer's data breaks field rules (see the field errors) */
  INVALID_DATA: 'OFFER.INVALID_DATA',
  /** an INSEE commune code of the wrong format */
  INVALID_COMMUNE_CODE: 'OFFER.INVALID_COMMUNE_CODE',
  /** household facts out of range (category, size, extra-person units) */
  INVALID_HOUSEHOLD_FACTS: 'OFFER.INVALID_HOUSEHOLD_FACTS',
  /** the income-ceiling data cannot be read */
  CEILING_TABLE_INVALID: 'OFFER.CEILING_TABLE_INVALID',
  /** the applicant's household or resources do not fit the offer (details: the failed checks) */
  NOT_ELIGIBLE: 'OFFER.NOT_ELIGIBLE',
  /** a reservation agreement's figures are out of range */
  INVALID_AGREEMENT: 'OFFER.INVALID_AGREEMENT',
  /** a photo that is not a JPEG, PNG or WebP image by its content, or cannot be decoded */
  PHOTO_TYPE_NOT_ALLOWED: 'OFFER.PHOTO_TYPE_NOT_ALLOWED',
  /** an offer has at most PHOTO_LIMIT photos */
  PHOTO_LIMIT_REACHED: 'OFFER.PHOTO_LIMIT_REACHED',
  /** no photo sent, or a photo larger than allowed */
  PHOTO_INVALID: 'OFFER.PHOTO_INVALID',
  /** photos are not changed on an allocated or withdrawn offer */
  PHOTOS_LOCKED: 'OFFER.PHOTOS_LOCKED',
  /** a new order of the photos must name each of the offer's photos once */
  PHOTO_ORDER_INVALID: 'OFFER.PHOTO_ORDER_INVALID',
  /** no such offer, or the caller may not know it exists */
  NOT_FOUND: 'OFFER.NOT_FOUND',
  /** no such photo of the offer */
  PHOTO_NOT_FOUND: 'OFFER.PHOTO_NOT_FOUND',
  /** the action is a landlord's (its users and systems, or an agent on its behalf) */
  LANDLORD_ONLY: 'OFFER.LANDLORD_ONLY',
  /** the action is an agent's */
  AGENT_ONLY: 'OFFER.AGENT_ONLY',
  /** the action is an administrator's (income ceilings) */
  ADMIN_ONLY: 'OFFER.ADMIN_ONLY',
  /** the `eligibleFor=me` search filter is for applicants */
  ELIGIBLE_FOR_APPLICANTS: 'OFFER.ELIGIBLE_FOR_APPLICANTS',
  /** the demand whose eligibility is asked does not exist for the caller (the demand module's code, kept as answered since the start) */
  UNKNOWN_DEMAND: 'DEMAND.NOT_FOUND',
} as const;

/** Codes of the module's use cases (the names other modules and adapters already compare against). */
export const OFFER_APP_ERRORS = {
  IDEMPOTENCY_KEY_REUSED: 'OFFER.IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_RACE: 'OFFER.IDEMPOTENCY_RACE',
  LANDLORD_NOT_REFERENCED: 'OFFER.LANDLORD_NOT_REFERENCED',
  NO_ACTIVE_DEMAND: 'OFFER.NO_ACTIVE_DEMAND',
  DEMAND_NOT_FOUND: 'OFFER.DEMAND_NOT_FOUND',
  INCOME_INCOMPLETE: 'OFFER.INCOME_INCOMPLETE',
  CANDIDACY_COUNT: 'OFFER.CANDIDACY_COUNT',
} as const;

export type OfferErrorCode = (typeof OFFER_ERRORS)[keyof typeof OFFER_ERRORS] | (typeof OFFER_APP_ERRORS)[keyof typeof OFFER_APP_ERRORS];

/** The French messages of the photo errors (also the field’s message). */
const PHOTO_MESSAGES = {
  typeNotAllowed: 'Ce fichier n’est pas une photo JPEG, PNG ou WebP lisible : aucune photo n’a été enregistrée.',
  limitReached: (max: number) => `Une offre compte au plus ${max} photos : supprimez-en une avant d’en ajouter une autre.`,
  missing: 'Joignez une photo (champ « file »).',
  tooLarge: (maxBytes: number) => `La photo dépasse ${Math.round(maxBytes / 1_000_000)} Mo.`,
  locked: 'Les photos d’une offre attribuée ou retirée ne peuvent plus être modifiées.',
  orderInvalid: 'Le nouvel ordre doit citer chaque photo de l’offre une seule fois.',
  notFound: 'Photo introuvable.',
} as const;

/** Household facts out of range: which one, and the value received. */
export type HouseholdFactsFault =
  | { fact: 'referenceIncome' | 'underOccupationTolerance' | 'category' | 'extraPersonUnits' | 'occupants'; value: number }
  | { fact: 'extraPersonUnitsCategory'; category: number; units: number };

/** A reservation agreement's counts out of range. */
export type AgreementCountsFault = { count: 'owed' | 'published' | 'allocated'; value: number } | { allocated: number; published: number };

/** Which income-ceiling source cannot be read: the reference table, the Paris-and-bordering communes, an administrator's file. */
export type CeilingSourceFault = { source: 'table' | 'communes'; why: string } | { source: 'file' };

const O = OFFER_ERRORS;
const A = OFFER_APP_ERRORS;
const frDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso);
const COUNT_LABELS = { owed: 'de logements dus', published: 'de logements proposés', allocated: 'de logements attribués' } as const;
const HOUSEHOLD_LABELS = {
  referenceIncome: 'Le revenu fiscal de référence doit être un montant positif',
  underOccupationTolerance: 'La tolérance de sous-occupation doit être un nombre entier positif ou nul',
  category: 'La catégorie de ménage doit être comprise entre 1 et 6',
  extraPersonUnits: 'Le nombre de personnes supplémentaires doit être un nombre entier positif ou nul',
  occupants: 'La taille du ménage doit être un nombre entier d’au moins 1',
} as const;

/** The message of each code (a function when it names figures of the case). */
const MESSAGES = {
  [O.NOT_DRAFT]: 'L’offre n’est plus un brouillon : elle ne peut plus être modifiée ni soumise.',
  [O.NOT_SUBMITTED]: 'L’offre n’est plus au statut « soumise » : rechargez la page.',
  [O.NOT_UNDER_REVIEW]: 'L’offre n’est plus en cours d’instruction : rechargez la page.',
  [O.NOT_PUBLISHED]: 'L’offre n’est pas publiée.',
  [O.NOT_CLOSED]: 'L’offre doit être clôturée avant la désignation.',
  [O.NOT_DESIGNATED]: 'Aucun candidat n’est désigné sur cette offre.',
  [O.NOT_TRANSMITTED]: 'L’offre n’a pas été transmise au bailleur : elle ne peut pas être attribuée.',
  [O.ALREADY_ALLOCATED]: 'L’offre est déjà attribuée.',
  [O.ALREADY_WITHDRAWN]: 'L’offre est déjà retirée.',
  [O.REASON_REQUIRED]: 'Un message ou un motif est obligatoire.',
  [O.CLOSING_DATE_REQUIRED]: 'Indiquez une date de clôture valide.',
  [O.CLOSING_DATE_PASSED]: (p: { candidaciesClosedOn?: string }) =>
    p.candidaciesClosedOn ? `Les candidatures sont closes depuis le ${frDate(p.candidaciesClosedOn)}.` : 'La date de clôture est passée : choisissez une date à venir.',
  [O.DESIGNATION_COUNT]: (p: { max: number; count: number }) => `Désignez de 1 à ${p.max} candidats (et non ${p.count}).`,
  [O.INVALID_DATA]: 'Les données de l’offre sont invalides.',
  [O.INVALID_COMMUNE_CODE]: (p: { code: string }) => `Code commune INSEE invalide : ${p.code.slice(0, 20)}`,
  [O.INVALID_HOUSEHOLD_FACTS]: (f: HouseholdFactsFault) =>
    f.fact === 'extraPersonUnitsCategory'
      ? `Les personnes supplémentaires ne valent que pour la catégorie 6 (reçu : catégorie ${f.category} avec ${f.units}).`
      : `${HOUSEHOLD_LABELS[f.fact]} (reçu : ${f.value}).`,
  [O.CEILING_TABLE_INVALID]: (f: CeilingSourceFault) =>
    f.source === 'file'
      ? 'Le fichier des plafonds comporte des erreurs : rien n’a été appliqué.'
      : `${f.source === 'table' ? 'Table des plafonds de ressources' : 'Référentiel des communes de Paris et limitrophes'} : ${f.why}`,
  [O.NOT_ELIGIBLE]: (p: { reasons: readonly string[] }) => `Le ménage ne correspond pas à cette offre : ${p.reasons.join(' ; ')}.`,
  [O.INVALID_AGREEMENT]: (f: AgreementCountsFault) =>
    'count' in f
      ? `Le nombre ${COUNT_LABELS[f.count]} doit être un nombre entier positif ou nul (reçu : ${f.value}).`
      : `Les logements attribués (${f.allocated}) ne peuvent pas dépasser les logements proposés (${f.published}).`,
  [O.PHOTO_TYPE_NOT_ALLOWED]: PHOTO_MESSAGES.typeNotAllowed,
  [O.PHOTO_LIMIT_REACHED]: (p: { max: number }) => PHOTO_MESSAGES.limitReached(p.max),
  [O.PHOTO_INVALID]: (p: { maxBytes?: number }) => (p.maxBytes === undefined ? PHOTO_MESSAGES.missing : PHOTO_MESSAGES.tooLarge(p.maxBytes)),
  [O.PHOTOS_LOCKED]: PHOTO_MESSAGES.locked,
  [O.PHOTO_ORDER_INVALID]: PHOTO_MESSAGES.orderInvalid,
  [O.NOT_FOUND]: 'Offre introuvable.',
  [O.PHOTO_NOT_FOUND]: PHOTO_MESSAGES.notFound,
  [O.LANDLORD_ONLY]: 'Seul un bailleur peut faire cette action sur ses offres.',
  [O.AGENT_ONLY]: 'Seul un collaborateur ALS peut instruire une offre.',
  [O.ADMIN_ONLY]: 'Seul un administrateur peut charger des plafonds de ressources.',
  [O.ELIGIBLE_FOR_APPLICANTS]: 'Le filtre eligibleFor=me est réservé aux demandeurs.',
  [O.UNKNOWN_DEMAND]: 'Demande introuvable.',
  [A.IDEMPOTENCY_KEY_REUSED]: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
  [A.IDEMPOTENCY_RACE]: 'Requête concurrente avec la même clé d’idempotence.',
  [A.LANDLORD_NOT_REFERENCED]: 'Votre bailleur n’est pas référencé sur la plateforme.',
  [A.NO_ACTIVE_DEMAND]: 'Vous n’avez pas de demande active : l’éligibilité ne peut pas être calculée.',
  [A.DEMAND_NOT_FOUND]: 'Demande introuvable.',
  [A.INCOME_INCOMPLETE]: 'Les revenus fiscaux de référence de votre demande sont incomplets.',
  [A.CANDIDACY_COUNT]: (p: { delta: number }) => `Le nombre de candidatures varie d’un nombre entier (reçu : ${p.delta}).`,
} satisfies Record<OfferErrorCode, string | ((p: never) => string)>;

/** What a field at fault says, shown next to the field. */
const FIELD_MESSAGES = {
  required: 'Obligatoire',
  closingDate: 'Date de clôture obligatoire (AAAA-MM-JJ)',
  closingDatePassed: 'La date de clôture est passée',
  designation: (max: number) => `Désignez de 1 à ${max} candidats`,
  communeCode: 'Code commune INSEE invalide',
  unknownAgreement: 'Convention de réservation inconnue',
  agreementOfAnotherDepartement: (agreementDepartement: string, departement: string) =>
    `La convention porte sur le département ${agreementDepartement}, pas sur celui de la commune (${departement})`,
} as const;

type Options = { fields?: FieldError[]; details?: Record<string, unknown> };
const error = (kind: DomainError['kind'], code: OfferErrorCode, message: string, options: Options = {}) => new DomainError(kind, code, message, options);

/** The offer statuses an error's details name (the domain's `OfferStatus`, as a string here). */
type Status = string;
/** The codes of "the offer is not in the state this needs". */
export type OfferStatusErrorCode = (typeof O)['NOT_DRAFT' | 'NOT_SUBMITTED' | 'NOT_UNDER_REVIEW' | 'NOT_PUBLISHED' | 'NOT_CLOSED' | 'NOT_DESIGNATED' | 'NOT_TRANSMITTED'];

/** The factories of the module's errors, one per situation. */
export const offerError = {
  // ——— who may do what ———
  /** 404: no such offer, or the caller may not know it exists */
  notFound: () => error('not_found', O.NOT_FOUND, MESSAGES[O.NOT_FOUND]),
  photoNotFound: () => error('not_found', O.PHOTO_NOT_FOUND, MESSAGES[O.PHOTO_NOT_FOUND]),
  unknownDemand: () => error('not_found', O.UNKNOWN_DEMAND, MESSAGES[O.UNKNOWN_DEMAND]),
  landlordOnly: () => error('forbidden', O.LANDLORD_ONLY, MESSAGES[O.LANDLORD_ONLY]),
  agentOnly: () => error('forbidden', O.AGENT_ONLY, MESSAGES[O.AGENT_ONLY]),
  adminOnly: () => error('forbidden', O.ADMIN_ONLY, MESSAGES[O.ADMIN_ONLY]),
  eligibleForApplicantsOnly: () => error('forbidden', O.ELIGIBLE_FOR_APPLICANTS, MESSAGES[O.ELIGIBLE_FOR_APPLICANTS]),
  landlordNotReferenced: () => error('forbidden', A.LANDLORD_NOT_REFERENCED, MESSAGES[A.LANDLORD_NOT_REFERENCED]),

  // ——— the lifecycle ———
  /** 409: the offer is not in a state the transition accepts */
  wrongStatus: (code: OfferStatusErrorCode, status: Status, expected: readonly Status[]) => error('conflict', code, MESSAGES[code], { details: { status, expected } }),
  alreadyAllocated: (status: Status) => error('conflict', O.ALREADY_ALLOCATED, MESSAGES[O.ALREADY_ALLOCATED], { details: { status } }),
  alreadyWithdrawn: (status: Status) => error('conflict', O.ALREADY_WITHDRAWN, MESSAGES[O.ALREADY_WITHDRAWN], { details: { status } }),
  reasonRequired: (field: string) => error('invalid', O.REASON_REQUIRED, MESSAGES[O.REASON_REQUIRED], { fields: [{ field, message: FIELD_MESSAGES.required }] }),
  closingDateRequired: () =>
    error('invalid', O.CLOSING_DATE_REQUIRED, MESSAGES[O.CLOSING_DATE_REQUIRED], { fields: [{ field: 'closingDate', message: FIELD_MESSAGES.closingDate }] }),
  /** 422: publishing (again) with a closing date before today */
  closingDatePassed: (closingDate: string, today: string) =>
    error('invalid', O.CLOSING_DATE_PASSED, MESSAGES[O.CLOSING_DATE_PASSED]({}), {
      fields: [{ field: 'closingDate', message: FIELD_MESSAGES.closingDatePassed }],
      details: { closingDate, today },
    }),
  /** 409: applying to an offer whose closing date has passed */
  candidaciesClosed: (closingDate: string) =>
    error('conflict', O.CLOSING_DATE_PASSED, MESSAGES[O.CLOSING_DATE_PASSED]({ candidaciesClosedOn: closingDate }), { details: { closingDate } }),
  designationCount: (max: number, count: number) =>
    error('invalid', O.DESIGNATION_COUNT, MESSAGES[O.DESIGNATION_COUNT]({ max, count }), { fields: [{ field: 'candidates', message: FIELD_MESSAGES.designation(max) }] }),

  // ——— the offer's data and the reference data ———
  invalidData: (fields: FieldError[]) => error('invalid', O.INVALID_DATA, MESSAGES[O.INVALID_DATA], { fields }),
  unknownAgreement: () => offerError.invalidData([{ field: 'agreementId', message: FIELD_MESSAGES.unknownAgreement }]),
  agreementOfAnotherDepartement: (agreementDepartement: string, departement: string) =>
    offerError.invalidData([{ field: 'agreementId', message: FIELD_MESSAGES.agreementOfAnotherDepartement(agreementDepartement, departement) }]),
  invalidCommuneCode: (code: string) =>
    error('invalid', O.INVALID_COMMUNE_CODE, MESSAGES[O.INVALID_COMMUNE_CODE]({ code: String(code) }), { fields: [{ field: 'communeCode', message: FIELD_MESSAGES.communeCode }] }),
  invalidHouseholdFacts: (fault: HouseholdFactsFault) => error('invalid', O.INVALID_HOUSEHOLD_FACTS, MESSAGES[O.INVALID_HOUSEHOLD_FACTS](fault)),
  /** the income-ceiling reference table or the Paris-and-bordering communes cannot be read */
  ceilingSourceInvalid: (source: 'table' | 'communes', why: string) => error('invalid', O.CEILING_TABLE_INVALID, MESSAGES[O.CEILING_TABLE_INVALID]({ source, why })),
  /** an administrator's file of ceilings has errors (details: the problems, line by line) */
  ceilingFileInvalid: (problems: readonly unknown[]) =>
    error('invalid', O.CEILING_TABLE_INVALID, MESSAGES[O.CEILING_TABLE_INVALID]({ source: 'file' }), { fields: [], details: { problems } }),
  invalidAgreementCounts: (fault: AgreementCountsFault) => error('invalid', O.INVALID_AGREEMENT, MESSAGES[O.INVALID_AGREEMENT](fault)),
  /** 422: the household does not fit the offer (details: the failed checks, and their French sentences) */
  notEligible: (failedChecks: ReadonlyArray<{ message: { fr: string } }>) => {
    const messagesFr = failedChecks.map((c) => c.message.fr);
    return error('invalid', O.NOT_ELIGIBLE, MESSAGES[O.NOT_ELIGIBLE]({ reasons: messagesFr }), { details: { failedChecks, messagesFr } });
  },

  // ——— searches, candidacies, idempotency ———
  noActiveDemand: () => error('conflict', A.NO_ACTIVE_DEMAND, MESSAGES[A.NO_ACTIVE_DEMAND]),
  incomeIncomplete: (missing: unknown) => error('conflict', A.INCOME_INCOMPLETE, MESSAGES[A.INCOME_INCOMPLETE], { details: { missing } }),
  candidacyCount: (delta: number) => error('invalid', A.CANDIDACY_COUNT, MESSAGES[A.CANDIDACY_COUNT]({ delta }), { fields: [] }),
  idempotencyKeyReused: (idempotencyKey: string) => error('conflict', A.IDEMPOTENCY_KEY_REUSED, MESSAGES[A.IDEMPOTENCY_KEY_REUSED], { details: { idempotencyKey } }),
  /** two requests with the same key at once: the second finds the first's row (the repository throws it) */
  idempotencyRace: () => error('conflict', A.IDEMPOTENCY_RACE, MESSAGES[A.IDEMPOTENCY_RACE]),

  // ——— photos ———
  photosLocked: () => error('conflict', O.PHOTOS_LOCKED, MESSAGES[O.PHOTOS_LOCKED]),
  photoLimitReached: (max: number) => error('conflict', O.PHOTO_LIMIT_REACHED, MESSAGES[O.PHOTO_LIMIT_REACHED]({ max }), { details: { maxPhotos: max } }),
  photoMissing: () => photoInvalid(O.PHOTO_INVALID, MESSAGES[O.PHOTO_INVALID]({})),
  photoTooLarge: (maxBytes: number) => photoInvalid(O.PHOTO_INVALID, MESSAGES[O.PHOTO_INVALID]({ maxBytes })),
  photoTypeNotAllowed: () => photoInvalid(O.PHOTO_TYPE_NOT_ALLOWED, MESSAGES[O.PHOTO_TYPE_NOT_ALLOWED]),
  photoOrderInvalid: () => error('invalid', O.PHOTO_ORDER_INVALID, MESSAGES[O.PHOTO_ORDER_INVALID], { fields: [{ field: 'photoIds', message: MESSAGES[O.PHOTO_ORDER_INVALID] }] }),
};

function photoInvalid(code: OfferErrorCode, message: string): DomainError {
  return error('invalid', code, message, { fields: [{ field: 'file', message }] });
}

/** Whether the error is the module's error of that code. */
export const isOfferError = (e: unknown, code: OfferErrorCode): boolean => e instanceof DomainError && e.code === code;
