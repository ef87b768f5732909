import type { Principal } from '../../identity/index';
import type { DemandRecord } from '../ports/demands.port';
import { demandError } from '../demand.errors';

/**
 * Who may see and do what on a demand: the owner (an applicant) and the back office (agents,
 * admins). Anyone else is answered "not found", so that a demand's existence is never revealed.
 */

export const isStaff = (principal: Principal): boolean => principal.role === 'agent' || principal.role === 'admin';

export const isOwner = (principal: Principal, record: DemandRecord): boolean => record.demand.ownerAccountId === principal.accountId;

/** The owner or the back office; anyone else gets DEMAND.NOT_FOUND. */
export function assertCanRead(principal: Principal, record: DemandRecord): void {
  if (!isOwner(principal, record) && !isStaff(principal)) throw demandError.notFound();
}

/** Only the owner; anyone else gets DEMAND.NOT_FOUND (the routes refuse other roles with 403 first). */
export function assertOwner(principal: Principal, record: DemandRecord): void {
  if (!isOwner(principal, record)) throw demandError.notFound();
}

/** Only the back office (the routes refuse other roles first; this guards direct callers). */
export function assertStaff(principal: Principal): void {
  if (!isStaff(principal)) throw demandError.agentOnly();
}

/** Only an applicant creates demands. */
export function assertApplicant(principal: Principal): void {
  if (principal.role !== 'applicant') throw demandError.applicantOnly();
}

/** Audit details of who acted, for the audit trail. */
export function auditActor(principal: Principal): { actorAccountId: string; actorRole: string } {
  return { actorAccountId: principal.accountId, actorRole: principal.role };
}
