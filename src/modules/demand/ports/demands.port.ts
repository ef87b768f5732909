import type { IsoDate } from '../../../shared/dates';
import type { Page, PageRequest } from '../../../shared/pagination';
import type { Demand, DemandHistoryEntry, DemandStatus, Employment, FactChecks } from '../domain/index';

/** Persistence of demands (the database adapter implements it), and what the agents' lists read. */

/**
 * A demand as stored: the domain entity plus what the platform keeps beside it (optimistic
 * locking version, the checks of the declared facts that give points, the renewal reminder already sent,
 * the count of documents waiting for a check).
 */
export interface DemandRecord {
  demand: Demand;
  /** optimistic locking: incremented by every save */
  version: number;
  updatedAt: Date;
  /**
   * the checks of the facts the applicant declared that give points (mobility, DALO, CAL history):
   * by an agent, or confirmed by the registry; a fact the applicant changes loses its check
   */
  factChecks?: FactChecks;
  /** the renewal due date the last reminder was sent for (a reminder is sent once per due date) */
  lastReminderFor?: IsoDate;
  /** documents uploaded and not yet checked (kept up to date by the documents feature) */
  pendingDocuments: number;
}

/** Filters of the agents' list of demands. */
export interface DemandListFilter {
  /** only this owner's demands (an applicant's list) */
  ownerAccountId?: string;
  statuses?: DemandStatus[];
  /** département code: `69`, `2A`, `971` */
  departement?: string;
  /** registration date range, inclusive */
  registeredFrom?: IsoDate;
  registeredTo?: IsoDate;
  /** documents uploaded and waiting for a check (true) or none (false) */
  documentsPending?: boolean;
  /** an agent asked for pieces and the applicant has not answered yet */
  documentsRequested?: boolean;
  /** validated, waiting for the registry's number */
  registrationPending?: boolean;
  dalo?: boolean;
  /**
   * Find a person (2–100 characters): the applicant's name (prefix of « nom prénom » or « prénom
   * nom », accents and case ignored), e-mail (prefix), registration number or phone (exact).
   */
  search?: string;
}

/** Bounds of DemandListFilter.search. */
export const DEMAND_SEARCH_MIN = 2;
export const DEMAND_SEARCH_MAX = 100;
/**
 * A search reads at most this many matches + 1 per criterion (in name order): a total above it
 * means "refine the search", and keeps a broad prefix as fast as a precise one.
 */
export const DEMAND_SEARCH_CAP = 500;

/** Orders of the agents' list: newest first (default), oldest first, by registration date, by submission date. */
export const DEMAND_LIST_SORTS = ['created_desc', 'created_asc', 'registration_asc', 'registration_desc', 'submitted_asc', 'submitted_desc'] as const;
export type DemandListSort = (typeof DEMAND_LIST_SORTS)[number];

/** One line of a list of demands: enough for a queue, never the whole file. */
export interface DemandSummary {
  id: string;
  ownerAccountId: string;
  status: DemandStatus;
  applicantName: string;
  registrationNumber?: string;
  registrationDate?: IsoDate;
  renewalDueDate?: IsoDate;
  registrationPending: boolean;
  departement?: string;
  dalo: boolean;
  documentsRequested: boolean;
  pendingDocuments: number;
  createdAt: Date;
  submittedAt?: Date;
  updatedAt: Date;
}

/** A demand due for the daily work (expiry or reminder), as little as the scheduler needs to pick it. */
export interface DemandDueRef {
  id: string;
  renewalDueDate: IsoDate;
}

/** What an applicant declared of their job on a demand (the employer's view of it): the demand's id and its employment block. */
export interface DemandEmploymentRef {
  id: string;
  employment: Employment | undefined;
}

export interface DemandRepository {
  /**
   * Inserts a new demand with its history. Throws DomainError conflict `DEMAND.ALREADY_EXISTS`
   * when the owner already has a demand that is not final (a unique index guards it).
   */
  insert(record: DemandRecord): Promise<void>;
  findById(id: string): Promise<DemandRecord | null>;
  /** The demand, its row locked (SELECT … FOR UPDATE) until the running transaction ends. */
  findByIdForUpdate(id: string): Promise<DemandRecord | null>;
  /**
   * The demands of these ids (unknown ids are absent). `{ history: false }` leaves the history out
   * (`demand.history` is then empty): for derived facts, which never read it (ranking 1,000
   * candidates would otherwise read ~1,800 history rows nobody looks at).
   */
  findManyByIds(ids: readonly string[], options?: { history?: boolean }): Promise<DemandRecord[]>;
  /** The demand holding this registration number (NUR/NUD), whoever owns it. */
  /**
   * The demand holding this registration number in this registry. Numbers are unique per registry
   * only (decision 0010): a shared file's number may be an SNE number too. A demand registered
   * before registries were told apart (no registry recorded) counts as the SNE's.
   */
  findByRegistrationNumber(registrationNumber: string, registry: string): Promise<DemandRecord | null>;
  /** The owner's demand that is not final (draft to active), if any. */
  findOpenByOwner(ownerAccountId: string, options?: { history?: boolean }): Promise<DemandRecord | null>;
  /**
   * Saves a changed demand if its version is still `record.version` (then version + 1) and appends
   * the new history entries. Throws DomainError conflict `DEMAND.CONCURRENT_UPDATE` when someone
   * saved it in between, and `DEMAND.REGISTRATION_NUMBER_TAKEN` on a duplicate number.
   */
  save(record: DemandRecord, appended: readonly DemandHistoryEntry[]): Promise<DemandRecord>;
  /** A page of demands matching the filter, ordered by `sort` (default `created_desc`), ties broken by id. */
  list(filter: DemandListFilter, page: PageRequest, sort?: DemandListSort): Promise<Page<DemandSummary>>;
  /** Active demands whose renewal due date is before `onDate`, by id after `afterId` (keyset paging). */
  findExpirable(onDate: IsoDate, limit: number, afterId?: string): Promise<DemandDueRef[]>;
  /** Active demands whose renewal due date is between `from` and `to` (inclusive), not yet reminded for it. */
  findReminderCandidates(from: IsoDate, to: IsoDate, limit: number, afterId?: string): Promise<DemandDueRef[]>;
  /** Sets the count of documents waiting for a check (the documents feature calls it). */
  setPendingDocuments(id: string, count: number): Promise<void>;
  /** The applicant's declared job of these demands, in one read (unknown ids are absent): the company space's pages. */
  findEmployments(ids: readonly string[]): Promise<DemandEmploymentRef[]>;
}
