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
  const reason = headcount === null || headcount === undefined
    ? `L’effectif de l’entreprise n’est pas renseigné : le quota ${year} de la tranche ${tranche} est limité à ${ceiling} tant qu’un agent ne l’a pas saisi.`
    : `Le quota ${year} de la tranche ${tranche} ne peut pas dépasser l’effectif de l’entreprise (${headcount.toLocaleString('fr-FR')} salariés) : chaque salarié ne reçoit une tranche qu’une fois.`;
  throw new DomainError('invalid', 'COMPANY.QUOTA_ABOVE_HEADCOUNT', reason, {
    fields: [{ field: `quotas.${tranche}`, message: `au plus ${ceiling}` }],
    details: { tranche, year, ceiling, headcount: headcount ?? null },
  });
}

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
