import { DomainError } from '../../shared/errors';

/**
 * Every error of the alert module: its stable code, its French message, and the factory that
 * builds it (no other file of the module writes a code or a message). The HTTP status comes from
 * the kind (`httpStatusOf` in the problem+json adapter).
 */
export const ALERT_ERRORS = {
  TOO_MANY: 'ALERT.TOO_MANY',
  NOT_FOUND: 'ALERT.NOT_FOUND',
  UNSUBSCRIBE_INVALID: 'ALERT.UNSUBSCRIBE_INVALID',
} as const;
export type AlertErrorCode = (typeof ALERT_ERRORS)[keyof typeof ALERT_ERRORS];

const MESSAGES = {
  [ALERT_ERRORS.TOO_MANY]: (p: { max: number }) => `Vous avez déjà ${p.max} alertes : supprimez-en une pour en créer une autre.`,
  [ALERT_ERRORS.NOT_FOUND]: 'Alerte introuvable.',
  [ALERT_ERRORS.UNSUBSCRIBE_INVALID]: 'Lien de désabonnement invalide, ou alerte déjà supprimée.',
} satisfies Record<AlertErrorCode, string | ((p: never) => string)>;

/** The factories of the module's errors, one per situation. */
export const alertError = {
  /** 409: the applicant already has the most saved searches allowed */
  tooMany: (max: number) => new DomainError('conflict', ALERT_ERRORS.TOO_MANY, MESSAGES[ALERT_ERRORS.TOO_MANY]({ max })),
  /** 404: no such alert, or another applicant's */
  notFound: () => new DomainError('not_found', ALERT_ERRORS.NOT_FOUND, MESSAGES[ALERT_ERRORS.NOT_FOUND]),
  /** 404: a forged unsubscribe link, or the alert already deleted */
  unsubscribeInvalid: () => new DomainError('not_found', ALERT_ERRORS.UNSUBSCRIBE_INVALID, MESSAGES[ALERT_ERRORS.UNSUBSCRIBE_INVALID]),
};
