import type { FluxOffer } from '../offer/index';
import type { Page, PageRequest } from '../../shared/pagination';
import type { Agreement } from './domain/agreement';
import type { Landlord } from './domain/landlord';

export interface LandlordRepository {
  /** throws DomainError conflict LANDLORD.SIREN_TAKEN when the SIREN exists */
  insert(landlord: Landlord): Promise<void>;
  /** throws DomainError conflict LANDLORD.SIREN_TAKEN when the SIREN belongs to another landlord */
  update(landlord: Landlord): Promise<void>;
  findById(id: string): Promise<Landlord | null>;
  findManyByIds(ids: readonly string[]): Promise<Landlord[]>;
  /** by name or SIREN (case-insensitive contains), by name */
  /** by name (`nameOrder`, ascending by default), ties by id */
  list(filter: { q?: string | undefined; nameOrder?: 'asc' | 'desc' | undefined }, page: PageRequest): Promise<Page<Landlord>>;
}

export interface AgreementRepository {
  /** throws DomainError conflict LANDLORD.AGREEMENT_EXISTS when the landlord has one for that département and year */
  insert(agreement: Agreement): Promise<void>;
  update(agreement: Agreement): Promise<void>;
  findById(id: string): Promise<Agreement | null>;
  listByLandlord(landlordId: string): Promise<Agreement[]>;
  findFor(landlordId: string, departement: string, year: number): Promise<Agreement | null>;
}

/** What the landlord module needs of the offers published against its agreements (the offer module answers). */
export interface AgreementOfferSource {
  /** offers published (ever) and allocated, per agreement */
  counts(agreementIds: readonly string[]): Promise<Map<string, { published: number; allocated: number }>>;
  /** the agreement's offers, for the yearly report (with commune names) */
  offers(agreementId: string): Promise<FluxOffer[]>;
}

/** Registers a connected landlord system's client credentials (the identity module answers). */
export interface ApiClientRegistrar {
  register(input: { landlordId: string; name: string } & Partial<ApiClientCredentials>): Promise<{ clientId: string; clientSecret: string; accountId: string }>;
}

/** Fixed client credentials: only the demo seed passes them (the API always draws new ones). */
export interface ApiClientCredentials {
  clientId: string;
  clientSecret: string;
}
