import type { Principal } from '../../identity/index';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { DemandListFilter, DemandListSort, DemandSummary } from '../ports/demands.port';
import { assertStaff } from './access';
import type { DemandDeps } from './demand.deps';

/**
 * Lists demands, paged with a total. An applicant sees their own only (any owner filter is
 * replaced by theirs); the back office filters by state, département, registration date range,
 * documents pending or requested, registration pending and DALO.
 */
export async function listDemands(
  deps: DemandDeps,
  principal: Principal,
  filter: DemandListFilter,
  page: { page?: number; pageSize?: number } = {},
  sort: DemandListSort = 'created_desc',
): Promise<Page<DemandSummary>> {
  const scoped: DemandListFilter = principal.role === 'applicant' ? { ...filter, ownerAccountId: principal.accountId } : filter;
  if (principal.role !== 'applicant') assertStaff(principal);
  return deps.demands.list(scoped, pageRequest(page.page, page.pageSize), sort);
}
