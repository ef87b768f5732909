import { DomainError, type FieldError } from '../../shared/errors';

/**
 * Every error of the landlord module: its stable code, its French message, and the factory that
 * builds it. No other file of the module writes a code or a message. The HTTP status comes from
 * the kind (`httpStatusOf` in the problem+json adapter).
 */
export const LANDLORD_ERRORS = {
  NOT_FOUND: 'LANDLORD.NOT_FOUND',
  INVALID_DATA: 'LANDLORD.INVALID_DATA',
  SIREN_TAKEN: 'LANDLORD.SIREN_TAKEN',
  AGREEMENT_NOT_FOUND: 'LANDLORD.AGREEMENT_NOT_FOUND',
  AGREEMENT_EXISTS: 'LANDLORD.AGREEMENT_EXISTS',
  INVALID_AGREEMENT: 'LANDLORD.INVALID_AGREEMENT',
  /** a landlord user's invitation with an invalid address or name */
  INVALID_USER: 'LANDLORD.INVALID_USER',
  /** no such user of this landlord (or already removed) */
  USER_NOT_FOUND: 'LANDLORD.USER_NOT_FOUND',
  /** only an administrator of the landlord (or an agent) invites and removes its users */
  USER_ADMIN_ONLY: 'LANDLORD.USER_ADMIN_ONLY',
  /** an administrator does not remove themself (another administrator or an agent does) */
  CANNOT_REMOVE_SELF: 'LANDLORD.CANNOT_REMOVE_SELF',
  /** only agents change the referential of landlords and agreements */
  AGENT_ONLY: 'LANDLORD.AGENT_ONLY',
} as const;
export type LandlordErrorCode = (typeof LANDLORD_ERRORS)[keyof typeof LANDLORD_ERRORS];

const L = LANDLORD_ERRORS;

/** The message of each code (a function when it names figures of the case). */
const MESSAGES = {
  [L.NOT_FOUND]: 'Bailleur introuvable.',
  [L.INVALID_DATA]: 'Le bailleur contient des champs invalides.',
  [L.SIREN_TAKEN]: 'Un bailleur est déjà référencé avec ce SIREN.',
  [L.AGREEMENT_NOT_FOUND]: 'Convention de réservation introuvable.',
  [L.AGREEMENT_EXISTS]: (p: { departement: string; year: number }) => `Une convention existe déjà pour ce bailleur, le département ${p.departement} et l’année ${p.year}.`,
  [L.INVALID_AGREEMENT]: 'La convention contient des champs invalides.',
  [L.INVALID_USER]: 'L’invitation contient des champs invalides.',
  [L.USER_NOT_FOUND]: 'Utilisateur introuvable.',
  [L.USER_ADMIN_ONLY]: 'Seul un administrateur du bailleur peut inviter ou retirer ses utilisateurs.',
  [L.CANNOT_REMOVE_SELF]: 'Vous ne pouvez pas vous retirer vous-même : demandez-le à un autre administrateur ou à Action Logement.',
  [L.AGENT_ONLY]: 'Seul un collaborateur ALS peut modifier le référentiel des bailleurs.',
} satisfies Record<LandlordErrorCode, string | ((p: never) => string)>;

/** What a field of an invitation at fault says, shown next to the field. */
const FIELD_MESSAGES = {
  email: 'Adresse e-mail invalide.',
  displayName: 'Nom obligatoire.',
} as const;

type Options = { fields?: FieldError[]; details?: Record<string, unknown> };
const error = (kind: DomainError['kind'], code: LandlordErrorCode, message: string, options: Options = {}) => new DomainError(kind, code, message, options);

/** The factories of the module's errors, one per situation. */
export const landlordError = {
  /** 404: no such landlord, or the caller may not know it exists */
  notFound: () => error('not_found', L.NOT_FOUND, MESSAGES[L.NOT_FOUND]),
  agreementNotFound: () => error('not_found', L.AGREEMENT_NOT_FOUND, MESSAGES[L.AGREEMENT_NOT_FOUND]),
  userNotFound: () => error('not_found', L.USER_NOT_FOUND, MESSAGES[L.USER_NOT_FOUND]),
  agentOnly: () => error('forbidden', L.AGENT_ONLY, MESSAGES[L.AGENT_ONLY]),
  userAdminOnly: () => error('forbidden', L.USER_ADMIN_ONLY, MESSAGES[L.USER_ADMIN_ONLY]),
  cannotRemoveSelf: () => error('conflict', L.CANNOT_REMOVE_SELF, MESSAGES[L.CANNOT_REMOVE_SELF]),
  invalidData: (fields: FieldError[]) => error('invalid', L.INVALID_DATA, MESSAGES[L.INVALID_DATA], { fields }),
  /** the repository's answer to a second landlord with the same SIREN */
  sirenTaken: () => error('conflict', L.SIREN_TAKEN, MESSAGES[L.SIREN_TAKEN]),
  invalidAgreement: (fields: FieldError[]) => error('invalid', L.INVALID_AGREEMENT, MESSAGES[L.INVALID_AGREEMENT], { fields }),
  agreementExists: (departement: string, year: number) => error('conflict', L.AGREEMENT_EXISTS, MESSAGES[L.AGREEMENT_EXISTS]({ departement, year })),
  /** an invitation whose address or name is at fault */
  invalidUser: (fault: { email: boolean; displayName: boolean }) =>
    error('invalid', L.INVALID_USER, MESSAGES[L.INVALID_USER], {
      fields: [
        ...(fault.email ? [{ field: 'email', message: FIELD_MESSAGES.email }] : []),
        ...(fault.displayName ? [{ field: 'displayName', message: FIELD_MESSAGES.displayName }] : []),
      ],
    }),
};
