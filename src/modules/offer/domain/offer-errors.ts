/**
 * Stable error codes of the offer domain. Clients and the HTTP adapter rely on them: never
 * rename one, add new ones instead.
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
} as const;

/** The French messages of the photo errors (problem+json). */
export const PHOTO_MESSAGES = {
  typeNotAllowed: 'Ce fichier n’est pas une photo JPEG, PNG ou WebP lisible : aucune photo n’a été enregistrée.',
  limitReached: (max: number) => `Une offre compte au plus ${max} photos : supprimez-en une avant d’en ajouter une autre.`,
  missing: 'Joignez une photo (champ « file »).',
  tooLarge: (maxBytes: number) => `La photo dépasse ${Math.round(maxBytes / 1_000_000)} Mo.`,
  locked: 'Les photos d’une offre attribuée ou retirée ne peuvent plus être modifiées.',
  orderInvalid: 'Le nouvel ordre doit citer chaque photo de l’offre une seule fois.',
  notFound: 'Photo introuvable.',
} as const;

export type OfferErrorCode = (typeof OFFER_ERRORS)[keyof typeof OFFER_ERRORS];
