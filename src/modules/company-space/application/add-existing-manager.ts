import type { Principal } from '../../identity/index';
import { auditActor, loadCompany, requireStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';

/**
 * Staff records an account that already exists (a company manager of this company, e.g. the demo
 * account) as one of the company's managers, without an invitation. Idempotent.
 */
export async function addExistingManager(
  deps: CompanySpaceDeps,
  p: Principal,
  companyId: string,
  manager: { accountId: string; email: string; displayName: string },
): Promise<void> {
  requireStaff(p);
  await deps.uow.run(async () => {
    const { company } = await loadCompany(deps, p, companyId, { forUpdate: true });
    const email = manager.email.trim().toLowerCase();
    const known = await deps.managers.listForCompany(company.id);
    if (known.some((m) => m.accountId === manager.accountId || m.email === email)) return;
    await deps.managers.add({
      companyId: company.id,
      accountId: manager.accountId,
      email,
      displayName: manager.displayName.trim(),
      invitedAt: deps.clock.now(),
      invitedByAccountId: p.accountId,
    });
    await deps.audit.record({ ...auditActor(p, company.id), action: 'company.manager_added', objectType: 'account', objectId: manager.accountId });
  });
}
