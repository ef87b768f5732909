import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import type { Tranche } from '../domain/tranche';
import { auditActor, loadEmployeeForManager } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

/** A manager revokes a grant: its unit goes back to the quota of the year it was taken from. */
export async function revokeTranche(deps: CompanySpaceDeps, p: Principal, companyId: string, demandId: string, tranche: Tranche, reason?: string): Promise<void> {
  await deps.uow.run(async () => {
    const { company } = await loadEmployeeForManager(deps, p, companyId, demandId);
    const grant = (await deps.employees.activeGrants([demandId])).find((g) => g.companyId === company.id && g.tranche === tranche);
    if (!grant) throw companySpaceError.grantNotFound(tranche);
    const now = deps.clock.now();
    const why = reason?.trim() ? reason.trim().slice(0, 500) : null;
    await deps.employees.revokeGrant(grant.id, now, p.accountId, why);
    await deps.policies.release(company.id, grant.year, tranche);
    await deps.audit.record({
      ...auditActor(p, company.id),
      action: 'company.tranche_revoked',
      objectType: 'demand',
      objectId: demandId,
      detail: { tranche, year: grant.year, ...(why ? { reason: why } : {}) },
    });
  });
}
