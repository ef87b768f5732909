import { forbidden, notFound } from '../../../shared/errors';
import type { Principal } from '../../identity/index';
import { LANDLORD_ERRORS } from '../domain/landlord';

export const isAgent = (p: Principal): boolean => p.role === 'agent' || p.role === 'admin';
export const isLandlordRole = (p: Principal): boolean => p.role === 'landlord_user' || p.role === 'landlord_client';

/** Agents see every landlord; a landlord's users and systems see their own; anyone else is told it does not exist. */
export function assertMayRead(principal: Principal, landlordId: string): void {
  if (isAgent(principal)) return;
  if (isLandlordRole(principal) && principal.landlordId === landlordId) return;
  throw notFound(LANDLORD_ERRORS.NOT_FOUND, 'Bailleur introuvable.');
}

/** Only agents change the referential. */
export function assertAgent(principal: Principal): void {
  if (!isAgent(principal)) throw forbidden('LANDLORD.AGENT_ONLY', 'Seul un collaborateur ALS peut modifier le référentiel des bailleurs.');
}

export function auditActor(principal: Principal) {
  return { actorAccountId: principal.accountId, actorRole: principal.role };
}
