import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import { accessOf } from './access';
import { applyPolicy, type PolicyInput } from './apply-policy';
import type { CompanySpaceDeps } from './company-space.deps';
import { getPolicy, type PolicyView } from './get-policy';

/** The company's manager (configured or deployed space) or staff sets descriptions and quotas. */
export async function setPolicy(deps: CompanySpaceDeps, p: Principal, companyId: string, input: PolicyInput): Promise<PolicyView> {
  await deps.uow.run(async () => {
    const access = accessOf(p, companyId);
    const company = await deps.companies.findById(companyId, { forUpdate: true });
    if (!company) throw companySpaceError.notFound();
    if (access === 'manager' && company.spaceStatus !== 'configured' && company.spaceStatus !== 'deployed') {
      throw companySpaceError.spaceNotDeployed(company.spaceStatus, true);
    }
    await applyPolicy(deps, p, company.id, input, deps.clock.now());
  });
  return getPolicy(deps, p, companyId, input.year !== undefined ? { year: input.year } : {});
}
