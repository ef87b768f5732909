import { DomainError } from '../../shared/errors';

/**
 * Every error of the privacy module: its stable code, its French message, and the factory that
 * builds it (no other file of the module writes a code or a message). The other modules' errors
 * (a wrong password at erasure: IDENTITY.PASSWORD_MISMATCH) pass through as they are.
 */
export const PRIVACY_ERRORS = {
  APPLICANT_ONLY: 'PRIVACY.APPLICANT_ONLY',
} as const;
export type PrivacyErrorCode = (typeof PRIVACY_ERRORS)[keyof typeof PRIVACY_ERRORS];

const MESSAGES = {
  [PRIVACY_ERRORS.APPLICANT_ONLY]: 'Réservé aux demandeurs.',
} satisfies Record<PrivacyErrorCode, string>;

/** The factories of the module's errors. */
export const privacyError = {
  /** 403: these rights are exercised here by applicants over their own data */
  applicantOnly: () => new DomainError('forbidden', PRIVACY_ERRORS.APPLICANT_ONLY, MESSAGES[PRIVACY_ERRORS.APPLICANT_ONLY]),
};
