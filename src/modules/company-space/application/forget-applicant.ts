import type { CompanySpaceDeps } from './company-space.deps';

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
