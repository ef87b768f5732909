import type { Principal } from '../../identity/index';
import { auditActor } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

/** Revokes a demand's grants at a company (employer changed, validation withdrawn): each gives its unit back. In the caller's transaction. */
export async function revokeAllGrants(deps: CompanySpaceDeps, demandId: string, companyId: string, by: Principal | null, reason: string): Promise<void> {
  const now = deps.clock.now();
  for (const g of await deps.employees.activeGrants([demandId])) {
    if (g.companyId !== companyId) continue;
    await deps.employees.revokeGrant(g.id, now, by?.accountId ?? null, reason);
    await deps.policies.release(g.companyId, g.year, g.tranche);
    await deps.audit.record({
      ...auditActor(by, companyId),
      action: 'company.tranche_revoked',
      objectType: 'demand',
      objectId: demandId,
      detail: { tranche: g.tranche, year: g.year, reason },
    });
  }
}
