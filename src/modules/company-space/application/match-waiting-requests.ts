import type { Company } from '../domain/company';
import type { EmployeeValidation } from '../domain/employee-validation';
import { autoValidate } from './auto-validate';
import type { CompanySpaceDeps } from './company-space.deps';

/** A company gained SIRETs (created, or establishments added): requests waiting for them join it (in the caller's transaction). */
export async function matchWaitingRequests(deps: CompanySpaceDeps, company: Company, sirets: string[]): Promise<number> {
  if (!sirets.length) return 0;
  const now = deps.clock.now();
  const waiting = await deps.employees.unmatchedForSirets(sirets);
  for (const w of waiting) {
    const matched: EmployeeValidation = { ...w, companyId: company.id, updatedAt: now };
    await deps.employees.save(matched);
    await deps.employees.addEvent({ demandId: w.demandId, companyId: company.id, action: 'matched', at: now, actorAccountId: null, reason: null });
    if (company.delegatesToAls && matched.status === 'pending') await autoValidate(deps, matched, company);
  }
  return waiting.length;
}
