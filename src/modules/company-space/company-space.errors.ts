import { DomainError, type FieldError } from '../../shared/errors';

/**
 * Every error of the company-space module: its stable code, its French message, and the one
 * factory that builds it. No other file of the module writes a code or a message. The HTTP status
 * comes from the kind (`httpStatusOf` in the problem+json adapter). SIREN_TAKEN, SIRET_TAKEN and
 * TRANCHE_ALREADY_GRANTED are raised by the database repository (unique indexes),
 * TOO_MANY_SPACE_REQUESTS by the space requests' rate limiter, through the factories below.
 */
export const COMPANY_SPACE_ERRORS = {
  NOT_FOUND: 'COMPANY.NOT_FOUND',
  ROLE_NOT_ALLOWED: 'COMPANY.ROLE_NOT_ALLOWED',
  MANAGER_ONLY: 'COMPANY.MANAGER_ONLY',
  FIELD_NOT_ALLOWED: 'COMPANY.FIELD_NOT_ALLOWED',
  INVALID_ID: 'COMPANY.INVALID_ID',
  INVALID_NAME: 'COMPANY.INVALID_NAME',
  INVALID_NUMBER: 'COMPANY.INVALID_NUMBER',
  INVALID_HEADCOUNT: 'COMPANY.INVALID_HEADCOUNT',
  SIRET_REQUIRED: 'COMPANY.SIRET_REQUIRED',
  TOO_MANY_SIRETS: 'COMPANY.TOO_MANY_SIRETS',
  SIREN_TAKEN: 'COMPANY.SIREN_TAKEN',
  SIRET_TAKEN: 'COMPANY.SIRET_TAKEN',
  INVALID_SPACE_REQUEST: 'COMPANY.INVALID_SPACE_REQUEST',
  TOO_MANY_SPACE_REQUESTS: 'COMPANY.TOO_MANY_SPACE_REQUESTS',
  INVALID_SPACE_TRANSITION: 'COMPANY.INVALID_SPACE_TRANSITION',
  SPACE_NEEDS_MANAGER: 'COMPANY.SPACE_NEEDS_MANAGER',
  SPACE_NOT_DEPLOYED: 'COMPANY.SPACE_NOT_DEPLOYED',
  INVALID_MANAGER: 'COMPANY.INVALID_MANAGER',
  INVALID_YEAR: 'COMPANY.INVALID_YEAR',
  INVALID_DESCRIPTION: 'COMPANY.INVALID_DESCRIPTION',
  INVALID_QUOTA: 'COMPANY.INVALID_QUOTA',
  QUOTA_ABOVE_HEADCOUNT: 'COMPANY.QUOTA_ABOVE_HEADCOUNT',
  QUOTA_BELOW_USED: 'COMPANY.QUOTA_BELOW_USED',
  QUOTA_EXHAUSTED: 'COMPANY.QUOTA_EXHAUSTED',
  EMPLOYEE_NOT_FOUND: 'COMPANY.EMPLOYEE_NOT_FOUND',
  EMPLOYEE_NOT_VALIDATED: 'COMPANY.EMPLOYEE_NOT_VALIDATED',
  INVALID_VALIDATION_TRANSITION: 'COMPANY.INVALID_VALIDATION_TRANSITION',
  REASON_REQUIRED: 'COMPANY.REASON_REQUIRED',
  REASON_TOO_LONG: 'COMPANY.REASON_TOO_LONG',
  GRANT_NOT_FOUND: 'COMPANY.GRANT_NOT_FOUND',
  TRANCHE_ALREADY_GRANTED: 'COMPANY.TRANCHE_ALREADY_GRANTED',
} as const;
export type CompanySpaceErrorCode = (typeof COMPANY_SPACE_ERRORS)[keyof typeof COMPANY_SPACE_ERRORS];

const C = COMPANY_SPACE_ERRORS;
const fr = (n: number) => n.toLocaleString('fr-FR');

/** The message of each code (a function when it names figures of the case). */
const MESSAGES = {
  [C.NOT_FOUND]: 'Entreprise introuvable.',
  [C.ROLE_NOT_ALLOWED]: (p: { staffOnly: boolean }) => (p.staffOnly ? 'Réservé aux collaborateurs ALS.' : 'Votre rôle ne permet pas cette action.'),
  [C.MANAGER_ONLY]: 'Réservé aux gestionnaires de l’entreprise.',
  [C.FIELD_NOT_ALLOWED]: (p: { fields: readonly string[] }) => `Seul ALS peut modifier : ${p.fields.join(', ')}.`,
  [C.INVALID_ID]: 'Identifiant d’entreprise invalide.',
  [C.INVALID_NAME]: (p: { max: number }) => `Raison sociale obligatoire (${p.max} caractères au plus).`,
  [C.INVALID_NUMBER]: 'SIREN ou SIRET invalide.',
  [C.INVALID_HEADCOUNT]: 'L’effectif doit être un nombre entier positif.',
  [C.SIRET_REQUIRED]: (p: { removing: boolean }) => (p.removing ? 'Une entreprise garde au moins un SIRET.' : 'Au moins un SIRET est requis.'),
  [C.TOO_MANY_SIRETS]: (p: { max: number }) => `Au plus ${p.max} SIRET.`,
  [C.SIREN_TAKEN]: 'Une entreprise de ce SIREN existe déjà.',
  [C.SIRET_TAKEN]: 'Un de ces SIRET appartient déjà à une autre entreprise.',
  [C.INVALID_SPACE_REQUEST]: 'Demande d’espace entreprise invalide.',
  [C.TOO_MANY_SPACE_REQUESTS]: 'Trop de demandes d’espace depuis cette adresse : réessayez plus tard.',
  [C.INVALID_SPACE_TRANSITION]: (p: { action: string; from: string | null }) =>
    `Action « ${p.action} » impossible sur un espace ${p.from ? `à l’état « ${p.from} »` : 'inexistant'}.`,
  [C.SPACE_NEEDS_MANAGER]: 'Invitez au moins un gestionnaire, ou indiquez que l’entreprise délègue sa politique logement à ALS.',
  [C.SPACE_NOT_DEPLOYED]: (p: { forPolicy: boolean }) =>
    p.forPolicy ? 'L’espace entreprise n’est pas ouvert.' : 'L’espace entreprise n’est pas ouvert (non déployé ou suspendu).',
  [C.INVALID_MANAGER]: (p: { part: 'email' | 'displayName' }) => (p.part === 'email' ? 'Adresse e-mail du gestionnaire invalide.' : 'Nom du gestionnaire obligatoire.'),
  [C.INVALID_YEAR]: (p: { from: number; to: number }) => `Année de quota entre ${p.from} et ${p.to}.`,
  [C.INVALID_DESCRIPTION]: (p: { max: number }) => `Description de ${p.max} caractères au plus.`,
  [C.INVALID_QUOTA]: (p: { max: number }) => `Un quota est un nombre entier entre 0 et ${p.max}.`,
  [C.QUOTA_ABOVE_HEADCOUNT]: (p: { tranche: string; year: number; ceiling: number; headcount: number | null }) =>
    p.headcount === null
      ? `L’effectif de l’entreprise n’est pas renseigné : le quota ${p.year} de la tranche ${p.tranche} est limité à ${p.ceiling} tant qu’un agent ne l’a pas saisi.`
      : `Le quota ${p.year} de la tranche ${p.tranche} ne peut pas dépasser l’effectif de l’entreprise (${fr(p.headcount)} salariés) : chaque salarié ne reçoit une tranche qu’une fois.`,
  [C.QUOTA_BELOW_USED]: (p: { tranche: string; year: number; used: number }) =>
    `Le quota ${p.year} de la tranche ${p.tranche} ne peut pas descendre sous les ${p.used} attributions déjà faites.`,
  [C.QUOTA_EXHAUSTED]: (p: { tranche: string; year: number }) => `Le quota ${p.year} de la tranche ${p.tranche} est épuisé.`,
  [C.EMPLOYEE_NOT_FOUND]: 'Salarié introuvable dans cet espace.',
  [C.EMPLOYEE_NOT_VALIDATED]: 'Une tranche ne peut être accordée qu’à un salarié validé.',
  [C.INVALID_VALIDATION_TRANSITION]: (p: { decision: string; from: string }) => `Décision « ${p.decision} » impossible sur une demande de validation à l’état « ${p.from} ».`,
  [C.REASON_REQUIRED]: (p: { min?: number; max?: number }) =>
    p.min === undefined ? 'Le motif du refus est obligatoire.' : `Le motif est obligatoire (${p.min} à ${p.max} caractères).`,
  [C.REASON_TOO_LONG]: (p: { max: number }) => `Motif de ${p.max} caractères au plus.`,
  [C.GRANT_NOT_FOUND]: (p: { tranche: string }) => `Aucune tranche ${p.tranche} accordée à ce salarié.`,
  [C.TRANCHE_ALREADY_GRANTED]: (p: { tranche: string }) => `La tranche ${p.tranche} est déjà accordée à ce salarié.`,
} satisfies Record<CompanySpaceErrorCode, string | ((p: never) => string)>;

/** What a field at fault says, shown next to the field. */
const FIELD_MESSAGES = {
  siret: 'SIRET invalide (14 chiffres, clé de contrôle).',
  siren: 'SIREN invalide (9 chiffres, clé de contrôle).',
  siretOfAnotherSiren: (siren: string) => `Ce SIRET n’appartient pas au SIREN ${siren}.`,
  contactName: (max: number) => `1 à ${max} caractères`,
  contactEmail: 'adresse e-mail invalide',
  contactPhone: 'numéro de téléphone invalide',
  companyName: 'raison sociale trop longue',
  characters: (min: number, max: number) => `${min} à ${max} caractères`,
  atMostCharacters: (max: number) => `${max} caractères au plus`,
  required: 'obligatoire',
};

const error = (kind: DomainError['kind'], code: CompanySpaceErrorCode, message: string, options: { fields?: FieldError[]; details?: Record<string, unknown> } = {}) =>
  new DomainError(kind, code, message, options);

/** A field of the public space request at fault (SIRET, contact, company name). */
export type SpaceRequestFault = { field: 'siret' | 'contactEmail' | 'contactPhone' | 'name' } | { field: 'contactName'; max: number };

/** A company number at fault: an invalid SIRET or SIREN, or a SIRET of another SIREN. */
export type CompanyNumberFault = { kind: 'siret'; field: string } | { kind: 'siren' } | { kind: 'other_siren'; field: string; siren: string };

/** The factories of the module's errors, one per situation. */
export const companySpaceError = {
  /** 404: the company does not exist, or the caller may not know it does */
  notFound: () => error('not_found', C.NOT_FOUND, MESSAGES[C.NOT_FOUND]),
  /** 403: neither staff nor a company manager (staffOnly: the action is ALS staff's) */
  roleNotAllowed: (staffOnly = false) => error('forbidden', C.ROLE_NOT_ALLOWED, MESSAGES[C.ROLE_NOT_ALLOWED]({ staffOnly })),
  managerOnly: () => error('forbidden', C.MANAGER_ONLY, MESSAGES[C.MANAGER_ONLY]),
  fieldNotAllowed: (fields: readonly string[]) => error('forbidden', C.FIELD_NOT_ALLOWED, MESSAGES[C.FIELD_NOT_ALLOWED]({ fields })),
  invalidId: () => error('invalid', C.INVALID_ID, MESSAGES[C.INVALID_ID], { fields: [{ field: 'id', message: 'un identifiant (UUID)' }] }),
  invalidName: (max: number) => error('invalid', C.INVALID_NAME, MESSAGES[C.INVALID_NAME]({ max }), { fields: [{ field: 'name', message: FIELD_MESSAGES.characters(1, max) }] }),
  invalidNumbers: (faults: readonly CompanyNumberFault[]) =>
    error('invalid', C.INVALID_NUMBER, MESSAGES[C.INVALID_NUMBER], {
      fields: faults.map((f) =>
        f.kind === 'siren'
          ? { field: 'siren', message: FIELD_MESSAGES.siren }
          : f.kind === 'siret'
            ? { field: f.field, message: FIELD_MESSAGES.siret }
            : { field: f.field, message: FIELD_MESSAGES.siretOfAnotherSiren(f.siren) },
      ),
    }),
  invalidHeadcount: () => error('invalid', C.INVALID_HEADCOUNT, MESSAGES[C.INVALID_HEADCOUNT], { fields: [{ field: 'headcount', message: 'un nombre entier ≥ 0' }] }),
  /** no SIRET given to a new company */
  siretRequired: () => error('invalid', C.SIRET_REQUIRED, MESSAGES[C.SIRET_REQUIRED]({ removing: false }), { fields: [{ field: 'sirets', message: 'au moins un' }] }),
  /** a change would remove every SIRET of the company */
  lastSiretKept: () =>
    error('invalid', C.SIRET_REQUIRED, MESSAGES[C.SIRET_REQUIRED]({ removing: true }), { fields: [{ field: 'removeSirets', message: 'au moins un SIRET doit rester' }] }),
  tooManySirets: (max: number) => error('invalid', C.TOO_MANY_SIRETS, MESSAGES[C.TOO_MANY_SIRETS]({ max }), { fields: [{ field: 'addSirets', message: `${max} au plus` }] }),
  invalidSpaceRequest: (faults: readonly SpaceRequestFault[]) =>
    error('invalid', C.INVALID_SPACE_REQUEST, MESSAGES[C.INVALID_SPACE_REQUEST], {
      fields: faults.map((f) => ({
        field: f.field,
        message: f.field === 'contactName' ? FIELD_MESSAGES.contactName(f.max) : f.field === 'name' ? FIELD_MESSAGES.companyName : FIELD_MESSAGES[f.field],
      })),
    }),
  invalidSpaceTransition: (from: string | null, action: string, allowedFrom: readonly string[]) =>
    error('conflict', C.INVALID_SPACE_TRANSITION, MESSAGES[C.INVALID_SPACE_TRANSITION]({ action, from }), { details: { from, action, allowedFrom } }),
  spaceNeedsManager: () =>
    error('invalid', C.SPACE_NEEDS_MANAGER, MESSAGES[C.SPACE_NEEDS_MANAGER], {
      fields: [{ field: 'managers', message: 'au moins un gestionnaire, sauf si l’entreprise délègue à ALS' }],
    }),
  /** 409: a manager acts in a space that is not deployed (forPolicy: setting the policy, allowed in a configured space too) */
  spaceNotDeployed: (status: string | null, forPolicy = false) => error('conflict', C.SPACE_NOT_DEPLOYED, MESSAGES[C.SPACE_NOT_DEPLOYED]({ forPolicy }), { details: { status } }),
  invalidManager: (index: number, part: 'email' | 'displayName') =>
    error('invalid', C.INVALID_MANAGER, MESSAGES[C.INVALID_MANAGER]({ part }), {
      fields: [{ field: `managers.${index}.${part}`, message: part === 'email' ? 'une adresse e-mail' : FIELD_MESSAGES.required }],
    }),
  invalidYear: (from: number, to: number) => error('invalid', C.INVALID_YEAR, MESSAGES[C.INVALID_YEAR]({ from, to }), { fields: [{ field: 'year', message: `${from} à ${to}` }] }),
  invalidDescription: (field: string, max: number) =>
    error('invalid', C.INVALID_DESCRIPTION, MESSAGES[C.INVALID_DESCRIPTION]({ max }), { fields: [{ field, message: FIELD_MESSAGES.atMostCharacters(max) }] }),
  invalidQuota: (field: string, max: number) =>
    error('invalid', C.INVALID_QUOTA, MESSAGES[C.INVALID_QUOTA]({ max }), { fields: [{ field, message: `un nombre entier de 0 à ${max}` }] }),
  quotaAboveHeadcount: (tranche: string, year: number, ceiling: number, headcount: number | null) =>
    error('invalid', C.QUOTA_ABOVE_HEADCOUNT, MESSAGES[C.QUOTA_ABOVE_HEADCOUNT]({ tranche, year, ceiling, headcount }), {
      fields: [{ field: `quotas.${tranche}`, message: `au plus ${ceiling}` }],
      details: { tranche, year, ceiling, headcount },
    }),
  quotaBelowUsed: (tranche: string, year: number, used: number) =>
    error('conflict', C.QUOTA_BELOW_USED, MESSAGES[C.QUOTA_BELOW_USED]({ tranche, year, used }), {
      fields: [{ field: `quotas.${tranche}`, message: `au moins ${used}` }],
      details: { tranche, year, used },
    }),
  quotaExhausted: (tranche: string, year: number) => error('conflict', C.QUOTA_EXHAUSTED, MESSAGES[C.QUOTA_EXHAUSTED]({ tranche, year }), { details: { tranche, year } }),
  employeeNotFound: () => error('not_found', C.EMPLOYEE_NOT_FOUND, MESSAGES[C.EMPLOYEE_NOT_FOUND]),
  employeeNotValidated: (status: string) => error('conflict', C.EMPLOYEE_NOT_VALIDATED, MESSAGES[C.EMPLOYEE_NOT_VALIDATED], { details: { status } }),
  invalidValidationTransition: (from: string, decision: string) =>
    error('conflict', C.INVALID_VALIDATION_TRANSITION, MESSAGES[C.INVALID_VALIDATION_TRANSITION]({ decision, from }), { details: { from, decision } }),
  /** a rejection without its reason */
  rejectionReasonRequired: () => error('invalid', C.REASON_REQUIRED, MESSAGES[C.REASON_REQUIRED]({}), { fields: [{ field: 'reason', message: 'obligatoire pour refuser' }] }),
  /** a tranche granted without a reason of min..max characters */
  grantReasonRequired: (min: number, max: number) =>
    error('invalid', C.REASON_REQUIRED, MESSAGES[C.REASON_REQUIRED]({ min, max }), { fields: [{ field: 'reason', message: FIELD_MESSAGES.characters(min, max) }] }),
  reasonTooLong: (max: number) =>
    error('invalid', C.REASON_TOO_LONG, MESSAGES[C.REASON_TOO_LONG]({ max }), { fields: [{ field: 'reason', message: FIELD_MESSAGES.atMostCharacters(max) }] }),
  grantNotFound: (tranche: string) => error('not_found', C.GRANT_NOT_FOUND, MESSAGES[C.GRANT_NOT_FOUND]({ tranche })),

  // ——— raised by the adapters (the repository's unique indexes, the space requests' rate limiter) ———
  /** 409: a second company with the same SIREN */
  sirenTaken: () => error('conflict', C.SIREN_TAKEN, MESSAGES[C.SIREN_TAKEN]),
  /** 409: a SIRET already held by another company */
  siretTaken: () => error('conflict', C.SIRET_TAKEN, MESSAGES[C.SIRET_TAKEN]),
  /** 409: the tranche is already granted to the employee */
  trancheAlreadyGranted: (tranche: string) => error('conflict', C.TRANCHE_ALREADY_GRANTED, MESSAGES[C.TRANCHE_ALREADY_GRANTED]({ tranche }), { details: { tranche } }),
  /** 429: too many space requests from one address (details: the seconds to wait) */
  tooManySpaceRequests: (retryAfterSeconds: number) => error('rate_limited', C.TOO_MANY_SPACE_REQUESTS, MESSAGES[C.TOO_MANY_SPACE_REQUESTS], { details: { retryAfterSeconds } }),
};
