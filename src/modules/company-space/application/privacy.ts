import type { ValidationStatus, ValidatedBy } from '../domain/employee-validation';
import type { CompanySpaceDeps } from './company-space.deps';

/** What an applicant's export shows of their employer's validation: the state, never the company's internal notes. */
export interface ValidationStatusView {
  demandId: string;
  employerSiret: string;
  status: ValidationStatus;
  validatedBy: ValidatedBy | null;
  requestedAt: Date;
  validatedAt: Date | null;
  decidedAt: Date | null;
}

/** The validation status of some demands (the applicant's own, checked by the caller). */
export async function validationStatusesOf(deps: CompanySpaceDeps, demandIds: readonly string[]): Promise<ValidationStatusView[]> {
  const views: ValidationStatusView[] = [];
  for (const demandId of demandIds) {
    const v = await deps.employees.find(demandId);
    if (!v) continue;
    views.push({
      demandId, employerSiret: v.employerSiret, status: v.status, validatedBy: v.validatedBy,
      requestedAt: v.requestedAt, validatedAt: v.validatedAt, decidedAt: v.decidedAt,
    });
  }
  return views;
}

/** The name the company space keeps for an anonymised applicant. */
export const ANONYMISED_EMPLOYEE_NAME = 'Anonyme';

/**
 * The demand was anonymised (retention period over, or the account erased): the company space
 * forgets the employee's name, account and the free-text reason of its decision; the state and
 * dates stay (the company's quotas and figures). In the caller's transaction. Idempotent.
 */
export async function forgetApplicant(deps: CompanySpaceDeps, demandId: string): Promise<boolean> {
  const v = await deps.employees.find(demandId, { forUpdate: true });
  if (!v) return false;
  await deps.employees.save({
    ...v,
    applicantFirstName: ANONYMISED_EMPLOYEE_NAME,
    applicantLastName: ANONYMISED_EMPLOYEE_NAME,
    applicantAccountId: null,
    reason: null,
    updatedAt: deps.clock.now(),
  });
  return true;
}
