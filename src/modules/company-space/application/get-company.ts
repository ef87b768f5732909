import type { Principal } from '../../identity/index';
import { loadCompany } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { companyDetail, type CompanyDetail } from './company-view';

/** A company's file: staff, or its own manager (another company's manager gets 404). */
export async function getCompany(deps: CompanySpaceDeps, p: Principal, companyId: string): Promise<CompanyDetail> {
  const { company } = await loadCompany(deps, p, companyId);
  return companyDetail(deps, company);
}
