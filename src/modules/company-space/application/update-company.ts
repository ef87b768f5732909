import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import { checkCompanyName, checkCompanyNumbers, checkHeadcount, MAX_SIRETS_PER_COMPANY } from '../domain/company';
import { normalizeCompanyNumber } from '../domain/siret';
import type { CompanyPatch } from '../ports';
import { auditActor, loadCompany } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { companyDetail, type CompanyDetail } from './company-view';
import { matchWaitingRequests } from './match-waiting-requests';
import { validatePendingByDelegation } from './validate-pending-by-delegation';

export interface UpdateCompanyInput extends CompanyPatch {
  addSirets?: string[] | undefined;
  removeSirets?: string[] | undefined;
}

/** Staff change anything; the company's manager may only choose to delegate its housing policy to ALS. */
export async function updateCompany(deps: CompanySpaceDeps, p: Principal, companyId: string, input: UpdateCompanyInput): Promise<CompanyDetail> {
  return deps.uow.run(async () => {
    const { company, access } = await loadCompany(deps, p, companyId, { forUpdate: true });
    const fields = Object.keys(input).filter((k) => input[k as keyof UpdateCompanyInput] !== undefined);
    if (access === 'manager') {
      const refused = fields.filter((f) => f !== 'delegatesToAls');
      if (refused.length) throw companySpaceError.fieldNotAllowed(refused);
    }
    const patch: CompanyPatch = {};
    if (input.name !== undefined) patch.name = checkCompanyName(input.name);
    if (input.headcount !== undefined) {
      checkHeadcount(input.headcount);
      patch.headcount = input.headcount;
    }
    if (input.contribution !== undefined) patch.contribution = input.contribution;
    if (input.delegatesToAls !== undefined) patch.delegatesToAls = input.delegatesToAls;
    const added = input.addSirets?.length ? checkCompanyNumbers({ siren: company.siren, sirets: input.addSirets }, 'addSirets').sirets : [];
    const removed = (input.removeSirets ?? []).map(normalizeCompanyNumber);
    const remaining = new Set([...company.sirets, ...added].filter((s) => !removed.includes(s)));
    if (remaining.size === 0) throw companySpaceError.lastSiretKept();
    if (remaining.size > MAX_SIRETS_PER_COMPANY) throw companySpaceError.tooManySirets(MAX_SIRETS_PER_COMPANY);

    const now = deps.clock.now();
    if (Object.keys(patch).length) await deps.companies.update(company.id, patch, now);
    if (removed.length) await deps.companies.removeSirets(company.id, removed);
    if (added.length) await deps.companies.addSirets(company.id, added, now);
    const updated = (await deps.companies.findById(company.id))!;
    await deps.audit.record({ ...auditActor(p, company.id), action: 'company.updated', objectType: 'company', objectId: company.id, detail: { fields } });
    const newSirets = added.filter((s) => !company.sirets.includes(s));
    await matchWaitingRequests(deps, updated, newSirets);
    if (!company.delegatesToAls && updated.delegatesToAls) await validatePendingByDelegation(deps, updated);
    return companyDetail(deps, updated);
  });
}
