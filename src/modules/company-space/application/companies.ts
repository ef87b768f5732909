import { forbidden, invalid } from '../../../shared/errors';
import { isId, newId } from '../../../shared/ids';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import {
  checkCompanyNumbers, checkHeadcount, MAX_SIRETS_PER_COMPANY, sizeClassOf, type Company, type Contribution, type SizeClass, type SpaceStatus,
} from '../domain/company';
import { normalizeCompanyNumber } from '../domain/siret';
import type { SpaceEvent } from '../domain/space-lifecycle';
import type { CompanyListFilter, CompanyPatch } from '../ports';
import { auditActor, isStaff, loadCompany, requireStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { matchWaitingRequests, validatePendingByDelegation } from './employee-validations';

export interface CompanyView {
  id: string;
  name: string;
  siren: string;
  sirets: string[];
  headcount: number | null;
  sizeClass: SizeClass | null;
  contribution: Contribution;
  delegatesToAls: boolean;
  space: { status: SpaceStatus | null; updatedAt: Date | null };
  createdAt: Date;
  updatedAt: Date;
}

export interface CompanyDetail extends CompanyView {
  managers: { accountId: string; email: string; displayName: string; invitedAt: Date }[];
  spaceHistory: SpaceEvent[];
}

export const toCompanyView = (c: Company): CompanyView => ({
  id: c.id,
  name: c.name,
  siren: c.siren,
  sirets: c.sirets,
  headcount: c.headcount,
  sizeClass: sizeClassOf(c.headcount) ?? null,
  contribution: c.contribution,
  delegatesToAls: c.delegatesToAls,
  space: { status: c.spaceStatus, updatedAt: c.spaceUpdatedAt },
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export const NAME_MAX = 200;

export function checkCompanyName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  if (!n || n.length > NAME_MAX) throw invalid('COMPANY.INVALID_NAME', `Raison sociale obligatoire (${NAME_MAX} caractères au plus).`, [{ field: 'name', message: `1..${NAME_MAX} characters` }]);
  return n;
}

export interface CreateCompanyInput {
  /** a fixed id (demo data, imports); a new one otherwise. Not offered by the API. */
  id?: string | undefined;
  name: string;
  siren?: string | undefined;
  sirets: string[];
  headcount?: number | null | undefined;
  contribution?: Contribution | undefined;
  delegatesToAls?: boolean | undefined;
}

/** An agent adds a company to the referential (no space yet). */
export async function createCompany(deps: CompanySpaceDeps, p: Principal, input: CreateCompanyInput): Promise<CompanyDetail> {
  requireStaff(p);
  const name = checkCompanyName(input.name);
  if (!input.sirets.length) throw invalid('COMPANY.SIRET_REQUIRED', 'Au moins un SIRET est requis.', [{ field: 'sirets', message: 'at least one' }]);
  const { siren, sirets } = checkCompanyNumbers({ siren: input.siren, sirets: input.sirets });
  checkHeadcount(input.headcount);
  if (input.id !== undefined && !isId(input.id)) throw invalid('COMPANY.INVALID_ID', 'Identifiant d’entreprise invalide.', [{ field: 'id', message: 'a UUID' }]);
  return deps.uow.run(async () => {
    const now = deps.clock.now();
    const company = await deps.companies.create({
      id: input.id ?? newId(), name, siren, sirets, headcount: input.headcount ?? null, contribution: input.contribution ?? 'none',
      delegatesToAls: input.delegatesToAls ?? false, spaceStatus: null,
    }, now);
    await deps.audit.record({ ...auditActor(p, company.id), action: 'company.created', objectType: 'company', objectId: company.id });
    await matchWaitingRequests(deps, company, company.sirets);
    return { ...toCompanyView(company), managers: [], spaceHistory: [] };
  });
}

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
      if (refused.length) throw forbidden('COMPANY.FIELD_NOT_ALLOWED', `Seul ALS peut modifier : ${refused.join(', ')}.`);
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
    if (remaining.size === 0) throw invalid('COMPANY.SIRET_REQUIRED', 'Une entreprise garde au moins un SIRET.', [{ field: 'removeSirets', message: 'at least one SIRET must remain' }]);
    if (remaining.size > MAX_SIRETS_PER_COMPANY) throw invalid('COMPANY.TOO_MANY_SIRETS', `Au plus ${MAX_SIRETS_PER_COMPANY} SIRET.`, [{ field: 'addSirets', message: `at most ${MAX_SIRETS_PER_COMPANY}` }]);

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

async function companyDetail(deps: CompanySpaceDeps, company: Company): Promise<CompanyDetail> {
  const managers = await deps.managers.listForCompany(company.id);
  return {
    ...toCompanyView(company),
    managers: managers.map((m) => ({ accountId: m.accountId, email: m.email, displayName: m.displayName, invitedAt: m.invitedAt })),
    spaceHistory: await deps.companies.spaceHistory(company.id),
  };
}

/** A company's file: staff, or its own manager (another company's manager gets 404). */
export async function getCompany(deps: CompanySpaceDeps, p: Principal, companyId: string): Promise<CompanyDetail> {
  const { company } = await loadCompany(deps, p, companyId);
  return companyDetail(deps, company);
}

/** The referential (staff); a manager sees only their own company. */
export async function listCompanies(
  deps: CompanySpaceDeps,
  p: Principal,
  query: CompanyListFilter & { page?: number | undefined; pageSize?: number | undefined },
): Promise<Page<CompanyView>> {
  const page = pageRequest(query.page, query.pageSize);
  if (!isStaff(p)) {
    if (p.role !== 'company_manager') throw forbidden('COMPANY.ROLE_NOT_ALLOWED', 'Votre rôle ne permet pas cette action.');
    const own = p.companyId ? await deps.companies.findById(p.companyId) : null;
    const items = own && page.page === 1 ? [toCompanyView(own)] : [];
    return { items, page: page.page, pageSize: page.pageSize, total: own ? 1 : 0 };
  }
  const filter: CompanyListFilter = {
    ...(query.q?.trim() ? { q: query.q.trim().slice(0, 100) } : {}),
    ...(query.spaceStatus ? { spaceStatus: query.spaceStatus } : {}),
    ...(query.nameOrder ? { nameOrder: query.nameOrder } : {}),
  };
  const result = await deps.companies.list(filter, page);
  return { ...result, items: result.items.map(toCompanyView) };
}
