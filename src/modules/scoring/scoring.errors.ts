import { DomainError, type DomainErrorKind, type FieldError } from '../../shared/errors';

/**
 * Every error of the scoring module: its stable code, its French message, and the factory that
 * builds it; also the messages of the fields at fault in a bonus or a grid. No other file of the
 * module writes a code or a message. The HTTP status comes from the kind (`httpStatusOf` in the
 * problem+json adapter).
 */
export const SCORING_ERRORS = {
  ROLE_NOT_ALLOWED: 'SCORING.ROLE_NOT_ALLOWED',
  INVALID_BONUS: 'SCORING.INVALID_BONUS',
  BONUS_NOT_FOUND: 'SCORING.BONUS_NOT_FOUND',
  BONUS_ENDED: 'SCORING.BONUS_ENDED',
  BONUS_STARTED: 'SCORING.BONUS_STARTED',
  INVALID_GRID: 'SCORING.INVALID_GRID',
  GRID_NOT_FOUND: 'SCORING.GRID_NOT_FOUND',
  GRID_ALREADY_ACTIVE: 'SCORING.GRID_ALREADY_ACTIVE',
  CONCURRENT_UPDATE: 'SCORING.CONCURRENT_UPDATE',
  /** an allocation recorded with a size class that is not PME, ETI or GE (invalid) */
  INVALID_ALLOCATION: 'SCORING.INVALID_ALLOCATION',
  /** a ranking asked with a reference date that is not a date (invalid) */
  INVALID_REFERENCE_DATE: 'SCORING.INVALID_REFERENCE_DATE',
  /** a ranking asked with the same candidacy twice (invalid) */
  DUPLICATE_CANDIDACY: 'SCORING.DUPLICATE_CANDIDACY',
} as const;
export type ScoringErrorCode = (typeof SCORING_ERRORS)[keyof typeof SCORING_ERRORS];

const S = SCORING_ERRORS;

/** The message of each code (a function when it names something of the case). */
const MESSAGES = {
  [S.ROLE_NOT_ALLOWED]: 'Réservé aux collaborateurs ALS.',
  [S.INVALID_BONUS]: 'Bonus d’équilibrage invalide.',
  [S.BONUS_NOT_FOUND]: 'Bonus d’équilibrage introuvable.',
  [S.BONUS_ENDED]: 'Ce bonus a été arrêté : il ne peut plus être modifié.',
  [S.BONUS_STARTED]: 'Le bonus a commencé : sa cible et sa date de début ne changent plus. Arrêtez-le et ouvrez-en un autre.',
  [S.INVALID_GRID]: 'Grille de cotation invalide.',
  [S.GRID_NOT_FOUND]: 'Grille de cotation introuvable.',
  [S.GRID_ALREADY_ACTIVE]: 'Une grille est déjà active pour cet EPCI.',
  [S.CONCURRENT_UPDATE]: 'La grille a été modifiée entre-temps : rechargez-la.',
  [S.INVALID_ALLOCATION]: (p: { sizeClass: string }) => `Taille d’entreprise inconnue : ${p.sizeClass} (PME, ETI ou GE).`,
  [S.INVALID_REFERENCE_DATE]: (p: { referenceDate: string }) => `Date de référence invalide : ${p.referenceDate}.`,
  [S.DUPLICATE_CANDIDACY]: (p: { candidacyId: string }) => `La candidature ${p.candidacyId} figure deux fois dans le classement.`,
} satisfies Record<ScoringErrorCode, string | ((p: never) => string)>;

const error = (kind: DomainErrorKind, code: ScoringErrorCode, message: string, options: { fields?: FieldError[]; details?: Record<string, unknown> } = {}) =>
  new DomainError(kind, code, message, options);

/** The factories of the module's errors, one per situation. */
export const scoringError = {
  roleNotAllowed: () => error('forbidden', S.ROLE_NOT_ALLOWED, MESSAGES[S.ROLE_NOT_ALLOWED]),
  /** `fields`: every rule of the bonus broken, each naming its field (see `bonusField`) */
  invalidBonus: (fields: FieldError[]) => error('invalid', S.INVALID_BONUS, MESSAGES[S.INVALID_BONUS], { fields }),
  bonusNotFound: () => error('not_found', S.BONUS_NOT_FOUND, MESSAGES[S.BONUS_NOT_FOUND]),
  bonusEnded: () => error('conflict', S.BONUS_ENDED, MESSAGES[S.BONUS_ENDED]),
  bonusStarted: () => error('conflict', S.BONUS_STARTED, MESSAGES[S.BONUS_STARTED]),
  /** `fields`: every rule of the grid broken, each naming its field (see `gridField`) */
  invalidGrid: (fields: FieldError[]) => error('invalid', S.INVALID_GRID, MESSAGES[S.INVALID_GRID], { fields }),
  gridNotFound: () => error('not_found', S.GRID_NOT_FOUND, MESSAGES[S.GRID_NOT_FOUND]),
  gridAlreadyActive: () => error('conflict', S.GRID_ALREADY_ACTIVE, MESSAGES[S.GRID_ALREADY_ACTIVE]),
  /** the grid changed since it was read (the repository's version check) */
  concurrentUpdate: () => error('conflict', S.CONCURRENT_UPDATE, MESSAGES[S.CONCURRENT_UPDATE]),
  invalidAllocation: (sizeClass: string) => error('invalid', S.INVALID_ALLOCATION, MESSAGES[S.INVALID_ALLOCATION]({ sizeClass })),
  invalidReferenceDate: (referenceDate: string) =>
    error('invalid', S.INVALID_REFERENCE_DATE, MESSAGES[S.INVALID_REFERENCE_DATE]({ referenceDate }), { fields: [{ field: 'referenceDate', message: 'date AAAA-MM-JJ' }] }),
  duplicateCandidacy: (candidacyId: string) => error('invalid', S.DUPLICATE_CANDIDACY, MESSAGES[S.DUPLICATE_CANDIDACY]({ candidacyId }), { fields: [], details: { candidacyId } }),
};

const field = (name: string, message: string): FieldError => ({ field: name, message });

/** A field at fault in a balancing bonus, with what it should be. */
export const bonusField = {
  targetMissing: () => field('sizeClass', 'une cible est nécessaire : une taille d’entreprise, une entreprise ou un EPCI'),
  sizeClass: () => field('sizeClass', 'PME, ETI ou GE'),
  companyId: () => field('companyId', 'identifiant d’entreprise invalide'),
  epciCode: () => field('epciCode', 'SIREN de l’EPCI : 9 chiffres'),
  points: (max: number) => field('points', `un nombre entier de 0 à ${max}`),
  date: (name: 'startDate' | 'endDate') => field(name, 'date AAAA-MM-JJ'),
  endBeforeStart: () => field('endDate', 'la date de fin précède la date de début'),
  endPassed: () => field('endDate', 'la date de fin est passée'),
  endPassedStopInstead: () => field('endDate', 'la date de fin est passée : arrêtez le bonus plutôt'),
  reasonMissing: () => field('reason', 'un motif public est nécessaire'),
  reasonTooLong: (max: number) => field('reason', `au plus ${max} caractères`),
};

/** A field at fault in a territory grid (`at`: the path of a criterion's field, e.g. `criteria.2.value`). */
export const gridField = {
  tooManyCriteria: (max: number) => field('criteria', `au plus ${max} critères`),
  criterionId: (at: string) => field(at, 'lettres minuscules, chiffres, - et _ (40 au plus)'),
  criterionIdTaken: (at: string) => field(at, 'identifiant déjà utilisé dans la grille'),
  label: (at: string) => field(at, 'un libellé de 1 à 200 caractères'),
  unknownFact: (at: string, facts: readonly string[]) => field(at, `fait inconnu ; faits possibles : ${facts.join(', ')}`),
  points: (at: string, limit: number) => field(at, `un nombre entier de −${limit} à ${limit}`),
  operator: (at: string, operators: readonly string[]) => field(at, operators.join(', ')),
  trueOnBoolean: (at: string) => field(at, '« true » ne s’applique qu’à un fait oui/non'),
  comparisonOnNumber: (at: string) => field(at, 'comparaison réservée aux faits numériques'),
  number: (at: string) => field(at, 'un nombre'),
  valueOfType: (at: string, type: string) => field(at, `une valeur de type ${type}`),
  listOfType: (at: string, type: string) => field(at, `une liste de 1 à 50 valeurs de type ${type}`),
  epciCode: () => field('epciCode', 'SIREN de l’EPCI : 9 chiffres'),
  name: () => field('name', 'un nom de 1 à 120 caractères'),
};
