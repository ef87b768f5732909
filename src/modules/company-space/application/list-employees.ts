import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import type { ValidationStatus } from '../domain/employee-validation';
import { checkSpaceOpenToManagers } from '../domain/space-lifecycle';
import type { EmployeeOrder } from '../ports';
import { loadCompany } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { quotaViews, toEmployeeView, type EmployeeView, type QuotaView } from './employee-view';

/**
 * The company's validation requests and employees (manager of the company, or staff), with the
 * tranches granted and the quota left this year. Managers need a deployed space.
 */
export async function listEmployees(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  query: {
    status?: ValidationStatus | undefined;
    page?: number | undefined;
    pageSize?: number | undefined;
    order?: EmployeeOrder | undefined;
    /** each line with what the applicant declared of the job (the requests to decide: one read for the page) */
    withDeclarations?: boolean | undefined;
  },
): Promise<Page<EmployeeView> & { year: number; quotas: QuotaView[] }> {
  const { company, access } = await loadCompany(deps, p, companyId);
  if (access === 'manager') checkSpaceOpenToManagers(company.spaceStatus);
  const page = await deps.employees.listForCompany(company.id, { status: query.status }, pageRequest(query.page, query.pageSize), query.order);
  const grants = await deps.employees.activeGrants(page.items.map((v) => v.demandId));
  const year = deps.clock.now().getUTCFullYear();
  const declarations = query.withDeclarations && deps.declarations ? await deps.declarations.declarationsOf(page.items.map((v) => v.demandId)) : undefined;
  return {
    ...page,
    items: page.items.map((v) => ({
      ...toEmployeeView(
        v,
        grants.filter((g) => g.companyId === company.id),
      ),
      ...(declarations ? { declaration: declarations.get(v.demandId) ?? null } : {}),
    })),
    year,
    quotas: await quotaViews(deps, company.id, year),
  };
}
