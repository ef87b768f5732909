import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import type { Company } from '../domain/company';
import { checkSpaceOpenToManagers } from '../domain/space-lifecycle';
import type { CompanySpaceDeps } from './company-space.deps';

/** ALS staff: agents and admins see and manage every company. */
export const isStaff = (p: Principal): boolean => p.role === 'agent' || p.role === 'admin';

/**
 * Who may act on a company: staff, or a manager of that very company. Another company's manager
 * gets 404 (the company's existence is not revealed); other roles get 403.
 */
export function accessOf(p: Principal, companyId: string): 'staff' | 'manager' {
  if (isStaff(p)) return 'staff';
  if (p.role === 'company_manager') {
    if (p.companyId === companyId) return 'manager';
    throw companySpaceError.notFound();
  }
  throw companySpaceError.roleNotAllowed();
}

export function requireStaff(p: Principal): void {
  if (!isStaff(p)) throw companySpaceError.roleNotAllowed(true);
}

export function requireManagerOf(p: Principal, companyId: string): void {
  if (accessOf(p, companyId) !== 'manager') throw companySpaceError.managerOnly();
}

/** Loads a company the caller may see (404 otherwise). */
export async function loadCompany(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ company: Company; access: 'staff' | 'manager' }> {
  const access = accessOf(p, companyId);
  const company = await deps.companies.findById(companyId, options);
  if (!company) throw companySpaceError.notFound();
  return { company, access };
}

/** Loads one employee record of the company, for a decision by its manager (404 when not theirs). */
export async function loadEmployeeForManager(deps: CompanySpaceDeps, p: Principal, companyId: string, demandId: string) {
  const { company } = await loadCompany(deps, p, companyId);
  requireManagerOf(p, company.id);
  checkSpaceOpenToManagers(company.spaceStatus);
  const v = await deps.employees.find(demandId, { forUpdate: true });
  if (!v || v.companyId !== company.id) throw companySpaceError.employeeNotFound();
  return { company, validation: v };
}

/** The audit entry's "who": the caller, acting for the company when a manager. */
export function auditActor(p: Principal | null, companyId: string) {
  return {
    actorAccountId: p?.accountId,
    actorRole: p?.role ?? 'system',
    actingFor: { kind: 'company' as const, id: companyId },
  };
}
