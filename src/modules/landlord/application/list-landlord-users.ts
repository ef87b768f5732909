import type { Principal } from '../../identity/index';
import type { LandlordAccountStatus } from '../ports';
import type { LandlordDeps } from './landlord.deps';
import { assertMaySeeUsers } from './landlord-users-access';

export interface LandlordUserView {
  accountId: string;
  email: string;
  displayName: string;
  admin: boolean;
  /** invited (password not set yet), active, or disabled */
  status: LandlordAccountStatus;
  statusLabel: string;
  invitedAt: Date;
}

export const ACCOUNT_STATUS_LABELS: Record<LandlordAccountStatus, string> = {
  invited: 'Invitation envoyée',
  active: 'Actif',
  disabled: 'Désactivé',
  other: 'Inconnu',
};

/** The landlord's users (not removed), for agents and the landlord's own users. */
export async function listLandlordUsers(deps: LandlordDeps, p: Principal, landlordId: string): Promise<LandlordUserView[]> {
  await assertMaySeeUsers(deps, p, landlordId);
  const users = await deps.users.listForLandlord(landlordId);
  const statuses = await deps.accounts.statusesOf(users.map((u) => u.accountId));
  return users.map((u) => {
    const status = statuses.get(u.accountId) ?? 'other';
    return { accountId: u.accountId, email: u.email, displayName: u.displayName, admin: u.admin, status, statusLabel: ACCOUNT_STATUS_LABELS[status], invitedAt: u.invitedAt };
  });
}
