import type { IsoDate } from '../../shared/dates';
import type { BalancingBonus, CompanySizeClass, GridCriterion } from './domain/index';

/**
 * Ports of the scoring module's application layer: where balancing bonuses, territory grids and
 * the allocations counted for the balancing statistics are kept.
 */

/** A balancing bonus as stored: the engine's bonus plus who opened it, when, and whether it was ended. */
export interface StoredBonus extends BalancingBonus {
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
  /** set when an agent ended the bonus early (it then applied until the day before) */
  endedAt: Date | null;
  endedBy: string | null;
}

export interface BonusRepository {
  insert(bonus: StoredBonus): Promise<void>;
  findById(id: string): Promise<StoredBonus | null>;
  update(bonus: StoredBonus): Promise<void>;
  /** every bonus whose [startDate, endDate] contains the date (ended ones included: callers adjust) */
  coveringDate(on: IsoDate): Promise<StoredBonus[]>;
  /** every bonus, newest first, capped */
  list(limit: number): Promise<StoredBonus[]>;
}

/** An intercommunal scoring grid as stored. */
export interface StoredGrid {
  id: string;
  /** SIREN of the EPCI */
  epciCode: string;
  name: string;
  active: boolean;
  criteria: GridCriterion[];
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  version: number;
}

export interface GridRepository {
  /** throws DomainError conflict SCORING.GRID_ALREADY_ACTIVE when another grid of the EPCI is active */
  insert(grid: StoredGrid): Promise<void>;
  findById(id: string): Promise<StoredGrid | null>;
  /** throws DomainError conflict SCORING.GRID_ALREADY_ACTIVE when another grid of the EPCI is active */
  update(grid: StoredGrid): Promise<void>;
  activeForEpci(epciCode: string): Promise<StoredGrid | null>;
  list(filter: { epciCode?: string }, limit: number): Promise<StoredGrid[]>;
}

/** A lease signed: one allocation, with the employer's size class at lease time (balancing statistics). */
export interface AllocationRecord {
  offerId: string;
  demandId: string;
  sizeClass: CompanySizeClass | null;
  at: Date;
}

export interface AllocationRepository {
  /** idempotent per offer: recording the same offer again changes nothing; returns whether it was new */
  record(allocation: AllocationRecord): Promise<boolean>;
  /** allocations with `from <= at <= to`, counted by size class (null: employer unknown) */
  countBySizeClass(from: Date, to: Date): Promise<{ sizeClass: CompanySizeClass | null; count: number }[]>;
}
