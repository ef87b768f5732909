import type { paths } from '../../shared/api/schema';
import { session } from '../../shared/api/session';

/** What the landlord portal keeps of the signed-in landlord user (in memory): the account and its landlord. */

export type Me = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];

let me: Me | null = null;

session.subscribe((signedIn) => {
  if (!signedIn) me = null;
});

export function setMe(account: Me): void {
  me = account;
}

export const currentMe = (): Me | null => me;

/** The landlord the user acts for (their membership), or null. */
export function landlordIdOf(account: Me | null): string | null {
  return account?.memberships.find((m) => m.orgKind === 'landlord')?.orgId ?? null;
}

export const currentLandlordId = (): string | null => landlordIdOf(me);
