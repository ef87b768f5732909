import type { CompanySpaceDeps } from './company-space.deps';
import { recordValidationRequest, type RecordOutcome } from './record-validation-request';

/**
 * A demand changed (its status, or facts such as its employer): the company space reads the
 * employer it declares, once the change has committed, and asks that employer to confirm the job.
 * Only a demand at the stage where its employer validates (filed and open: `toValidate`, the demand
 * module's rule) with a declared SIRET produces a validation request; any other is left alone
 * (a request already recorded stays as it is). Idempotent per demand (recordValidationRequest).
 */
export async function followEmployerDeclaration(deps: CompanySpaceDeps, demandId: string, at: Date): Promise<RecordOutcome> {
  const declared = await deps.declaredEmployers.declaredEmployer(demandId);
  if (!declared?.employerSiret || !declared.toValidate) return { outcome: 'ignored' };
  return recordValidationRequest(deps, {
    demandId,
    employerSiret: declared.employerSiret,
    applicantFirstName: declared.firstName,
    applicantLastName: declared.lastName,
    applicantAccountId: declared.ownerAccountId,
    requestedAt: at,
  });
}
