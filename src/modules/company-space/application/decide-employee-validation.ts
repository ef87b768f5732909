import type { Principal } from '../../identity/index';
import { decideValidation, type ValidationDecision } from '../domain/employee-validation';
import { auditActor, loadEmployeeForManager } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { toEmployeeView, type EmployeeView } from './employee-view';
import { revokeAllGrants } from './revoke-all-grants';

const AUDIT_ACTIONS: Record<ValidationDecision, string> = {
  validate: 'company.employee_validated',
  reject: 'company.employee_rejected',
  withdraw: 'company.employee_validation_withdrawn',
};

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
      ...auditActor(p, company.id),
      action: AUDIT_ACTIONS[input.decision],
      objectType: 'demand',
      objectId: demandId,
      detail: { decision: input.decision, ...(next.reason ? { reason: next.reason } : {}) },
    });
    // The person left: the tranches granted to them are revoked and their units given back.
    if (input.decision === 'withdraw') await revokeAllGrants(deps, demandId, company.id, p, 'validation withdrawn');
    const grants = await deps.employees.activeGrants([demandId]);
    return toEmployeeView(
      next,
      grants.filter((g) => g.companyId === company.id),
    );
  });
}
