import type { IsoDate } from '../../../shared/dates';
import type { DemandData } from '../domain/demand-data';
import type { RegistryRadiationReason } from '../domain/demand-lifecycle';

/**
 * Demand registries: the national registry (SNE) and the regional shared files (Imhoweb, FCR,
 * Habisoft) that synchronise with it, each speaking the same interfaceNuu exchange. A demand registered there gets a
 * registration number ("numéro unique", NUR in Île-de-France, NUD elsewhere: 18 characters)
 * and a registration date, which is the demand's seniority.
 *
 * Adapters throw a DomainError of kind `unavailable`, code `REGISTRY.UNAVAILABLE`, when the
 * registry cannot be reached, is too slow, or answers something unreadable, once their own
 * bounded retries are spent: the use cases then queue the work and try again later.
 * Business answers are not errors of that kind: an unknown number is `null` from `fetch`.
 */

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

/** A demand the registry struck off, from its struck-off feed. */
export interface RegistryRadiation {
  number: string;
  /** when it was struck off, when the registry says */
  on?: IsoDate;
  /** why, when the registry says (`other` otherwise) */
  reason: RegistryRadiationReason;
}

/** The home a housed demand got, as the registry's radiation pour attribution carries it. */
export interface HousedHome {
  /** INSEE code of the home's commune */
  communeCode?: string;
  /** T1…T6 */
  typology?: string;
  /** PLAI, PLUS, PLS, … */
  financing?: string;
  /** the landlord's SIREN */
  landlordSiren?: string;
  /** the platform's reference of the offer */
  offerReference?: string;
}

export interface DemandRegistry {
  /** e.g. `sne`, `imhoweb` */
  readonly id: string;
  /** Registers a demand (or updates the one holding `hint.existingNumber`) and returns its number and registration date. */
  register(data: DemandData, hint?: RegisterHint): Promise<{ number: string; registrationDate: IsoDate }>;
  /** The demand holding this number, or null when the registry does not know it (or no longer holds it). */
  fetch(number: string): Promise<RegistryDemand | null>;
  /** Numbers of the demands struck off (radiées) on or after this date. */
  struckOffSince(date: IsoDate): Promise<string[]>;
  /** Numbers of the demands recognised DALO on or after this date, when the registry tells it. */
  newDaloSince?(date: IsoDate): Promise<string[]>;
  /** The struck-off feed with the date and the reason of each radiation, when the registry tells them. */
  radiationsSince?(date: IsoDate): Promise<RegistryRadiation[]>;
  /**
   * Tells the registry the demand was renewed on this date (its registration date is kept).
   * Idempotent. Throws conflict `REGISTRY.DEMAND_STRUCK_OFF` when the registry struck it off, not found `REGISTRY.UNKNOWN_NUMBER`.
   */
  renew?(number: string, on: IsoDate): Promise<void>;
  /** Strikes the demand off as housed (radiation pour attribution) with the home; a second identical call is answered as the first. */
  reportHoused?(number: string, input: { on: IsoDate; home: HousedHome }): Promise<void>;
}

/** How a registry is named to people: the national registry, or a regional shared file. */
export interface RegistryDescription {
  /** e.g. `sne`, `imhoweb` */
  id: string;
  /** `national`: the SNE; `shared_file`: a regional shared file (Imhoweb, FCR, Habisoft…) synchronised with it */
  kind: 'national' | 'shared_file';
  /** short name, e.g. `SNE`, `Imhoweb` */
  name: string;
  /** how a sentence names it, in French, e.g. `le fichier partagé Imhoweb`, `le Système national d’enregistrement (SNE)` */
  label: string;
}

/**
 * The registries the platform is connected to, by id, and which one serves each département:
 * its regional shared file where one is configured, the default registry (the SNE) elsewhere.
 * Registration numbers are unique per registry only: a demand is known by (registry, number).
 */
export interface DemandRegistries {
  get(id: string): DemandRegistry | undefined;
  /** ids of the registries connected (the SNE only when its endpoint is set) */
  list(): string[];
  /** id of the registry serving this département (INSEE code `35`, `2A`, `974`); the default one for an unknown or absent code */
  forDepartement(code: string | undefined): string;
  /** the départements a registry other than the default serves (empty for the default) */
  departementsOf(id: string): string[];
  /** how a registry is named, connected or not (undefined for an id the platform does not know) */
  describe(id: string): RegistryDescription | undefined;
}
