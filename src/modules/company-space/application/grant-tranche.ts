import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import { checkCanGrant, quotaLeft, quotaYear, type Tranche, type TrancheGrant } from '../domain/tranche';
import { auditActor, loadEmployeeForManager } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

export interface GrantView {
  demandId: string;
  tranche: Tranche;
  year: number;
  reason: string;
  grantedAt: Date;
  quota: { quota: number; used: number; left: number };
}

async function quotaAfter(deps: CompanySpaceDeps, companyId: string, year: number, tranche: Tranche) {
  const q = (await deps.policies.quotas(companyId, year)).find((r) => r.tranche === tranche) ?? { quota: 0, used: 0 };
  return { quota: q.quota, used: q.used, left: quotaLeft(q) };
}

/**
 * A manager grants tranche A, B or C to a validated employee, with a reason. The grant and the use
 * of one unit of this year's quota happen in one transaction: the unit is taken by a single
 * conditional UPDATE (`used < quota`), and a CHECK keeps `used <= quota`, so that concurrent grants
 * can never exceed the quota. At most one unrevoked grant per employee and tranche (unique index).
 */
export async function grantTranche(deps: CompanySpaceDeps, p: Principal, companyId: string, demandId: string, input: { tranche: Tranche; reason: string }): Promise<GrantView> {
  return deps.uow.run(async () => {
    const { company, validation } = await loadEmployeeForManager(deps, p, companyId, demandId);
    const reason = checkCanGrant(validation.status, input.reason);
    const now = deps.clock.now();
    const year = quotaYear(now);
    const grant: TrancheGrant = {
      id: newId(),
      companyId: company.id,
      demandId,
      tranche: input.tranche,
      year,
      reason,
      grantedAt: now,
      grantedByAccountId: p.accountId,
      revokedAt: null,
      revokedByAccountId: null,
      revokeReason: null,
    };
    await deps.employees.addGrant(grant);
    if (!(await deps.policies.consume(company.id, year, input.tranche))) throw companySpaceError.quotaExhausted(input.tranche, year);
    await deps.audit.record({
      ...auditActor(p, company.id),
      action: 'company.tranche_granted',
      objectType: 'demand',
      objectId: demandId,
      detail: { tranche: input.tranche, year, reason },
    });
    return { demandId, tranche: input.tranche, year, reason, grantedAt: now, quota: await quotaAfter(deps, company.id, year, input.tranche) };
  });
}
