import { DomainError, invalid } from '../../../shared/errors';
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
export function checkCanGrant(status: ValidationStatus, reason: string): string {
  if (status !== 'validated') {
    throw new DomainError('conflict', 'COMPANY.EMPLOYEE_NOT_VALIDATED', 'Une tranche ne peut être accordée qu’à un salarié validé.', { details: { status } });
  }
  const r = reason.trim();
  if (r.length < GRANT_REASON_MIN || r.length > GRANT_REASON_MAX) {
    throw invalid('COMPANY.REASON_REQUIRED', `Le motif est obligatoire (${GRANT_REASON_MIN} à ${GRANT_REASON_MAX} caractères).`, [{ field: 'reason', message: `${GRANT_REASON_MIN}..${GRANT_REASON_MAX} characters` }]);
  }
  return r;
}

export const quotaExhausted = (tranche: Tranche, year: number) =>
  new DomainError('conflict', 'COMPANY.QUOTA_EXHAUSTED', `Le quota ${year} de la tranche ${tranche} est épuisé.`, { details: { tranche, year } });

export function checkQuota(quota: number, field: string): void {
  if (!Number.isInteger(quota) || quota < 0 || quota > MAX_QUOTA) {
    throw invalid('COMPANY.INVALID_QUOTA', `Un quota est un nombre entier entre 0 et ${MAX_QUOTA}.`, [{ field, message: `integer 0..${MAX_QUOTA}` }]);
  }
}

/** Whether a grant is in force on a calendar date (granted by then, not revoked by then). */
export function grantInForceOn(g: Pick<TrancheGrant, 'grantedAt' | 'revokedAt'>, onDate: IsoDate): boolean {
  if (compareIsoDates(toIsoDate(g.grantedAt), onDate) > 0) return false;
  return !g.revokedAt || compareIsoDates(toIsoDate(g.revokedAt), onDate) > 0;
}

export const quotaLeft = (q: Pick<TrancheQuota, 'quota' | 'used'>): number => Math.max(0, q.quota - q.used);
