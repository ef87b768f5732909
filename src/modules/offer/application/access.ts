import { forbidden, notFound } from '../../../shared/errors';
import type { Principal } from '../../identity/index';
import type { Offer } from '../ports';

export const OFFER_NOT_FOUND = 'OFFER.NOT_FOUND';

export const isAgent = (p: Principal): boolean => p.role === 'agent' || p.role === 'admin';
export const isLandlordRole = (p: Principal): boolean => p.role === 'landlord_user' || p.role === 'landlord_client';

export const offerNotFound = () => notFound(OFFER_NOT_FOUND, 'Offre introuvable.');

/**
 * Who sees an offer: agents every offer; a landlord's users and systems their own offers in any
 * state; everyone else only offers that have been published (a draft does not exist for them).
 */
export function mayRead(principal: Principal, offer: Offer): boolean {
  if (isAgent(principal)) return true;
  if (isLandlordRole(principal)) return principal.landlordId === offer.landlordId;
  return offer.everPublished;
}

export function assertMayRead(principal: Principal, offer: Offer | null): asserts offer is Offer {
  if (!offer || !mayRead(principal, offer)) throw offerNotFound();
}

/** The landlord acting (a landlord user or a connected system). */
export function landlordOf(principal: Principal): string {
  if (!isLandlordRole(principal) || !principal.landlordId) {
    throw forbidden('OFFER.LANDLORD_ONLY', 'Seul un bailleur peut faire cette action sur ses offres.');
  }
  return principal.landlordId;
}

/** The offer belongs to the calling landlord (else it does not exist for them). */
export function assertOwnOffer(principal: Principal, offer: Offer | null): asserts offer is Offer {
  const landlordId = landlordOf(principal);
  if (!offer || offer.landlordId !== landlordId) throw offerNotFound();
}

export function assertAgent(principal: Principal): void {
  if (!isAgent(principal)) throw forbidden('OFFER.AGENT_ONLY', 'Seul un collaborateur ALS peut instruire une offre.');
}

export function auditActor(principal: Principal) {
  return {
    actorAccountId: principal.accountId,
    actorRole: principal.role,
    ...(principal.landlordId ? { actingFor: { kind: 'landlord' as const, id: principal.landlordId } } : {}),
  };
}
