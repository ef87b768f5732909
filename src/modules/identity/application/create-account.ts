import { identityError } from '../identity.errors';
import { newId } from '../../../shared/ids';
import { checkPasswordPolicy, normalizeEmail, requiredOrgKind, type Account, type Role } from '../domain/account';
import type { IdentityDeps } from './identity.deps';

export interface CreateAccountInput {
  email: string;
  /** omitted for an invited account that will set its password through a one-time link */
  password?: string;
  role: Role;
  displayName: string;
  orgId?: string;
}

/** Agents and the demo seed create accounts of any role; company and landlord roles need their organisation. */
export async function createAccount(deps: IdentityDeps, input: CreateAccountInput): Promise<Account> {
  const orgKind = requiredOrgKind(input.role);
  if (orgKind && !input.orgId) {
    throw identityError.orgRequired(input.role);
  }
  if (input.password !== undefined) checkPasswordPolicy(input.password);
  const passwordHash = input.password === undefined ? null : await deps.hasher.hash(input.password);
  return deps.accounts.create({
    id: newId(),
    email: normalizeEmail(input.email),
    passwordHash,
    role: input.role,
    displayName: input.displayName.trim(),
    status: input.password === undefined ? 'invited' : 'active',
    memberships: orgKind && input.orgId ? [{ orgKind, orgId: input.orgId }] : [],
  });
}
