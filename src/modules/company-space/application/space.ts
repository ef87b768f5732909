import { invalid, type FieldError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import { normalizeCompanyNumber, sirenOf, siretCheck } from '../domain/siret';
import { checkSpaceCanRun, spaceTransition, type SpaceAction } from '../domain/space-lifecycle';
import type { SpaceRequest } from '../ports';
import type { SpaceStatus } from '../domain/company';
import { auditActor, loadCompany, requireStaff } from './access';
import type { CompanySpaceDeps } from './company-space.deps';
import { checkCompanyName, getCompany, type CompanyDetail } from './companies';
import { matchWaitingRequests, validatePendingByDelegation } from './employee-validations';
import { applyPolicy, type PolicyInput } from './policy';

export interface SpaceRequestInput {
  companyName: string;
  siret: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | undefined;
}

// Linear patterns (no two quantifiers can trade characters: the domain's labels hold no dot),
// applied only after the length checks below (issue 19 §1: the former `[^\s@]+\.[^\s@]+` ran in
// quadratic time on a long run of dots).
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 .()-]{6,25}$/;
/** Bounds of the public form's fields, checked before any pattern or normalisation. */
const SIRET_INPUT_MAX = 40;
const CONTACT_NAME_MAX = 120;
const EMAIL_MAX = 254;
const PHONE_INPUT_MAX = 25;
const COMPANY_NAME_INPUT_MAX = 1000;

/**
 * A company asks for a space (public): the company is found by its SIRET, else by its SIREN (the
 * SIRET is then added to it), else created; the request is recorded and the space becomes
 * `requested` if it had none. The answer reveals nothing of the company's file. Limited per client
 * address (429 with Retry-After past the limit).
 */
export async function requestSpace(deps: CompanySpaceDeps, input: SpaceRequestInput, ctx: { address: string }): Promise<{ requestId: string; receivedAt: Date }> {
  // every request counts against the per-address limit, refused ones included (counted before any
  // check: a flood of invalid requests is stopped like a flood of valid ones)
  await deps.spaceRequestThrottle.consume(ctx.address);
  const errors: FieldError[] = [];
  // lengths first, then the (linear) patterns on bounded text
  const siret = input.siret.length <= SIRET_INPUT_MAX ? normalizeCompanyNumber(input.siret) : '';
  if (!siretCheck(siret)) errors.push({ field: 'siret', message: 'SIRET invalide (14 chiffres, clé de contrôle).' });
  const contactName = input.contactName.length <= CONTACT_NAME_MAX * 4 ? input.contactName.trim().replace(/\s+/g, ' ') : '';
  if (!contactName || contactName.length > CONTACT_NAME_MAX) errors.push({ field: 'contactName', message: `1 à ${CONTACT_NAME_MAX} caractères` });
  const contactEmail = input.contactEmail.trim().toLowerCase();
  if (contactEmail.length > EMAIL_MAX || !EMAIL.test(contactEmail)) errors.push({ field: 'contactEmail', message: 'adresse e-mail invalide' });
  const contactPhone = input.contactPhone?.trim() ? input.contactPhone.trim() : null;
  if (contactPhone && (contactPhone.length > PHONE_INPUT_MAX || !PHONE.test(contactPhone))) errors.push({ field: 'contactPhone', message: 'numéro de téléphone invalide' });
  if (input.companyName.length > COMPANY_NAME_INPUT_MAX) errors.push({ field: 'name', message: 'raison sociale trop longue' });
  if (errors.length) throw invalid('COMPANY.INVALID_SPACE_REQUEST', 'Demande d’espace entreprise invalide.', errors);
  const companyName = checkCompanyName(input.companyName);

  return deps.uow.run(async () => {
    const now = deps.clock.now();
    let company = await deps.companies.findBySiret(siret);
    if (!company) {
      const bySiren = await deps.companies.findBySiren(sirenOf(siret));
      if (bySiren) {
        await deps.companies.addSirets(bySiren.id, [siret], now);
        company = (await deps.companies.findById(bySiren.id, { forUpdate: true }))!;
        await matchWaitingRequests(deps, company, [siret]);
      } else {
        company = await deps.companies.create({
          id: newId(), name: companyName, siren: sirenOf(siret), sirets: [siret], headcount: null, contribution: 'none', delegatesToAls: false, spaceStatus: null,
        }, now);
        await matchWaitingRequests(deps, company, [siret]);
      }
    } else {
      company = (await deps.companies.findById(company.id, { forUpdate: true }))!;
    }
    const request: SpaceRequest = { id: newId(), companyId: company.id, siret, companyName, contactName, contactEmail, contactPhone, requestedAt: now, handledAt: null };
    await deps.requests.add(request);
    if (company.spaceStatus === null) {
      await deps.companies.recordSpaceEvent(company.id, { at: now, action: 'request', from: null, to: spaceTransition(null, 'request'), actorAccountId: null, reason: null });
    }
    await deps.audit.record({ actorRole: 'public', actingFor: { kind: 'company', id: company.id }, action: 'company.space_requested', objectType: 'company', objectId: company.id, detail: { requestId: request.id } });
    return { requestId: request.id, receivedAt: now };
  });
}

export async function listSpaceRequests(deps: CompanySpaceDeps, p: Principal, query: { open?: boolean | undefined; oldestFirst?: boolean | undefined; page?: number | undefined; pageSize?: number | undefined }): Promise<Page<SpaceRequest & { spaceStatus: SpaceStatus | null }>> {
  requireStaff(p);
  return deps.requests.list({ open: query.open, oldestFirst: query.oldestFirst }, pageRequest(query.page, query.pageSize));
}

export interface ConfigureInput extends PolicyInput {
  managers?: { email: string; displayName: string }[] | undefined;
  delegatesToAls?: boolean | undefined;
}

export type SpaceCommand =
  | ({ action: 'configure' } & ConfigureInput)
  | { action: 'deploy'; reason?: string | undefined }
  | { action: 'suspend'; reason?: string | undefined };

export const INVITATION_KIND = 'company_manager_invitation';

/** Where an invited manager sets their password: the company portal's invitation page (full link, sent as is). */
export const INVITATION_PATH = '/entreprise/invitation';
export const invitationLink = (publicUrl: string, token: string): string => `${withoutTrailingSlashes(publicUrl)}${INVITATION_PATH}?token=${encodeURIComponent(token)}`;

/** `https://x/` → `https://x` (a loop: the pattern `/\/+$/` is quadratic on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

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
        if (email.length > EMAIL_MAX || !EMAIL.test(email)) throw invalid('COMPANY.INVALID_MANAGER', 'Adresse e-mail du gestionnaire invalide.', [{ field: `managers.${i}.email`, message: 'an email address' }]);
        if (!displayName) throw invalid('COMPANY.INVALID_MANAGER', 'Nom du gestionnaire obligatoire.', [{ field: `managers.${i}.displayName`, message: 'required' }]);
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
      ...auditActor(p, company.id), action: `company.space_${action === 'configure' ? 'configured' : action === 'deploy' ? 'deployed' : 'suspended'}`,
      objectType: 'company', objectId: company.id, detail: { from: company.spaceStatus, to, ...(reason ? { reason } : {}) },
    });
    if (command.action === 'configure' && command.delegatesToAls === true && !company.delegatesToAls) {
      await validatePendingByDelegation(deps, { ...company, delegatesToAls: true });
    }
  });
  return getCompany(deps, p, companyId);
}

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
    await deps.managers.add({ companyId: company.id, accountId: manager.accountId, email, displayName: manager.displayName.trim(), invitedAt: deps.clock.now(), invitedByAccountId: p.accountId });
    await deps.audit.record({ ...auditActor(p, company.id), action: 'company.manager_added', objectType: 'account', objectId: manager.accountId });
  });
}
