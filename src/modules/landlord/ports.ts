import type { FluxOffer, LandlordWaitingOffers } from '../offer/index';
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
  /** the landlord's offers waiting for it: sent back with a message, and transmitted (CAL decisions to record) */
  waiting(landlordId: string): Promise<LandlordWaitingOffers>;
}

/** Registers a connected landlord system's client credentials (the identity module answers). */
export interface ApiClientRegistrar {
  register(input: { landlordId: string; name: string } & Partial<ApiClientCredentials>): Promise<{ clientId: string; clientSecret: string; accountId: string }>;
  /** the landlord's connected systems, newest first (never a secret) */
  list(landlordId: string): Promise<ApiClientView[]>;
  /** revokes one of the landlord's systems: no new token, its sessions end (not found: NotFound) */
  revoke(landlordId: string, clientId: string): Promise<ApiClientView>;
}

/** A connected system as its landlord sees it. */
export interface ApiClientView {
  clientId: string;
  name: string;
  accountId: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** Fixed client credentials: only the demo seed passes them (the API always draws new ones). */
export interface ApiClientCredentials {
  clientId: string;
  clientSecret: string;
}

// ——— the landlord's users (the landlord portal) ———

/** A person of the landlord who uses the landlord portal (an invited account). */
export interface LandlordUser {
  landlordId: string;
  accountId: string;
  email: string;
  displayName: string;
  /** may invite and remove the landlord's other users */
  admin: boolean;
  invitedAt: Date;
  invitedByAccountId: string | null;
  removedAt: Date | null;
}

export interface LandlordUserRepository {
  add(user: LandlordUser): Promise<void>;
  /** the users not removed, by name */
  listForLandlord(landlordId: string): Promise<LandlordUser[]>;
  /** the user of the landlord (removed or not) */
  find(landlordId: string, accountId: string): Promise<LandlordUser | null>;
  markRemoved(landlordId: string, accountId: string, at: Date, byAccountId: string): Promise<void>;
}

/** Messages of the landlord module to an address (`landlord.outbox`), delivered by the mail adapter. */
export interface LandlordOutbox {
  add(message: { toEmail: string; kind: string; payload: Record<string, unknown> }): Promise<void>;
}

export type LandlordAccountStatus = 'invited' | 'active' | 'disabled' | 'other';

/** The accounts of landlord users (the identity module answers). */
export interface LandlordAccounts {
  /** a `landlord_user` account in status invited, member of the landlord, and its one-time token (throws conflict IDENTITY.EMAIL_TAKEN) */
  invite(input: { email: string; displayName: string; landlordId: string }): Promise<{ accountId: string; invitationToken: string; expiresAt: Date }>;
  /** the account can no longer sign in; every session of it ends */
  disable(accountId: string): Promise<void>;
  /** the status of each account given, by id, in one call (an account not found is `other`) */
  statusesOf(accountIds: readonly string[]): Promise<Map<string, LandlordAccountStatus>>;
}

export interface LandlordSettings {
  /** the platform's public address (the links of the invitations) */
  publicUrl: string;
}
