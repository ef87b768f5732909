import type { Company } from '../domain/company';
import { autoValidate } from './auto-validate';
import type { CompanySpaceDeps } from './company-space.deps';

/** The company now delegates to ALS: its pending requests are validated at once (in the caller's transaction). */
export async function validatePendingByDelegation(deps: CompanySpaceDeps, company: Company): Promise<number> {
  const pending = await deps.employees.pendingForCompany(company.id);
  for (const v of pending) await autoValidate(deps, v, company);
  return pending.length;
}
