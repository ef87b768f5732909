import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import { checkQuota, checkQuotaWithinHeadcount, POLICY_DESCRIPTION_MAX, TRANCHES, type Tranche } from '../domain/tranche';
import { auditActor } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

export interface PolicyInput {
  /** the quota year (default: the current year; the previous and the next are accepted) */
  year?: number | undefined;
  descriptions?: Partial<Record<Tranche, string>> | undefined;
  quotas?: Partial<Record<Tranche, number>> | undefined;
}

/** Writes a company's tranche descriptions and quotas of a year (inside the caller's transaction: setPolicy, actOnSpace). */
export async function applyPolicy(deps: CompanySpaceDeps, p: Principal, companyId: string, input: PolicyInput, now: Date): Promise<void> {
  const current = now.getUTCFullYear();
  const year = input.year ?? current;
  if (!Number.isInteger(year) || year < current - 1 || year > current + 1) throw companySpaceError.invalidYear(current - 1, current + 1);
  const changed: string[] = [];
  for (const tranche of TRANCHES) {
    const description = input.descriptions?.[tranche];
    if (description === undefined) continue;
    const text = description.trim();
    if (text.length > POLICY_DESCRIPTION_MAX) throw companySpaceError.invalidDescription(`descriptions.${tranche}`, POLICY_DESCRIPTION_MAX);
    await deps.policies.setDescription(companyId, tranche, text, now, p.accountId);
    changed.push(`description.${tranche}`);
  }
  const quotasGiven = TRANCHES.some((t) => input.quotas?.[t] !== undefined);
  const headcount = quotasGiven ? ((await deps.companies.findById(companyId))?.headcount ?? null) : null;
  const before = quotasGiven ? await deps.policies.quotas(companyId, year) : [];
  const quotaChanges: Partial<Record<Tranche, { previous: number; next: number }>> = {};
  for (const tranche of TRANCHES) {
    const quota = input.quotas?.[tranche];
    if (quota === undefined) continue;
    checkQuota(quota, `quotas.${tranche}`);
    checkQuotaWithinHeadcount(quota, headcount, tranche, year);
    const previous = before.find((q) => q.tranche === tranche)?.quota ?? 0;
    if (previous !== quota) quotaChanges[tranche] = { previous, next: quota };
    if (!(await deps.policies.setQuota(companyId, year, tranche, quota))) {
      const used = (await deps.policies.quotas(companyId, year)).find((q) => q.tranche === tranche)?.used ?? 0;
      throw companySpaceError.quotaBelowUsed(tranche, year, used);
    }
    changed.push(`quota.${tranche}`);
  }
  if (changed.length) {
    await deps.audit.record({ ...auditActor(p, companyId), action: 'company.policy_updated', objectType: 'company', objectId: companyId, detail: { year, changed } });
  }
  // a change of quota on its own entry: the tranches changed, before and after, and the headcount they are bounded by
  if (Object.keys(quotaChanges).length) {
    await deps.audit.record({
      ...auditActor(p, companyId),
      action: 'company.quotas_changed',
      objectType: 'company',
      objectId: companyId,
      detail: { year, quotas: quotaChanges, headcount },
    });
  }
}
