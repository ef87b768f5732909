import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import type { SpaceStatus } from '../domain/company';
import { quotaCeiling, TRANCHES, type Tranche } from '../domain/tranche';
import { isStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { quotaViews, type QuotaView } from './employee-view';

export interface PolicyView {
  companyId: string;
  companyName: string;
  tranches: { tranche: Tranche; description: string; updatedAt: Date | null }[];
  /** staff and the company's managers only */
  year?: number;
  quotas?: QuotaView[];
  spaceStatus?: SpaceStatus | null;
  /** staff and managers: the most a tranche's yearly quota may be (the headcount; QUOTA_MAX_WITHOUT_HEADCOUNT when unknown) */
  quotaCeiling?: number;
  headcount?: number | null;
}

/**
 * The company's housing policy. Staff and the company's managers see the descriptions and the
 * quotas with what is used; any other signed-in user (an employee reading what each tranche
 * means) sees the descriptions of a deployed space only.
 */
export async function getPolicy(deps: CompanySpaceDeps, p: Principal, companyId: string, query: { year?: number | undefined } = {}): Promise<PolicyView> {
  const insider = isStaff(p) || (p.role === 'company_manager' && p.companyId === companyId);
  const company = await deps.companies.findById(companyId);
  if (!company || (!insider && company.spaceStatus !== 'deployed')) throw companySpaceError.notFound();
  const descriptions = await deps.policies.descriptions(company.id);
  const view: PolicyView = {
    companyId: company.id,
    companyName: company.name,
    tranches: TRANCHES.map((tranche) => {
      const d = descriptions.find((x) => x.tranche === tranche);
      return { tranche, description: d?.description ?? '', updatedAt: d?.updatedAt ?? null };
    }),
  };
  if (!insider) return view;
  const year = query.year ?? deps.clock.now().getUTCFullYear();
  return {
    ...view,
    spaceStatus: company.spaceStatus,
    year,
    quotas: await quotaViews(deps, company.id, year),
    quotaCeiling: quotaCeiling(company.headcount),
    headcount: company.headcount,
  };
}
