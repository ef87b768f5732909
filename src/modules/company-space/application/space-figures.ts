import type { SpaceStatus } from '../domain/company';
import type { CompanySpaceDeps } from './company-space.deps';

export interface SpaceFigures {
  companies: number;
  withoutSpace: number;
  spaces: Record<SpaceStatus, number>;
  spaceRequests: { total: number; open: number };
}

/** Platform figures: companies, spaces by status, space requests. */
export async function spaceFigures(deps: CompanySpaceDeps): Promise<SpaceFigures> {
  const [counts, requests] = await Promise.all([deps.companies.countBySpaceStatus(), deps.requests.count()]);
  return { companies: counts.companies, withoutSpace: counts.withoutSpace, spaces: counts.byStatus, spaceRequests: requests };
}
