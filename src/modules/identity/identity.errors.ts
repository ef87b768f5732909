import { DomainError, type FieldError } from '../../shared/errors';

/**
 * Every error of the identity module: its stable code, its French message, and the factory that
 * builds it; no other file writes a code or a message of the module. The HTTP status comes from the
 * kind (`httpStatusOf` in the problem+json adapter). EMAIL_TAKEN, TOKEN_EXPIRED, TOO_MANY_ATTEMPTS,
 * TOO_MANY_REQUESTS, AUTHENTICATION_REQUIRED, ROLE_NOT_ALLOWED and CSRF_* are raised by the adapters
 * that implement the module's ports or guard its routes (account repository, token service,
 * throttles, HTTP authentication), through the factories below.
 */
export const IDENTITY_ERRORS = {
  INVALID_CREDENTIALS: 'IDENTITY.INVALID_CREDENTIALS',
  EMAIL_NOT_CONFIRMED: 'IDENTITY.EMAIL_NOT_CONFIRMED',
  PASSWORD_TOO_SHORT: 'IDENTITY.PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'IDENTITY.PASSWORD_TOO_LONG',
  PASSWORD_MISMATCH: 'IDENTITY.PASSWORD_MISMATCH',
  ACCOUNT_NOT_FOUND: 'IDENTITY.ACCOUNT_NOT_FOUND',
  EMAIL_TAKEN: 'IDENTITY.EMAIL_TAKEN',
  ORG_REQUIRED: 'IDENTITY.ORG_REQUIRED',
  INVITATION_INVALID: 'IDENTITY.INVITATION_INVALID',
  CONFIRMATION_INVALID: 'IDENTITY.CONFIRMATION_INVALID',
  CONFIRMATION_PASSWORD_MISMATCH: 'IDENTITY.CONFIRMATION_PASSWORD_MISMATCH',
  RESET_INVALID: 'IDENTITY.RESET_INVALID',
  REFRESH_INVALID: 'IDENTITY.REFRESH_INVALID',
  REFRESH_REUSED: 'IDENTITY.REFRESH_REUSED',
  SESSION_ENDED: 'IDENTITY.SESSION_ENDED',
  TOKEN_INVALID: 'IDENTITY.TOKEN_INVALID',
  TOKEN_EXPIRED: 'IDENTITY.TOKEN_EXPIRED',
  INVALID_CLIENT: 'IDENTITY.INVALID_CLIENT',
  API_CLIENT_NOT_FOUND: 'IDENTITY.API_CLIENT_NOT_FOUND',
  TOO_MANY_ATTEMPTS: 'IDENTITY.TOO_MANY_ATTEMPTS',
  TOO_MANY_REQUESTS: 'IDENTITY.TOO_MANY_REQUESTS',
  AUTHENTICATION_REQUIRED: 'IDENTITY.AUTHENTICATION_REQUIRED',
  ROLE_NOT_ALLOWED: 'IDENTITY.ROLE_NOT_ALLOWED',
  CSRF_HEADER_REQUIRED: 'IDENTITY.CSRF_HEADER_REQUIRED',
  CSRF_ORIGIN: 'IDENTITY.CSRF_ORIGIN',
} as const;
export type IdentityErrorCode = (typeof IDENTITY_ERRORS)[keyof typeof IDENTITY_ERRORS];

const I = IDENTITY_ERRORS;

/** The message of each code (a function when it names figures of the case). */
const MESSAGES = {
  [I.INVALID_CREDENTIALS]: 'Identifiant ou mot de passe incorrect.',
  [I.EMAIL_NOT_CONFIRMED]: 'Confirmez d’abord votre adresse e-mail : suivez le lien reçu par mail.',
  [I.PASSWORD_TOO_SHORT]: (p: { min: number }) => `Le mot de passe doit faire au moins ${p.min} octets.`,
  [I.PASSWORD_TOO_LONG]: (p: { max: number; atSignIn: boolean }) =>
    p.atSignIn ? `Le mot de passe ne peut dépasser ${p.max} octets.` : `Le mot de passe ne peut dépasser ${p.max} octets (il serait tronqué).`,
  [I.PASSWORD_MISMATCH]: (p: { current: boolean }) => (p.current ? 'Le mot de passe actuel est incorrect.' : 'Mot de passe incorrect.'),
  [I.ACCOUNT_NOT_FOUND]: 'Compte introuvable.',
  [I.EMAIL_TAKEN]: 'Un compte existe déjà avec cette adresse.',
  [I.ORG_REQUIRED]: (p: { role: string }) => `Le rôle ${p.role} doit être rattaché à une organisation.`,
  [I.INVITATION_INVALID]: 'Lien d’invitation invalide ou expiré.',
  [I.CONFIRMATION_INVALID]: 'Lien de confirmation invalide, déjà utilisé ou expiré : inscrivez-vous à nouveau pour en recevoir un autre.',
  [I.CONFIRMATION_PASSWORD_MISMATCH]: 'Ce mot de passe n’est pas celui choisi à l’inscription.',
  [I.RESET_INVALID]: 'Lien de réinitialisation invalide, déjà utilisé ou expiré : demandez-en un nouveau.',
  [I.REFRESH_INVALID]: 'Session expirée, veuillez vous reconnecter.',
  [I.REFRESH_REUSED]: 'Ce jeton a déjà été utilisé : la session est révoquée.',
  [I.SESSION_ENDED]: 'Session terminée, veuillez vous reconnecter.',
  [I.TOKEN_INVALID]: 'Jeton invalide.',
  [I.TOKEN_EXPIRED]: 'Jeton expiré.',
  [I.INVALID_CLIENT]: 'Client inconnu ou secret incorrect.',
  [I.API_CLIENT_NOT_FOUND]: 'Système connecté introuvable.',
  [I.TOO_MANY_ATTEMPTS]: 'Trop de tentatives, réessayez plus tard.',
  [I.TOO_MANY_REQUESTS]: 'Trop de demandes depuis cette adresse, réessayez plus tard.',
  [I.AUTHENTICATION_REQUIRED]: 'Authentification requise.',
  [I.ROLE_NOT_ALLOWED]: 'Votre rôle ne permet pas cette action.',
  [I.CSRF_HEADER_REQUIRED]: 'Requête refusée : l’en-tête X-Requested-With: alin-portal est requis avec le cookie de session.',
  [I.CSRF_ORIGIN]: 'Requête refusée : elle ne vient pas du portail.',
} satisfies Record<IdentityErrorCode, string | ((p: never) => string)>;

const error = (kind: DomainError['kind'], code: IdentityErrorCode, message: string, fields?: FieldError[]) => new DomainError(kind, code, message, fields ? { fields } : {});
/** Codes whose message names nothing of the case. */
type FixedCode = { [K in IdentityErrorCode]: (typeof MESSAGES)[K] extends string ? K : never }[IdentityErrorCode];
const unauthorized = (code: FixedCode) => error('unauthorized', code, MESSAGES[code]);
const rateLimited = (code: FixedCode, retryAfterSeconds: number) => new DomainError('rate_limited', code, MESSAGES[code], { details: { retryAfterSeconds } });

/** The factories of the module's errors, one per situation. */
export const identityError = {
  invalidCredentials: () => unauthorized(I.INVALID_CREDENTIALS),
  emailNotConfirmed: () => unauthorized(I.EMAIL_NOT_CONFIRMED),
  passwordTooShort: (field: string, min: number) => error('invalid', I.PASSWORD_TOO_SHORT, MESSAGES[I.PASSWORD_TOO_SHORT]({ min }), [{ field, message: `au moins ${min} octets` }]),
  /** a password being set (registration, reset, invitation, change): refused rather than truncated */
  passwordTooLong: (field: string, max: number) =>
    error('invalid', I.PASSWORD_TOO_LONG, MESSAGES[I.PASSWORD_TOO_LONG]({ max, atSignIn: false }), [
      { field, message: `au plus ${max} octets (UTF-8) : un mot de passe plus long serait tronqué` },
    ]),
  /** a password typed at sign-in that no account can have (no guess is evaluated) */
  passwordTooLongAtSignIn: (max: number) =>
    error('invalid', I.PASSWORD_TOO_LONG, MESSAGES[I.PASSWORD_TOO_LONG]({ max, atSignIn: true }), [{ field: 'password', message: `au plus ${max} octets (UTF-8)` }]),
  /** the current password, asked before changing it, is wrong (named next to its field) */
  currentPasswordWrong: () => {
    const message = MESSAGES[I.PASSWORD_MISMATCH]({ current: true });
    return error('forbidden', I.PASSWORD_MISMATCH, message, [{ field: 'currentPassword', message }]);
  },
  /** the password asked again before an erasure is wrong */
  passwordWrong: () => error('forbidden', I.PASSWORD_MISMATCH, MESSAGES[I.PASSWORD_MISMATCH]({ current: false })),
  accountNotFound: () => error('not_found', I.ACCOUNT_NOT_FOUND, MESSAGES[I.ACCOUNT_NOT_FOUND]),
  orgRequired: (role: string) => error('invalid', I.ORG_REQUIRED, MESSAGES[I.ORG_REQUIRED]({ role }), [{ field: 'orgId', message: 'obligatoire pour ce rôle' }]),
  invitationInvalid: () => unauthorized(I.INVITATION_INVALID),
  confirmationInvalid: () => unauthorized(I.CONFIRMATION_INVALID),
  confirmationPasswordMismatch: () => unauthorized(I.CONFIRMATION_PASSWORD_MISMATCH),
  resetInvalid: () => unauthorized(I.RESET_INVALID),
  refreshInvalid: () => unauthorized(I.REFRESH_INVALID),
  refreshReused: () => unauthorized(I.REFRESH_REUSED),
  sessionEnded: () => unauthorized(I.SESSION_ENDED),
  tokenInvalid: () => unauthorized(I.TOKEN_INVALID),
  invalidClient: () => unauthorized(I.INVALID_CLIENT),
  apiClientNotFound: () => error('not_found', I.API_CLIENT_NOT_FOUND, MESSAGES[I.API_CLIENT_NOT_FOUND]),

  // ——— raised by the adapters of the module's ports (account repository, token service, throttles) ———
  /** 409: the address already has an account (the repository's unique index) */
  emailTaken: () => error('conflict', I.EMAIL_TAKEN, MESSAGES[I.EMAIL_TAKEN]),
  tokenExpired: () => unauthorized(I.TOKEN_EXPIRED),
  /** 429: too many sign-in attempts (details: the seconds to wait) */
  tooManyAttempts: (retryAfterSeconds: number) => rateLimited(I.TOO_MANY_ATTEMPTS, retryAfterSeconds),
  /** 429: too many requests of a flow from one address (details: the seconds to wait) */
  tooManyRequests: (retryAfterSeconds: number) => rateLimited(I.TOO_MANY_REQUESTS, retryAfterSeconds),

  // ——— raised by the HTTP layer that guards the module's routes ———
  authenticationRequired: () => unauthorized(I.AUTHENTICATION_REQUIRED),
  roleNotAllowed: () => error('forbidden', I.ROLE_NOT_ALLOWED, MESSAGES[I.ROLE_NOT_ALLOWED]),
  csrfHeaderRequired: () => error('forbidden', I.CSRF_HEADER_REQUIRED, MESSAGES[I.CSRF_HEADER_REQUIRED]),
  csrfOrigin: () => error('forbidden', I.CSRF_ORIGIN, MESSAGES[I.CSRF_ORIGIN]),
};

/** Whether an error is the account repository's "this address already has an account". */
export const isEmailTaken = (e: unknown): boolean => e instanceof DomainError && e.code === I.EMAIL_TAKEN;

/** The answer of registration and of a reset request, whatever the address (an account or not): not an error, so that it reveals nothing. */
export const CHECK_YOUR_MAILBOX = 'Vérifiez votre boîte mail : si cette adresse peut recevoir un lien, il vient de vous être envoyé.';
