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
      demandId,
      employerSiret: v.employerSiret,
      status: v.status,
      validatedBy: v.validatedBy,
      requestedAt: v.requestedAt,
      validatedAt: v.validatedAt,
      decidedAt: v.decidedAt,
    });
  }
  return views;
}
