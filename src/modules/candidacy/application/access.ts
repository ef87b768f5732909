import type { Principal } from '../../identity/index';
import { candidacyErrors } from '../candidacy.errors';
import { TRANSMITTED_OR_LATER } from '../domain/index';
import type { CandidacyRecord } from '../ports';

/**
 * Who may see and do what (brief §6): the applicant their own candidacies; agents every one; a
 * landlord only the candidacies transmitted to it on its own offers. Anything else is "not found"
 * (its existence is not revealed); a role that may never do it is "forbidden".
 */
export const isStaff = (p: Principal): boolean => p.role === 'agent' || p.role === 'admin';
export const isLandlord = (p: Principal): boolean => p.role === 'landlord_user' || p.role === 'landlord_client';

export const candidacyNotFound = candidacyErrors.notFound;
export const offerNotFound = candidacyErrors.offerNotFound;
export const demandNotFound = candidacyErrors.demandNotFound;

function requireRole(p: Principal, check: (p: Principal) => boolean, reservedTo: 'staff' | 'applicant' | 'landlord'): void {
  if (!check(p)) throw candidacyErrors.roleNotAllowed(reservedTo);
}

export const requireStaff = (p: Principal) => requireRole(p, isStaff, 'staff');
export const requireApplicant = (p: Principal) => requireRole(p, (x) => x.role === 'applicant', 'applicant');
/** The landlord the caller acts for: a landlord's user or system, or an agent on its behalf (the back office). */
export const landlordIdOf = (p: Principal): string | undefined => (isLandlord(p) ? p.landlordId : isStaff(p) ? p.onBehalfOfLandlord : undefined);
export const requireLandlord = (p: Principal) => requireRole(p, (x) => isLandlord(x) || !!landlordIdOf(x), 'landlord');

/** The applicant's own candidacy, else 404. */
export function assertOwner(p: Principal, record: CandidacyRecord | null): asserts record is CandidacyRecord {
  if (!record || p.role !== 'applicant' || record.applicantAccountId !== p.accountId) throw candidacyNotFound();
}

/** The owner or an agent, else 404. */
export function assertOwnerOrStaff(p: Principal, record: CandidacyRecord | null): asserts record is CandidacyRecord {
  if (record && isStaff(p)) return;
  assertOwner(p, record);
}

/** A candidacy transmitted to the caller's landlord, on one of its offers; else 404. */
export function assertLandlordOf(p: Principal, record: CandidacyRecord | null): asserts record is CandidacyRecord {
  const landlordId = landlordIdOf(p);
  if (!record || !landlordId || record.offer.landlordId !== landlordId || !TRANSMITTED_OR_LATER.includes(record.status)) {
    throw candidacyNotFound();
  }
}

/** The audit entry's "who" (a landlord acts for its organisation; an agent on a landlord's behalf is the actor, for the landlord). */
export function auditActor(p: Principal) {
  const landlordId = landlordIdOf(p);
  return {
    actorAccountId: p.accountId,
    actorRole: p.role,
    ...(landlordId ? { actingFor: { kind: 'landlord' as const, id: landlordId } } : {}),
  };
}
