import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { checkSpaceOpenToManagers } from '../domain/space-lifecycle';
import type { EmployeeCandidacyStatus } from '../ports';
import { loadCompany } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

export interface EmployeeCandidacyView extends EmployeeCandidacyStatus {
  firstName: string;
  lastName: string;
}

/**
 * The status of the company's validated employees' candidacies (commune, typology, status, date):
 * nothing of the demand's contents. Manager of the company (deployed space) or staff.
 */
export async function listEmployeeCandidacies(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  query: { page?: number | undefined; pageSize?: number | undefined; statuses?: readonly string[] | undefined },
): Promise<Page<EmployeeCandidacyView>> {
  const { company, access } = await loadCompany(deps, p, companyId);
  if (access === 'manager') checkSpaceOpenToManagers(company.spaceStatus);
  const page = pageRequest(query.page, query.pageSize);
  const employees = await deps.employees.validatedEmployees(company.id);
  if (!employees.length) return { items: [], page: page.page, pageSize: page.pageSize, total: 0 };
  const names = new Map(employees.map((e) => [e.demandId, { firstName: e.firstName, lastName: e.lastName }]));
  const result = await deps.candidacies.listForDemands([...names.keys()], page, query.statuses);
  return {
    ...result,
    items: result.items.filter((c) => names.has(c.demandId)).map((c) => ({ ...c, ...names.get(c.demandId)! })),
  };
}
