import type { Company } from '../domain/company';
import { decideValidation, type EmployeeValidation } from '../domain/employee-validation';
import { auditActor } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

/** Validates at once an employee of a company that delegates its housing policy to ALS (in the caller's transaction). */
export async function autoValidate(deps: CompanySpaceDeps, v: EmployeeValidation, company: Company): Promise<EmployeeValidation> {
  const now = deps.clock.now();
  const next = decideValidation(v, 'validate', { accountId: null, at: now, validatedBy: 'delegation' });
  await deps.employees.save(next);
  await deps.employees.addEvent({ demandId: v.demandId, companyId: company.id, action: 'auto_validated', at: now, actorAccountId: null, reason: null });
  await deps.audit.record({
    ...auditActor(null, company.id),
    action: 'company.employee_validated',
    objectType: 'demand',
    objectId: v.demandId,
    detail: { by: 'delegation' },
  });
  return next;
}
