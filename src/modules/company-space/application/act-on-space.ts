import type { Principal } from '../../identity/index';
import { companySpaceError } from '../company-space.errors';
import { isEmailAddress } from '../domain/contact';
import { checkSpaceCanRun, spaceTransition, type SpaceAction } from '../domain/space-lifecycle';
import { auditActor, loadCompany, requireStaff } from './access';
import { applyPolicy, type PolicyInput } from './apply-policy';
import type { CompanySpaceDeps } from './company-space.deps';
import type { CompanyDetail } from './company-view';
import { getCompany } from './get-company';
import { INVITATION_KIND, invitationLink } from './invitation-link';
import { validatePendingByDelegation } from './validate-pending-by-delegation';

export interface ConfigureInput extends PolicyInput {
  managers?: { email: string; displayName: string }[] | undefined;
  delegatesToAls?: boolean | undefined;
}

export type SpaceCommand = ({ action: 'configure' } & ConfigureInput) | { action: 'deploy'; reason?: string | undefined } | { action: 'suspend'; reason?: string | undefined };

/**
 * The agent's actions on a space. `configure` invites managers (an account each, with a one-time
 * link put in the notification outbox), enters the policy and quotas; `deploy` opens the space to
 * the managers and the employees; `suspend` closes it. Every change is dated in the history.
 */
export async function actOnSpace(deps: CompanySpaceDeps, p: Principal, companyId: string, command: SpaceCommand): Promise<CompanyDetail> {
  requireStaff(p);
  await deps.uow.run(async () => {
    const { company } = await loadCompany(deps, p, companyId, { forUpdate: true });
    const now = deps.clock.now();
    const action: SpaceAction = command.action;
    const to = spaceTransition(company.spaceStatus, action);
    const reason = 'reason' in command && command.reason?.trim() ? command.reason.trim().slice(0, 500) : null;

    if (command.action === 'configure') {
      let delegates = company.delegatesToAls;
      if (command.delegatesToAls !== undefined && command.delegatesToAls !== company.delegatesToAls) {
        await deps.companies.update(company.id, { delegatesToAls: command.delegatesToAls }, now);
        delegates = command.delegatesToAls;
      }
      const known = new Set((await deps.managers.listForCompany(company.id)).map((m) => m.email));
      for (const [i, m] of (command.managers ?? []).entries()) {
        const email = m.email.trim().toLowerCase();
        const displayName = m.displayName.trim();
        if (!isEmailAddress(email)) throw companySpaceError.invalidManager(i, 'email');
        if (!displayName) throw companySpaceError.invalidManager(i, 'displayName');
        if (known.has(email)) continue;
        known.add(email);
        const invitation = await deps.invitations.invite({ email, displayName, companyId: company.id });
        await deps.managers.add({ companyId: company.id, accountId: invitation.accountId, email, displayName, invitedAt: now, invitedByAccountId: p.accountId });
        await deps.outbox.add({
          toEmail: email,
          kind: INVITATION_KIND,
          payload: {
            companyId: company.id,
            companyName: company.name,
            accountId: invitation.accountId,
            displayName,
            invitationToken: invitation.invitationToken,
            link: invitationLink(deps.settings.publicUrl, invitation.invitationToken),
            expiresAt: invitation.expiresAt.toISOString(),
          },
        });
        await deps.audit.record({ ...auditActor(p, company.id), action: 'company.manager_invited', objectType: 'account', objectId: invitation.accountId });
      }
      await applyPolicy(deps, p, company.id, command, now);
      if (to === 'configured') checkSpaceCanRun(known.size, delegates);
      await deps.requests.markHandled(company.id, now);
    }
    if (command.action === 'deploy') {
      const managers = await deps.managers.listForCompany(company.id);
      checkSpaceCanRun(managers.length, company.delegatesToAls);
    }
    if (to !== company.spaceStatus) {
      await deps.companies.recordSpaceEvent(company.id, { at: now, action, from: company.spaceStatus, to, actorAccountId: p.accountId, reason });
    }
    await deps.audit.record({
      ...auditActor(p, company.id),
      action: `company.space_${action === 'configure' ? 'configured' : action === 'deploy' ? 'deployed' : 'suspended'}`,
      objectType: 'company',
      objectId: company.id,
      detail: { from: company.spaceStatus, to, ...(reason ? { reason } : {}) },
    });
    if (command.action === 'configure' && command.delegatesToAls === true && !company.delegatesToAls) {
      await validatePendingByDelegation(deps, { ...company, delegatesToAls: true });
    }
  });
  return getCompany(deps, p, companyId);
}
