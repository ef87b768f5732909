import { notFound } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { checkCanGrant, quotaExhausted, quotaLeft, quotaYear, type Tranche, type TrancheGrant } from '../domain/tranche';
import { auditActor } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { loadEmployeeForManager } from './employee-validations';

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
export async function grantTranche(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  demandId: string,
  input: { tranche: Tranche; reason: string },
): Promise<GrantView> {
  return deps.uow.run(async () => {
    const { company, validation } = await loadEmployeeForManager(deps, p, companyId, demandId);
    const reason = checkCanGrant(validation.status, input.reason);
    const now = deps.clock.now();
    const year = quotaYear(now);
    const grant: TrancheGrant = {
      id: newId(), companyId: company.id, demandId, tranche: input.tranche, year, reason, grantedAt: now,
      grantedByAccountId: p.accountId, revokedAt: null, revokedByAccountId: null, revokeReason: null,
    };
    await deps.employees.addGrant(grant);
    if (!(await deps.policies.consume(company.id, year, input.tranche))) throw quotaExhausted(input.tranche, year);
    await deps.audit.record({
      ...auditActor(p, company.id), action: 'company.tranche_granted', objectType: 'demand', objectId: demandId, detail: { tranche: input.tranche, year, reason },
    });
    return { demandId, tranche: input.tranche, year, reason, grantedAt: now, quota: await quotaAfter(deps, company.id, year, input.tranche) };
  });
}

/** Revokes a grant: its unit goes back to the quota of the year it was taken from. */
export async function revokeTranche(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  demandId: string,
  tranche: Tranche,
  reason?: string,
): Promise<void> {
  await deps.uow.run(async () => {
    const { company } = await loadEmployeeForManager(deps, p, companyId, demandId);
    const grant = (await deps.employees.activeGrants([demandId])).find((g) => g.companyId === company.id && g.tranche === tranche);
    if (!grant) throw notFound('COMPANY.GRANT_NOT_FOUND', `Aucune tranche ${tranche} accordée à ce salarié.`);
    const now = deps.clock.now();
    const why = reason?.trim() ? reason.trim().slice(0, 500) : null;
    await deps.employees.revokeGrant(grant.id, now, p.accountId, why);
    await deps.policies.release(company.id, grant.year, tranche);
    await deps.audit.record({
      ...auditActor(p, company.id), action: 'company.tranche_revoked', objectType: 'demand', objectId: demandId,
      detail: { tranche, year: grant.year, ...(why ? { reason: why } : {}) },
    });
  });
}
