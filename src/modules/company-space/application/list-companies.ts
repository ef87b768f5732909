import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import type { CompanyListFilter } from '../ports';
import { isStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { toCompanyView, type CompanyView } from './company-view';

/** The referential (staff); a manager sees only their own company. */
export async function listCompanies(
  deps: CompanySpaceDeps,
  p: Principal,
  query: CompanyListFilter & { page?: number | undefined; pageSize?: number | undefined },
): Promise<Page<CompanyView>> {
  const page = pageRequest(query.page, query.pageSize);
  if (!isStaff(p)) {
    if (p.role !== 'company_manager') throw companySpaceError.roleNotAllowed();
    const own = p.companyId ? await deps.companies.findById(p.companyId) : null;
    const items = own && page.page === 1 ? [toCompanyView(own)] : [];
    return { items, page: page.page, pageSize: page.pageSize, total: own ? 1 : 0 };
  }
  const filter: CompanyListFilter = {
    ...(query.q?.trim() ? { q: query.q.trim().slice(0, 100) } : {}),
    ...(query.spaceStatus ? { spaceStatus: query.spaceStatus } : {}),
    ...(query.nameOrder ? { nameOrder: query.nameOrder } : {}),
  };
  const result = await deps.companies.list(filter, page);
  return { ...result, items: result.items.map(toCompanyView) };
}
