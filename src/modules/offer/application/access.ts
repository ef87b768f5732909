import type { Principal } from '../../identity/index';
import type { Offer } from '../ports';
import { offerError } from '../offer.errors';

export const isAgent = (p: Principal): boolean => p.role === 'agent' || p.role === 'admin';
export const isLandlordRole = (p: Principal): boolean => p.role === 'landlord_user' || p.role === 'landlord_client';

export const offerNotFound = offerError.notFound;

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

/** The landlord an agent acts for in the back office (on its behalf), if any. */
export const onBehalfLandlord = (p: Principal): string | undefined => (isAgent(p) ? p.onBehalfOfLandlord : undefined);

/** The landlord acting (a landlord user or a connected system, or an agent on its behalf). */
export function landlordOf(principal: Principal): string {
  const behalf = onBehalfLandlord(principal);
  if (behalf) return behalf;
  if (!isLandlordRole(principal) || !principal.landlordId) {
    throw offerError.landlordOnly();
  }
  return principal.landlordId;
}

/** The offer belongs to the calling landlord (else it does not exist for them). */
export function assertOwnOffer(principal: Principal, offer: Offer | null): asserts offer is Offer {
  const landlordId = landlordOf(principal);
  if (!offer || offer.landlordId !== landlordId) throw offerNotFound();
}

export function assertAgent(principal: Principal): void {
  if (!isAgent(principal)) throw offerError.agentOnly();
}

/** The audit entry's "who": an agent on a landlord's behalf is the actor, acting for the landlord. */
export function auditActor(principal: Principal) {
  const landlordId = onBehalfLandlord(principal) ?? principal.landlordId;
  return {
    actorAccountId: principal.accountId,
    actorRole: principal.role,
    ...(landlordId ? { actingFor: { kind: 'landlord' as const, id: landlordId } } : {}),
  };
}

/**
 * Who may change an offer's photos: its landlord (users, systems, an agent on its behalf) or any
 * agent; else the offer does not exist for the caller.
 */
export function assertMayEditPhotos(principal: Principal, offer: Offer | null): asserts offer is Offer {
  if (offer && isAgent(principal) && !onBehalfLandlord(principal)) return;
  assertOwnOffer(principal, offer);
}
