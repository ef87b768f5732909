import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import type { SpaceStatus } from '../domain/company';
import type { SpaceRequest } from '../ports';
import { requireStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

/** The companies' space requests (staff), newest first unless `oldestFirst`; `open`: not yet handled. */
export async function listSpaceRequests(
  deps: CompanySpaceDeps,
  p: Principal,
  query: { open?: boolean | undefined; oldestFirst?: boolean | undefined; page?: number | undefined; pageSize?: number | undefined },
): Promise<Page<SpaceRequest & { spaceStatus: SpaceStatus | null }>> {
  requireStaff(p);
  return deps.requests.list({ open: query.open, oldestFirst: query.oldestFirst }, pageRequest(query.page, query.pageSize));
}
