import { cleanName, type EmployeeValidation, type ValidationStatus } from '../domain/employee-validation';
import { normalizeCompanyNumber, siretCheck } from '../domain/siret';
import { autoValidate } from './auto-validate';
import type { CompanySpaceDeps } from './company-space.deps';
import { revokeAllGrants } from './revoke-all-grants';

export interface ValidationRequestInput {
  demandId: string;
  employerSiret: string;
  applicantFirstName: string;
  applicantLastName: string;
  applicantAccountId?: string | null | undefined;
  requestedAt: Date;
}

export type RecordOutcome =
  /** nothing recorded: the SIRET is not a valid SIRET (or, followed from a demand, none declared or the demand not at the validating stage) */
  | { outcome: 'ignored' }
  /** recorded; companyId null while no company holds the SIRET (matched when one does) */
  | { outcome: 'recorded' | 'unchanged' | 'employer_changed'; companyId: string | null; status: ValidationStatus };

/**
 * A demand declares (or changes) its employer: records the validation request, once per demand.
 * Called on the demand module's events (followEmployerDeclaration). Calling it again with the same
 * SIRET changes nothing; with the SIRET of another company, the request moves there (pending again,
 * the old company's grants revoked). A company that delegates to ALS validates its employees at once.
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
