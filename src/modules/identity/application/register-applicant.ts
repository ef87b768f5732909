import { newId } from '../../../shared/ids';
import { checkPasswordPolicy, normalizeEmail, type Account } from '../domain/account';
import type { IdentityDeps } from './identity.deps';

export interface RegisterApplicantInput {
  email: string;
  password: string;
  displayName: string;
}

/** An employee creates an applicant account. */
export async function registerApplicant(deps: IdentityDeps, input: RegisterApplicantInput): Promise<Account> {
  checkPasswordPolicy(input.password);
  const passwordHash = await deps.hasher.hash(input.password);
  return deps.accounts.create({
    id: newId(),
    email: normalizeEmail(input.email),
    passwordHash,
    role: 'applicant',
    displayName: input.displayName.trim(),
    status: 'active',
    memberships: [],
  });
}
