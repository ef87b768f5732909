import { conflict, DomainError, invalid } from '../../../shared/errors';
import type { Principal } from '../../identity/index';
import type { SpaceStatus } from '../domain/company';
import { checkQuota, checkQuotaWithinHeadcount, POLICY_DESCRIPTION_MAX, quotaCeiling, TRANCHES, type Tranche } from '../domain/tranche';
import { accessOf, auditActor, companyNotFound, isStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { quotaViews, type QuotaView } from './employee-validations';

export interface PolicyInput {
  /** the quota year (default: the current year; the previous and the next are accepted) */
  year?: number | undefined;
  descriptions?: Partial<Record<Tranche, string>> | undefined;
  quotas?: Partial<Record<Tranche, number>> | undefined;
}

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

/** Writes descriptions and quotas (inside the caller's transaction). */
export async function applyPolicy(deps: CompanySpaceDeps, p: Principal, companyId: string, input: PolicyInput, now: Date): Promise<void> {
  const current = now.getUTCFullYear();
  const year = input.year ?? current;
  if (!Number.isInteger(year) || year < current - 1 || year > current + 1) {
    throw invalid('COMPANY.INVALID_YEAR', `Année de quota entre ${current - 1} et ${current + 1}.`, [{ field: 'year', message: `${current - 1}..${current + 1}` }]);
  }
  const changed: string[] = [];
  for (const tranche of TRANCHES) {
    const description = input.descriptions?.[tranche];
    if (description === undefined) continue;
    const text = description.trim();
    if (text.length > POLICY_DESCRIPTION_MAX) throw invalid('COMPANY.INVALID_DESCRIPTION', `Description de ${POLICY_DESCRIPTION_MAX} caractères au plus.`, [{ field: `descriptions.${tranche}`, message: `at most ${POLICY_DESCRIPTION_MAX} characters` }]);
    await deps.policies.setDescription(companyId, tranche, text, now, p.accountId);
    changed.push(`description.${tranche}`);
  }
  const quotasGiven = TRANCHES.some((t) => input.quotas?.[t] !== undefined);
  const headcount = quotasGiven ? (await deps.companies.findById(companyId))?.headcount ?? null : null;
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
      throw new DomainError('conflict', 'COMPANY.QUOTA_BELOW_USED', `Le quota ${year} de la tranche ${tranche} ne peut pas descendre sous les ${used} attributions déjà faites.`, {
        fields: [{ field: `quotas.${tranche}`, message: `at least ${used}` }],
        details: { tranche, year, used },
      });
    }
    changed.push(`quota.${tranche}`);
  }
  if (changed.length) {
    await deps.audit.record({ ...auditActor(p, companyId), action: 'company.policy_updated', objectType: 'company', objectId: companyId, detail: { year, changed } });
  }
  // a change of quota on its own entry: the tranches changed, before and after, and the headcount they are bounded by
  if (Object.keys(quotaChanges).length) {
    await deps.audit.record({
      ...auditActor(p, companyId), action: 'company.quotas_changed', objectType: 'company', objectId: companyId,
      detail: { year, quotas: quotaChanges, headcount },
    });
  }
}

/**
 * The company's housing policy. Staff and the company's managers see the descriptions and the
 * quotas with what is used; any other signed-in user (an employee reading what each tranche
 * means) sees the descriptions of a deployed space only.
 */
export async function getPolicy(deps: CompanySpaceDeps, p: Principal, companyId: string, query: { year?: number | undefined } = {}): Promise<PolicyView> {
  const insider = isStaff(p) || (p.role === 'company_manager' && p.companyId === companyId);
  const company = await deps.companies.findById(companyId);
  if (!company || (!insider && company.spaceStatus !== 'deployed')) throw companyNotFound();
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
  return { ...view, spaceStatus: company.spaceStatus, year, quotas: await quotaViews(deps, company.id, year), quotaCeiling: quotaCeiling(company.headcount), headcount: company.headcount };
}

/** The company's manager (configured or deployed space) or staff sets descriptions and quotas. */
export async function setPolicy(deps: CompanySpaceDeps, p: Principal, companyId: string, input: PolicyInput): Promise<PolicyView> {
  await deps.uow.run(async () => {
    const access = accessOf(p, companyId);
    const company = await deps.companies.findById(companyId, { forUpdate: true });
    if (!company) throw companyNotFound();
    if (access === 'manager' && company.spaceStatus !== 'configured' && company.spaceStatus !== 'deployed') {
      throw conflict('COMPANY.SPACE_NOT_DEPLOYED', 'L’espace entreprise n’est pas ouvert.', { status: company.spaceStatus });
    }
    await applyPolicy(deps, p, company.id, input, deps.clock.now());
  });
  return getPolicy(deps, p, companyId, input.year !== undefined ? { year: input.year } : {});
}
