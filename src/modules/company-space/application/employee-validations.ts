import { notFound } from '../../../shared/errors';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import type { Company } from '../domain/company';
import { normalizeCompanyNumber, siretCheck } from '../domain/siret';
import { checkSpaceOpenToManagers } from '../domain/space-lifecycle';
import { cleanName, decideValidation, type EmployeeValidation, type ValidationDecision, type ValidationStatus } from '../domain/employee-validation';
import { quotaLeft, TRANCHES, type Tranche } from '../domain/tranche';
import { auditActor, loadCompany, requireManagerOf } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import type { EmployeeDeclaration, EmployeeOrder } from '../ports';

export interface ValidationRequestInput {
  demandId: string;
  employerSiret: string;
  applicantFirstName: string;
  applicantLastName: string;
  applicantAccountId?: string | null | undefined;
  requestedAt: Date;
}

export type RecordOutcome =
  /** the SIRET is not a valid SIRET: nothing recorded */
  | { outcome: 'ignored' }
  /** recorded; companyId null while no company holds the SIRET (matched when one does) */
  | { outcome: 'recorded' | 'unchanged' | 'employer_changed'; companyId: string | null; status: ValidationStatus };

const AUDIT_ACTIONS: Record<ValidationDecision, string> = {
  validate: 'company.employee_validated',
  reject: 'company.employee_rejected',
  withdraw: 'company.employee_validation_withdrawn',
};

/** Validates at once an employee of a company that delegates its housing policy to ALS. */
async function autoValidate(deps: CompanySpaceDeps, v: EmployeeValidation, company: Company): Promise<EmployeeValidation> {
  const now = deps.clock.now();
  const next = decideValidation(v, 'validate', { accountId: null, at: now, validatedBy: 'delegation' });
  await deps.employees.save(next);
  await deps.employees.addEvent({ demandId: v.demandId, companyId: company.id, action: 'auto_validated', at: now, actorAccountId: null, reason: null });
  await deps.audit.record({
    ...auditActor(null, company.id), action: 'company.employee_validated', objectType: 'demand', objectId: v.demandId, detail: { by: 'delegation' },
  });
  return next;
}

/** Revokes a demand's grants at a company (employer changed, validation withdrawn): each gives its unit back. */
async function revokeAllGrants(deps: CompanySpaceDeps, demandId: string, companyId: string, by: Principal | null, reason: string): Promise<void> {
  const now = deps.clock.now();
  for (const g of await deps.employees.activeGrants([demandId])) {
    if (g.companyId !== companyId) continue;
    await deps.employees.revokeGrant(g.id, now, by?.accountId ?? null, reason);
    await deps.policies.release(g.companyId, g.year, g.tranche);
    await deps.audit.record({
      ...auditActor(by, companyId), action: 'company.tranche_revoked', objectType: 'demand', objectId: demandId, detail: { tranche: g.tranche, year: g.year, reason },
    });
  }
}

/**
 * A demand declares (or changes) its employer: records the validation request, once per demand.
 * Called on the demand module's events. Calling it again with the same SIRET changes nothing; with
 * the SIRET of another company, the request moves there (pending again, the old company's grants
 * revoked). A company that delegates to ALS validates its employees at once.
 */
export async function recordValidationRequest(deps: CompanySpaceDeps, input: ValidationRequestInput): Promise<RecordOutcome> {
  const siret = normalizeCompanyNumber(input.employerSiret);
  if (!siretCheck(siret)) return { outcome: 'ignored' };
  return deps.uow.run(async () => {
    const now = deps.clock.now();
    const company = await deps.companies.findBySiret(siret);
    const fresh: EmployeeValidation = {
      demandId: input.demandId,
      employerSiret: siret,
      companyId: company?.id ?? null,
      applicantFirstName: cleanName(input.applicantFirstName),
      applicantLastName: cleanName(input.applicantLastName),
      applicantAccountId: input.applicantAccountId ?? null,
      requestedAt: input.requestedAt,
      status: 'pending',
      validatedBy: null,
      validatedAt: null,
      withdrawnAt: null,
      decidedAt: null,
      decidedByAccountId: null,
      reason: null,
      updatedAt: now,
    };
    if (await deps.employees.insertIfAbsent(fresh)) {
      await deps.employees.addEvent({ demandId: fresh.demandId, companyId: fresh.companyId, action: 'requested', at: now, actorAccountId: null, reason: null });
      const v = company?.delegatesToAls ? await autoValidate(deps, fresh, company) : fresh;
      return { outcome: 'recorded', companyId: v.companyId, status: v.status };
    }
    const existing = (await deps.employees.find(input.demandId, { forUpdate: true }))!;
    const names = { applicantFirstName: fresh.applicantFirstName, applicantLastName: fresh.applicantLastName };
    const sameCompany = existing.companyId === fresh.companyId;
    if (sameCompany) {
      const renamed = names.applicantFirstName !== existing.applicantFirstName || names.applicantLastName !== existing.applicantLastName;
      if (renamed || existing.employerSiret !== siret) await deps.employees.save({ ...existing, ...names, employerSiret: siret, updatedAt: now });
      return { outcome: 'unchanged', companyId: existing.companyId, status: existing.status };
    }
    // The employer changed: the previous company loses the request and its grants.
    if (existing.companyId) await revokeAllGrants(deps, existing.demandId, existing.companyId, null, 'employer changed on the demand');
    const moved: EmployeeValidation = { ...fresh, requestedAt: input.requestedAt };
    await deps.employees.save(moved);
    await deps.employees.addEvent({ demandId: moved.demandId, companyId: moved.companyId, action: 'employer_changed', at: now, actorAccountId: null, reason: null });
    const v = company?.delegatesToAls ? await autoValidate(deps, moved, company) : moved;
    return { outcome: 'employer_changed', companyId: v.companyId, status: v.status };
  });
}

/** A company gained SIRETs (created, or establishments added): requests waiting for them join it. */
export async function matchWaitingRequests(deps: CompanySpaceDeps, company: Company, sirets: string[]): Promise<number> {
  if (!sirets.length) return 0;
  const now = deps.clock.now();
  const waiting = await deps.employees.unmatchedForSirets(sirets);
  for (const w of waiting) {
    const matched: EmployeeValidation = { ...w, companyId: company.id, updatedAt: now };
    await deps.employees.save(matched);
    await deps.employees.addEvent({ demandId: w.demandId, companyId: company.id, action: 'matched', at: now, actorAccountId: null, reason: null });
    if (company.delegatesToAls && matched.status === 'pending') await autoValidate(deps, matched, company);
  }
  return waiting.length;
}

/** The company now delegates to ALS: its pending requests are validated at once. */
export async function validatePendingByDelegation(deps: CompanySpaceDeps, company: Company): Promise<number> {
  const pending = await deps.employees.pendingForCompany(company.id);
  for (const v of pending) await autoValidate(deps, v, company);
  return pending.length;
}

export interface EmployeeView {
  demandId: string;
  firstName: string;
  lastName: string;
  requestedAt: Date;
  status: ValidationStatus;
  validatedBy: 'manager' | 'delegation' | null;
  validatedAt: Date | null;
  withdrawnAt: Date | null;
  decidedAt: Date | null;
  reason: string | null;
  tranches: { tranche: Tranche; year: number; grantedAt: Date; reason: string }[];
  /** what the applicant declared of the job (pending requests' list and one employee's page) */
  declaration?: EmployeeDeclaration | null;
}

export interface QuotaView {
  tranche: Tranche;
  quota: number;
  used: number;
  left: number;
}

/**
 * What a company sees of its employees: names, dates, decision and tranches. Never the demand's
 * documents, resources or household.
 */
export function toEmployeeView(v: EmployeeValidation, grants: { tranche: Tranche; year: number; grantedAt: Date; reason: string; demandId: string }[]): EmployeeView {
  return {
    demandId: v.demandId,
    firstName: v.applicantFirstName,
    lastName: v.applicantLastName,
    requestedAt: v.requestedAt,
    status: v.status,
    validatedBy: v.status === 'validated' || v.status === 'withdrawn' ? v.validatedBy : null,
    validatedAt: v.validatedAt,
    withdrawnAt: v.withdrawnAt,
    decidedAt: v.decidedAt,
    reason: v.reason,
    tranches: grants
      .filter((g) => g.demandId === v.demandId)
      .map((g) => ({ tranche: g.tranche, year: g.year, grantedAt: g.grantedAt, reason: g.reason }))
      .sort((a, b) => a.tranche.localeCompare(b.tranche)),
  };
}

export async function quotaViews(deps: CompanySpaceDeps, companyId: string, year: number): Promise<QuotaView[]> {
  const rows = await deps.policies.quotas(companyId, year);
  return TRANCHES.map((tranche) => {
    const q = rows.find((r) => r.tranche === tranche) ?? { quota: 0, used: 0 };
    return { tranche, quota: q.quota, used: q.used, left: quotaLeft(q) };
  });
}

/**
 * The company's validation requests and employees (manager of the company, or staff), with the
 * tranches granted and the quota left this year. Managers need a deployed space.
 */
export async function listEmployees(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  query: {
    status?: ValidationStatus | undefined; page?: number | undefined; pageSize?: number | undefined; order?: EmployeeOrder | undefined;
    /** each line with what the applicant declared of the job (the requests to decide: one read for the page) */
    withDeclarations?: boolean | undefined;
  },
): Promise<Page<EmployeeView> & { year: number; quotas: QuotaView[] }> {
  const { company, access } = await loadCompany(deps, p, companyId);
  if (access === 'manager') checkSpaceOpenToManagers(company.spaceStatus);
  const page = await deps.employees.listForCompany(company.id, { status: query.status }, pageRequest(query.page, query.pageSize), query.order);
  const grants = await deps.employees.activeGrants(page.items.map((v) => v.demandId));
  const year = deps.clock.now().getUTCFullYear();
  const declarations = query.withDeclarations && deps.declarations
    ? await deps.declarations.declarationsOf(page.items.map((v) => v.demandId))
    : undefined;
  return {
    ...page,
    items: page.items.map((v) => ({
      ...toEmployeeView(v, grants.filter((g) => g.companyId === company.id)),
      ...(declarations ? { declaration: declarations.get(v.demandId) ?? null } : {}),
    })),
    year,
    quotas: await quotaViews(deps, company.id, year),
  };
}

/**
 * One validation request or employee of the company (manager of the company in a deployed space,
 * or staff), with the tranches in force and this year's quota left. Another company's → 404.
 */
export async function getEmployee(
  deps: CompanySpaceDeps, p: Principal, companyId: string, demandId: string,
): Promise<EmployeeView & { year: number; quotas: QuotaView[] }> {
  const { company, access } = await loadCompany(deps, p, companyId);
  if (access === 'manager') checkSpaceOpenToManagers(company.spaceStatus);
  const v = await deps.employees.find(demandId);
  if (!v || v.companyId !== company.id) throw notFound('COMPANY.EMPLOYEE_NOT_FOUND', 'Salarié introuvable dans cet espace.');
  const grants = await deps.employees.activeGrants([demandId]);
  const year = deps.clock.now().getUTCFullYear();
  // what the applicant declared of the job, so that the manager decides knowing what they confirm
  const declaration = (await deps.declarations?.declarationsOf([demandId]))?.get(demandId) ?? null;
  return { ...toEmployeeView(v, grants.filter((g) => g.companyId === company.id)), year, quotas: await quotaViews(deps, company.id, year), declaration };
}

/** Loads one employee record of the company, for a decision by its manager (404 when not theirs). */
export async function loadEmployeeForManager(deps: CompanySpaceDeps, p: Principal, companyId: string, demandId: string) {
  const { company } = await loadCompany(deps, p, companyId);
  requireManagerOf(p, company.id);
  checkSpaceOpenToManagers(company.spaceStatus);
  const v = await deps.employees.find(demandId, { forUpdate: true });
  if (!v || v.companyId !== company.id) throw notFound('COMPANY.EMPLOYEE_NOT_FOUND', 'Salarié introuvable dans cet espace.');
  return { company, validation: v };
}

/** A manager validates (the person works here), rejects (with a reason) or withdraws (the person left) the employment. */
export async function decideEmployeeValidation(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  demandId: string,
  input: { decision: ValidationDecision; reason?: string | undefined },
): Promise<EmployeeView> {
  return deps.uow.run(async () => {
    const { company, validation } = await loadEmployeeForManager(deps, p, companyId, demandId);
    const now = deps.clock.now();
    const next = decideValidation(validation, input.decision, { accountId: p.accountId, at: now, reason: input.reason, validatedBy: 'manager' });
    await deps.employees.save(next);
    const action = input.decision === 'validate' ? 'validated' : input.decision === 'reject' ? 'rejected' : 'withdrawn';
    await deps.employees.addEvent({ demandId, companyId: company.id, action, at: now, actorAccountId: p.accountId, reason: next.reason });
    await deps.audit.record({
      ...auditActor(p, company.id), action: AUDIT_ACTIONS[input.decision], objectType: 'demand', objectId: demandId,
      detail: { decision: input.decision, ...(next.reason ? { reason: next.reason } : {}) },
    });
    // The person left: the tranches granted to them are revoked and their units given back.
    if (input.decision === 'withdraw') await revokeAllGrants(deps, demandId, company.id, p, 'validation withdrawn');
    const grants = await deps.employees.activeGrants([demandId]);
    return toEmployeeView(next, grants.filter((g) => g.companyId === company.id));
  });
}
