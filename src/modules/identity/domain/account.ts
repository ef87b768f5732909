import { identityError } from '../identity.errors';

export const ROLES = ['applicant', 'company_manager', 'landlord_user', 'landlord_client', 'agent', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** `unconfirmed`: registered, e-mail address not yet confirmed (cannot sign in). `erased`: the holder asked for erasure (GDPR); the row keeps its id for the audit trail, nothing of the person. */
export type AccountStatus = 'active' | 'disabled' | 'invited' | 'unconfirmed' | 'erased';
/** Accounts whose password may be (re)set by a link sent to their address (an unconfirmed or invited one becomes active). */
export const RESETTABLE_STATUSES: readonly AccountStatus[] = ['active', 'unconfirmed', 'invited'];
export type OrgKind = 'company' | 'landlord';

export interface Membership {
  orgKind: OrgKind;
  orgId: string;
}

export interface Account {
  id: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  displayName: string;
  status: AccountStatus;
  memberships: Membership[];
  createdAt: Date;
}

/** Who is calling: what every use case receives to decide what the caller may see and do. */
export interface Principal {
  accountId: string;
  role: Role;
  sessionId: string;
  /** the company a company_manager acts for */
  companyId?: string;
  /** the landlord a landlord_user or landlord_client acts for */
  landlordId?: string;
  /**
   * An agent acting on a landlord's behalf (the back office, for a landlord that sends its offers
   * and decisions by mail or phone): set only by the back office, never from a token.
   */
  onBehalfOfLandlord?: string;
}

/** The back office's principal of an agent acting for a landlord (actions recorded as the agent's, for the landlord). */
export function onBehalfOf(agent: Principal, landlordId: string): Principal {
  if (agent.role !== 'agent' && agent.role !== 'admin') throw new Error('only an agent acts on a landlord’s behalf');
  return { ...agent, onBehalfOfLandlord: landlordId };
}

/** Roles that use the back office. */
export const BACK_OFFICE_ROLES: readonly Role[] = ['agent', 'admin'];

/** Which organisation each role must belong to. */
export function requiredOrgKind(role: Role): OrgKind | undefined {
  if (role === 'company_manager') return 'company';
  if (role === 'landlord_user' || role === 'landlord_client') return 'landlord';
  return undefined;
}

export function principalOf(account: Account, sessionId: string): Principal {
  const company = account.memberships.find((m) => m.orgKind === 'company');
  const landlord = account.memberships.find((m) => m.orgKind === 'landlord');
  return {
    accountId: account.id,
    role: account.role,
    sessionId,
    ...(company && account.role === 'company_manager' ? { companyId: company.orgId } : {}),
    ...(landlord && (account.role === 'landlord_user' || account.role === 'landlord_client') ? { landlordId: landlord.orgId } : {}),
  };
}

export const PASSWORD_MIN_BYTES = 12;
/** bcrypt reads at most 72 bytes: longer passwords are refused rather than silently truncated. */
export const PASSWORD_MAX_BYTES = 72;

export function checkPasswordPolicy(password: string, field = 'password'): void {
  const bytes = Buffer.byteLength(password, 'utf8');
  if (bytes < PASSWORD_MIN_BYTES) {
    throw identityError.passwordTooShort(field, PASSWORD_MIN_BYTES);
  }
  if (bytes > PASSWORD_MAX_BYTES) {
    throw identityError.passwordTooLong(field, PASSWORD_MAX_BYTES);
  }
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
