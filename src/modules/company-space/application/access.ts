import { forbidden, notFound } from '../../../shared/errors';
import type { Principal } from '../../identity/index';
import type { Company } from '../domain/company';
import type { CompanySpaceDeps } from './company-space.deps';

/** ALS staff: agents and admins see and manage every company. */
export const isStaff = (p: Principal): boolean => p.role === 'agent' || p.role === 'admin';

export const companyNotFound = () => notFound('COMPANY.NOT_FOUND', 'Entreprise introuvable.');

/**
 * Who may act on a company: staff, or a manager of that very company. Another company's manager
 * gets 404 (the company's existence is not revealed); other roles get 403.
 */
export function accessOf(p: Principal, companyId: string): 'staff' | 'manager' {
  if (isStaff(p)) return 'staff';
  if (p.role === 'company_manager') {
    if (p.companyId === companyId) return 'manager';
    throw companyNotFound();
  }
  throw forbidden('COMPANY.ROLE_NOT_ALLOWED', 'Votre rôle ne permet pas cette action.');
}

export function requireStaff(p: Principal): void {
  if (!isStaff(p)) throw forbidden('COMPANY.ROLE_NOT_ALLOWED', 'Réservé aux collaborateurs ALS.');
}

export function requireManagerOf(p: Principal, companyId: string): void {
  if (accessOf(p, companyId) !== 'manager') throw forbidden('COMPANY.MANAGER_ONLY', 'Réservé aux gestionnaires de l’entreprise.');
}

/** Loads a company the caller may see (404 otherwise). */
export async function loadCompany(deps: CompanySpaceDeps, p: Principal, companyId: string, options: { forUpdate?: boolean } = {}): Promise<{ company: Company; access: 'staff' | 'manager' }> {
  const access = accessOf(p, companyId);
  const company = await deps.companies.findById(companyId, options);
  if (!company) throw companyNotFound();
  return { company, access };
}

/** The audit entry's "who": the caller, acting for the company when a manager. */
export function auditActor(p: Principal | null, companyId: string) {
  return {
    actorAccountId: p?.accountId,
    actorRole: p?.role ?? 'system',
    actingFor: { kind: 'company' as const, id: companyId },
  };
}
