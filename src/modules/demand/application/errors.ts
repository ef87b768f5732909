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
  /** too many refused imports from this account or address: wait (rate_limited, Retry-After) */
  IMPORT_THROTTLED: 'DEMAND.IMPORT_THROTTLED',
  /** no registry is configured to register the demand with (unavailable: the job waits) */
  REGISTRY_NOT_CONFIGURED: 'REGISTRY.NOT_CONFIGURED',
} as const;

export const demandNotFound = (): DomainError => notFound(DEMAND_APP_ERRORS.NOT_FOUND, 'Demande introuvable.');

export const demandAlreadyExists = (existingId?: string): DomainError =>
  conflict(
    DEMAND_APP_ERRORS.ALREADY_EXISTS,
    'Vous avez déjà une demande en cours : modifiez-la, ou annulez-la avant d’en créer une autre.',
    existingId ? { demandId: existingId } : undefined,
  );

export const concurrentUpdate = (): DomainError =>
  conflict(DEMAND_APP_ERRORS.CONCURRENT_UPDATE, 'La demande a été modifiée entre-temps : rechargez-la et recommencez.');

export const invalidData = (fields: FieldError[]): DomainError =>
  new DomainError('invalid', DEMAND_APP_ERRORS.INVALID_DATA, 'La demande contient des données invalides.', { fields });
