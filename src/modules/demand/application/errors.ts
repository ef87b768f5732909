import { conflict, DomainError, notFound } from '../../../shared/errors';
import type { FieldError } from '../../../shared/errors';

/** Stable error codes of the demand module's use cases (the domain's are in domain/demand-errors.ts). */
export const DEMAND_APP_ERRORS = {
  /** no such demand, or the caller may not know it exists (not_found) */
  NOT_FOUND: 'DEMAND.NOT_FOUND',
  /** the applicant already has a demand that is not final (conflict) */
  ALREADY_EXISTS: 'DEMAND.ALREADY_EXISTS',
  /** someone changed the demand in between: reload and try again (conflict) */
  CONCURRENT_UPDATE: 'DEMAND.CONCURRENT_UPDATE',
  /** the registry delivered a number another demand already holds (conflict) */
  REGISTRATION_NUMBER_TAKEN: 'DEMAND.REGISTRATION_NUMBER_TAKEN',
  /** the data breaks a rule that holds even for a draft, e.g. a birth date in the future (invalid, with fields) */
  INVALID_DATA: 'DEMAND.INVALID_DATA',
  /** too many refused imports from this account or address, or for this registry number: wait (rate_limited, Retry-After) */
  IMPORT_THROTTLED: 'DEMAND.IMPORT_THROTTLED',
  /** too many codes sent for this registry number in the window: wait (rate_limited, Retry-After) */
  IMPORT_CODES_THROTTLED: 'DEMAND.IMPORT_CODES_THROTTLED',
  /** the registry records no e-mail address to send the code to (conflict) */
  IMPORT_NO_CONTACT: 'DEMAND.IMPORT_NO_CONTACT',
  /** no pending import with this id for this account (not_found) */
  IMPORT_NOT_FOUND: 'DEMAND.IMPORT_NOT_FOUND',
  /** the code is not the one sent (invalid, field `code`, with the tries left) */
  IMPORT_CODE_INVALID: 'DEMAND.IMPORT_CODE_INVALID',
  /** the code expired, or its tries are spent: start the import again (conflict) */
  IMPORT_CODE_EXPIRED: 'DEMAND.IMPORT_CODE_EXPIRED',
  /** no registry is configured to register the demand with (unavailable: the job waits) */
  REGISTRY_NOT_CONFIGURED: 'REGISTRY.NOT_CONFIGURED',
  /** the registry named for an import is not the one serving the département named with it (invalid, field `registry`) */
  IMPORT_REGISTRY_MISMATCH: 'DEMAND.IMPORT_REGISTRY_MISMATCH',
  /** not a département code (invalid, field `departement`) */
  UNKNOWN_DEPARTEMENT: 'DEMAND.UNKNOWN_DEPARTEMENT',
  /** the demand has no registration number, or is closed: no registration certificate (conflict) */
  NOT_REGISTERED: 'DEMAND.NOT_REGISTERED',
} as const;

export const demandNotFound = (): DomainError => notFound(DEMAND_APP_ERRORS.NOT_FOUND, 'Demande introuvable.');

export const demandAlreadyExists = (existingId?: string): DomainError =>
  conflict(
    DEMAND_APP_ERRORS.ALREADY_EXISTS,
    'Vous avez déjà une demande en cours : modifiez-la, ou annulez-la avant d’en créer une autre.',
    existingId ? { demandId: existingId } : undefined,
  );

export const notRegistered = (): DomainError =>
  conflict(
    DEMAND_APP_ERRORS.NOT_REGISTERED,
    'L’attestation d’enregistrement n’est délivrée que pour une demande active qui a reçu son numéro unique.',
  );

export const concurrentUpdate = (): DomainError =>
  conflict(DEMAND_APP_ERRORS.CONCURRENT_UPDATE, 'La demande a été modifiée entre-temps : rechargez-la et recommencez.');

export const invalidData = (fields: FieldError[]): DomainError =>
  new DomainError('invalid', DEMAND_APP_ERRORS.INVALID_DATA, 'La demande contient des données invalides.', { fields });

// ---- the import of a registry demand (number + birth date, then a code sent to the registry's contact) ----

export const importThrottled = (retryAfterSeconds: number): DomainError =>
  new DomainError('rate_limited', DEMAND_APP_ERRORS.IMPORT_THROTTLED, 'Trop d’essais d’import sans succès : réessayez plus tard, ou saisissez votre demande.', {
    details: { retryAfterSeconds },
  });

export const importCodesThrottled = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    'rate_limited',
    DEMAND_APP_ERRORS.IMPORT_CODES_THROTTLED,
    'Plusieurs codes ont déjà été envoyés pour cette demande : utilisez le dernier reçu, ou réessayez plus tard.',
    { details: { retryAfterSeconds } },
  );

export const importNoContact = (): DomainError =>
  conflict(
    DEMAND_APP_ERRORS.IMPORT_NO_CONTACT,
    'Aucune adresse électronique n’est enregistrée au registre pour cette demande : nous ne pouvons pas vérifier qu’elle est la vôtre. Saisissez votre demande sur la plateforme, ou faites ajouter votre adresse électronique auprès d’un guichet enregistreur.',
  );

/** `label`: how the registry is named, e.g. `le fichier partagé Imhoweb` */
export const importRegistryMismatch = (departement: string, label: string): DomainError =>
  new DomainError('invalid', DEMAND_APP_ERRORS.IMPORT_REGISTRY_MISMATCH, `Dans le département ${departement}, les demandes sont enregistrées dans ${label} : importez votre demande depuis ce registre.`, {
    fields: [{ field: 'registry', message: `Le registre du département ${departement} est ${label}.` }],
  });

export const unknownDepartement = (): DomainError =>
  new DomainError('invalid', DEMAND_APP_ERRORS.UNKNOWN_DEPARTEMENT, 'Département inconnu : indiquez son code (par exemple 35, 2A ou 974).', {
    fields: [{ field: 'departement', message: 'code de département : 01 à 95, 2A, 2B, 971 à 978 ou 984 à 989' }],
  });

/** `label`: `le fichier partagé Imhoweb`, `le Système national d’enregistrement (SNE)` */
export const registryNotConnected = (label: string): DomainError =>
  new DomainError('unavailable', DEMAND_APP_ERRORS.REGISTRY_NOT_CONFIGURED,
    `${label.charAt(0).toUpperCase()}${label.slice(1)} n’est pas joignable depuis la plateforme pour le moment : réessayez plus tard ou saisissez votre demande. Rien n’a été perdu.`);

export const importNotFound = (): DomainError =>
  notFound(DEMAND_APP_ERRORS.IMPORT_NOT_FOUND, 'Import introuvable : recommencez l’import de votre demande.');

export const importCodeInvalid = (attemptsLeft: number): DomainError =>
  new DomainError('invalid', DEMAND_APP_ERRORS.IMPORT_CODE_INVALID, 'Le code saisi n’est pas le bon.', {
    fields: [{ field: 'code', message: attemptsLeft > 0 ? `Code incorrect : ${attemptsLeft === 1 ? 'il vous reste 1 essai' : `il vous reste ${attemptsLeft} essais`}.` : 'Code incorrect : plus aucun essai, recommencez l’import pour recevoir un nouveau code.' }],
    details: { attemptsLeft },
  });

export const importCodeExpired = (): DomainError =>
  conflict(DEMAND_APP_ERRORS.IMPORT_CODE_EXPIRED, 'Ce code n’est plus valable (expiré, remplacé par un code plus récent, ou trop d’essais) : recommencez l’import pour en recevoir un nouveau.');
