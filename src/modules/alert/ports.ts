import type { AlertCriteria, SavedSearch } from './domain/alert';

export interface AlertRepository {
  create(search: SavedSearch): Promise<void>;
  listByAccount(accountId: string): Promise<SavedSearch[]>;
  countByAccount(accountId: string): Promise<number>;
  find(id: string): Promise<SavedSearch | null>;
  /** true when it existed */
  delete(id: string): Promise<boolean>;
  /** every saved search, oldest first, a page at a time (the daily run) */
  listPage(afterId: string | null, limit: number): Promise<SavedSearch[]>;
  markChecked(id: string, checkedUntil: Date, mailedOn: string | null): Promise<void>;
  /** every saved search and queued mail of the account (GDPR erasure); how many searches */
  deleteByAccount(accountId: string): Promise<number>;
}

/** An offer an alert names: what the mail says of it. */
export interface AlertOffer {
  id: string;
  typology: number;
  communeName: string;
  totalRent: number;
  surface: number;
  closingDate: string;
  publishedAt: Date;
}

/**
 * The offers side (bound by the bootstrap to the offer module's newOffersMatching): the offers open to
 * candidacies that match the criteria AND that the account's active demand fits (income ceiling,
 * occupation), published after `since`. Empty when the account has no active demand.
 */
export interface AlertOffers {
  newMatches(accountId: string, criteria: AlertCriteria, since: Date, until: Date): Promise<AlertOffer[]>;
}

/** The mails of the module (alert.outbox), delivered by the mail dispatcher. */
export interface AlertOutbox {
  add(message: { accountId: string; kind: string; payload: Record<string, unknown> }): Promise<void>;
}

export interface AlertSettings {
  /** the key of the unsubscribe links' signature (HMAC-SHA-256) */
  unsubscribeKey: string;
  /** the portal's public address, for the links */
  publicUrl: string;
}
