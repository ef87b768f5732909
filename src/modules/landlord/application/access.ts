import type { Principal } from '../../identity/index';
import { landlordError } from '../landlord.errors';

export const isAgent = (p: Principal): boolean => p.role === 'agent' || p.role === 'admin';
export const isLandlordRole = (p: Principal): boolean => p.role === 'landlord_user' || p.role === 'landlord_client';

/** Agents see every landlord; a landlord's users and systems see their own; anyone else is told it does not exist. */
export function assertMayRead(principal: Principal, landlordId: string): void {
  if (isAgent(principal)) return;
  if (isLandlordRole(principal) && principal.landlordId === landlordId) return;
  throw landlordError.notFound();
}

/** Only agents change the referential. */
export function assertAgent(principal: Principal): void {
  if (!isAgent(principal)) throw landlordError.agentOnly();
}

export function auditActor(principal: Principal) {
  return { actorAccountId: principal.accountId, actorRole: principal.role };
}
