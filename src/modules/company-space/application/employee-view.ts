import { allowedValidationDecisions, type EmployeeValidation, type ValidationDecision, type ValidationStatus } from '../domain/employee-validation';
import { isGrantable, quotaLeft, TRANCHES, type Tranche } from '../domain/tranche';
import type { EmployeeDeclaration } from '../ports';
import type { CompanySpaceDeps } from './company-space.deps';

export interface EmployeeView {
  demandId: string;
  firstName: string;
  lastName: string;
  requestedAt: Date;
  status: ValidationStatus;
  validatedBy: 'manager' | 'delegation' | null;
  validatedAt: Date | null;
  withdrawnAt: Date | null;
  decidedAt: Date | null;
  reason: string | null;
  tranches: { tranche: Tranche; year: number; grantedAt: Date; reason: string }[];
  /** what the applicant declared of the job (pending requests' list and one employee's page) */
  declaration?: EmployeeDeclaration | null;
}

export interface QuotaView {
  tranche: Tranche;
  quota: number;
  used: number;
  left: number;
}

/** What a manager may do with an employee now: the decisions the state allows, and granting a tranche. */
export type EmployeeActions = Record<ValidationDecision | 'grantTranche', boolean>;

/**
 * The manager's actions an employee's validation state allows, for the portal's pages (not in the
 * API's employee view, which shows names, dates, status and tranches only).
 */
export function employeeActions(status: ValidationStatus): EmployeeActions {
  return { ...allowedValidationDecisions(status), grantTranche: isGrantable(status) };
}

/**
 * What a company sees of its employees: names, dates, decision and tranches. Never the demand's
 * documents, resources or household.
 */
export function toEmployeeView(v: EmployeeValidation, grants: { tranche: Tranche; year: number; grantedAt: Date; reason: string; demandId: string }[]): EmployeeView {
  return {
    demandId: v.demandId,
    firstName: v.applicantFirstName,
    lastName: v.applicantLastName,
    requestedAt: v.requestedAt,
    status: v.status,
    validatedBy: v.status === 'validated' || v.status === 'withdrawn' ? v.validatedBy : null,
    validatedAt: v.validatedAt,
    withdrawnAt: v.withdrawnAt,
    decidedAt: v.decidedAt,
    reason: v.reason,
    tranches: grants
      .filter((g) => g.demandId === v.demandId)
      .map((g) => ({ tranche: g.tranche, year: g.year, grantedAt: g.grantedAt, reason: g.reason }))
      .sort((a, b) => a.tranche.localeCompare(b.tranche)),
  };
}

/** A year's quota of each tranche with what is used and left (a tranche without a quota row: 0). */
export async function quotaViews(deps: CompanySpaceDeps, companyId: string, year: number): Promise<QuotaView[]> {
  const rows = await deps.policies.quotas(companyId, year);
  return TRANCHES.map((tranche) => {
    const q = rows.find((r) => r.tranche === tranche) ?? { quota: 0, used: 0 };
    return { tranche, quota: q.quota, used: q.used, left: quotaLeft(q) };
  });
}
