import { companySpaceError } from '../company-space.errors';
import { compareIsoDates, toIsoDate, type IsoDate } from '../../../shared/dates';
import type { ValidationStatus } from './employee-validation';

/** The three priority tranches a company grants its validated employees (scoring.md §2). */
export type Tranche = 'A' | 'B' | 'C';
export const TRANCHES: readonly Tranche[] = ['A', 'B', 'C'];

export interface TrancheGrant {
  id: string;
  companyId: string;
  demandId: string;
  tranche: Tranche;
  /** the quota year the grant used a unit of */
  year: number;
  reason: string;
  grantedAt: Date;
  grantedByAccountId: string | null;
  revokedAt: Date | null;
  revokedByAccountId: string | null;
  revokeReason: string | null;
}

export interface TrancheQuota {
  tranche: Tranche;
  year: number;
  quota: number;
  used: number;
}

export const MAX_QUOTA = 100_000;
export const GRANT_REASON_MIN = 3;
export const GRANT_REASON_MAX = 500;
export const POLICY_DESCRIPTION_MAX = 4000;

/** The quota year of an instant (calendar year, UTC). */
export const quotaYear = (at: Date): number => at.getUTCFullYear();

/** Tranches go only to validated employees. */
/** Whether a tranche may be granted to an employee in this state: only a validated one. */
export function isGrantable(status: ValidationStatus): boolean {
  return status === 'validated';
}

export function checkCanGrant(status: ValidationStatus, reason: string): string {
  if (!isGrantable(status)) {
    throw companySpaceError.employeeNotValidated(status);
  }
  const r = reason.trim();
  if (r.length < GRANT_REASON_MIN || r.length > GRANT_REASON_MAX) {
    throw companySpaceError.grantReasonRequired(GRANT_REASON_MIN, GRANT_REASON_MAX);
  }
  return r;
}

/** A year's quota of one tranche while the company's headcount is not known. */
export const QUOTA_MAX_WITHOUT_HEADCOUNT = 10;

/**
 * The most a tranche's quota of one year may be: the company's headcount (a tranche is granted
 * once per employee, so more units than employees would never be used); while the headcount is
 * not known, QUOTA_MAX_WITHOUT_HEADCOUNT.
 */
export function quotaCeiling(headcount: number | null | undefined): number {
  return headcount === null || headcount === undefined ? QUOTA_MAX_WITHOUT_HEADCOUNT : Math.min(MAX_QUOTA, Math.max(0, Math.trunc(headcount)));
}

/** Refuses a quota above the company's headcount, with the reason in French (422 COMPANY.QUOTA_ABOVE_HEADCOUNT). */
export function checkQuotaWithinHeadcount(quota: number, headcount: number | null | undefined, tranche: Tranche, year: number): void {
  const ceiling = quotaCeiling(headcount);
  if (quota <= ceiling) return;
  throw companySpaceError.quotaAboveHeadcount(tranche, year, ceiling, headcount ?? null);
}

export function checkQuota(quota: number, field: string): void {
  if (!Number.isInteger(quota) || quota < 0 || quota > MAX_QUOTA) {
    throw companySpaceError.invalidQuota(field, MAX_QUOTA);
  }
}

/** Whether a grant is in force on a calendar date (granted by then, not revoked by then). */
export function grantInForceOn(g: Pick<TrancheGrant, 'grantedAt' | 'revokedAt'>, onDate: IsoDate): boolean {
  if (compareIsoDates(toIsoDate(g.grantedAt), onDate) > 0) return false;
  return !g.revokedAt || compareIsoDates(toIsoDate(g.revokedAt), onDate) > 0;
}

export const quotaLeft = (q: Pick<TrancheQuota, 'quota' | 'used'>): number => Math.max(0, q.quota - q.used);
