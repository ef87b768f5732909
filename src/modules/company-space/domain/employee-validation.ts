import { companySpaceError } from '../company-space.errors';
import { compareIsoDates, toIsoDate, type IsoDate } from '../../../shared/dates';

/**
 * Employee validation (the company confirms the applicant works there). One record per demand,
 * created when the demand declares an employer SIRET; it belongs to the company that holds that
 * SIRET (none yet when no company does).
 *
 *   pending ──validate──▶ validated ──withdraw──▶ withdrawn ──validate──▶ validated
 *      └────reject────▶ rejected ──validate──▶ validated
 *
 * A company that delegates its housing policy to ALS has its employees validated at once
 * (validatedBy 'delegation').
 */
export type ValidationStatus = 'pending' | 'validated' | 'rejected' | 'withdrawn';
export type ValidationDecision = 'validate' | 'reject' | 'withdraw';
export type ValidatedBy = 'manager' | 'delegation';

export interface EmployeeValidation {
  demandId: string;
  employerSiret: string;
  /** null while no company holds the employer SIRET */
  companyId: string | null;
  applicantFirstName: string;
  applicantLastName: string;
  applicantAccountId: string | null;
  requestedAt: Date;
  status: ValidationStatus;
  validatedBy: ValidatedBy | null;
  validatedAt: Date | null;
  withdrawnAt: Date | null;
  decidedAt: Date | null;
  decidedByAccountId: string | null;
  reason: string | null;
  updatedAt: Date;
}

const FROM: Record<ValidationDecision, readonly ValidationStatus[]> = {
  validate: ['pending', 'rejected', 'withdrawn'],
  reject: ['pending'],
  withdraw: ['validated'],
};

/** The decisions a manager may take on a validation in this state (the guards of `decideValidation`). */
export function allowedValidationDecisions(status: ValidationStatus): Record<ValidationDecision, boolean> {
  return { validate: FROM.validate.includes(status), reject: FROM.reject.includes(status), withdraw: FROM.withdraw.includes(status) };
}

export const REASON_MAX = 500;

/** The record after a manager's decision (pure); throws on a decision the status does not allow. */
export function decideValidation(
  v: EmployeeValidation,
  decision: ValidationDecision,
  by: { accountId: string | null; at: Date; reason?: string | undefined; validatedBy?: ValidatedBy },
): EmployeeValidation {
  if (!FROM[decision].includes(v.status)) {
    throw companySpaceError.invalidValidationTransition(v.status, decision);
  }
  const reason = by.reason?.trim() ? by.reason.trim() : null;
  if (decision === 'reject' && !reason) {
    throw companySpaceError.rejectionReasonRequired();
  }
  if (reason && reason.length > REASON_MAX) throw companySpaceError.reasonTooLong(REASON_MAX);
  const base = { ...v, decidedAt: by.at, decidedByAccountId: by.accountId, reason, updatedAt: by.at };
  switch (decision) {
    case 'validate':
      return { ...base, status: 'validated', validatedBy: by.validatedBy ?? 'manager', validatedAt: by.at, withdrawnAt: null };
    case 'reject':
      return { ...base, status: 'rejected', validatedBy: null, validatedAt: null, withdrawnAt: null };
    case 'withdraw':
      return { ...base, status: 'withdrawn', withdrawnAt: by.at };
  }
}

/**
 * Whether the employment counts as validated on a calendar date: validated on or before that day
 * and not withdrawn by then (a withdrawal counts from its own day).
 */
export function validatedOn(v: Pick<EmployeeValidation, 'status' | 'validatedAt' | 'withdrawnAt'>, onDate: IsoDate): boolean {
  if (v.status !== 'validated' && v.status !== 'withdrawn') return false;
  if (!v.validatedAt || compareIsoDates(toIsoDate(v.validatedAt), onDate) > 0) return false;
  return !v.withdrawnAt || compareIsoDates(toIsoDate(v.withdrawnAt), onDate) > 0;
}

/** Names as shown to the company: trimmed, bounded. */
export const cleanName = (name: string): string => name.trim().replace(/\s+/g, ' ').slice(0, 120);
