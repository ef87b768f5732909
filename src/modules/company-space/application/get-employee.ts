import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import { checkSpaceOpenToManagers } from '../domain/space-lifecycle';
import { loadCompany } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { quotaViews, toEmployeeView, type EmployeeView, type QuotaView } from './employee-view';

/**
 * One validation request or employee of the company (manager of the company in a deployed space,
 * or staff), with the tranches in force and this year's quota left. Another company's → 404.
 */
export async function getEmployee(deps: CompanySpaceDeps, p: Principal, companyId: string, demandId: string): Promise<EmployeeView & { year: number; quotas: QuotaView[] }> {
  const { company, access } = await loadCompany(deps, p, companyId);
  if (access === 'manager') checkSpaceOpenToManagers(company.spaceStatus);
  const v = await deps.employees.find(demandId);
  if (!v || v.companyId !== company.id) throw companySpaceError.employeeNotFound();
  const grants = await deps.employees.activeGrants([demandId]);
  const year = deps.clock.now().getUTCFullYear();
  // what the applicant declared of the job, so that the manager decides knowing what they confirm
  const declaration = (await deps.declarations?.declarationsOf([demandId]))?.get(demandId) ?? null;
  return {
    ...toEmployeeView(
      v,
      grants.filter((g) => g.companyId === company.id),
    ),
    year,
    quotas: await quotaViews(deps, company.id, year),
    declaration,
  };
}
