import type { IsoDate } from '../../../shared/dates';
import type { DemandData } from '../domain/demand-data';

/**
 * Demand registries: the national registry (SNE) and, later, the regional shared files
 * (Imhoweb, FCR, Habisoft) that synchronise with it. A demand registered there gets a
 * registration number ("numéro unique", NUR in Île-de-France, NUD elsewhere: 18 characters)
 * and a registration date, which is the demand's seniority.
 *
 * Adapters throw a DomainError of kind `unavailable`, code `REGISTRY.UNAVAILABLE`, when the
 * registry cannot be reached, is too slow, or answers something unreadable, once their own
 * bounded retries are spent: the use cases then queue the work and try again later.
 * Business answers are not errors of that kind: an unknown number is `null` from `fetch`.
 */

/** The code of the error adapters throw when a registry is down, slow or answers garbage. */
export const REGISTRY_UNAVAILABLE = 'REGISTRY.UNAVAILABLE';

/** A demand as a registry holds it. */
export interface RegistryDemand {
  /** id of the registry that holds it, e.g. `sne` */
  registry: string;
  /** the 18-character registration number (NUR/NUD) */
  number: string;
  /** the registration date: the demand's seniority, kept across renewals and imports */
  registrationDate: IsoDate;
  data: DemandData;
  /** the registry knows the demand as DALO (legally recognised priority) */
  dalo?: boolean;
}

export interface RegisterHint {
  /** the demand already has this number: the registry updates it and keeps number and date */
  existingNumber?: string;
  /**
   * A previous run may have registered this demand on or after this date without the platform
   * seeing the answer (a timeout, a crash between the answer and the save): the registry looks
   * for that registration first and returns it instead of registering the demand a second time.
   */
  mayAlreadyBeRegisteredSince?: IsoDate;
}

export interface DemandRegistry {
  /** e.g. `sne` */
  readonly id: string;
  /** Registers a demand (or updates the one holding `hint.existingNumber`) and returns its number and registration date. */
  register(data: DemandData, hint?: RegisterHint): Promise<{ number: string; registrationDate: IsoDate }>;
  /** The demand holding this number, or null when the registry does not know it (or no longer holds it). */
  fetch(number: string): Promise<RegistryDemand | null>;
  /** Numbers of the demands struck off (radiées) on or after this date. */
  struckOffSince(date: IsoDate): Promise<string[]>;
  /** Numbers of the demands recognised DALO on or after this date, when the registry tells it. */
  newDaloSince?(date: IsoDate): Promise<string[]>;
}

/** The registries the platform is connected to, by id. */
export interface DemandRegistries {
  get(id: string): DemandRegistry | undefined;
  list(): string[];
}
