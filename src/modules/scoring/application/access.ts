import type { Principal } from '../../identity/index';
import { scoringError } from '../scoring.errors';

/** ALS staff (agents and admins) manage bonuses and grids and read the balancing statistics. */
export const isStaff = (p: Principal | undefined): boolean => p?.role === 'agent' || p?.role === 'admin';

export function requireStaff(p: Principal): void {
  if (!isStaff(p)) throw scoringError.roleNotAllowed();
}

/** Who did it, for the audit trail. */
export const auditActor = (p: Principal) => ({ actorAccountId: p.accountId, actorRole: p.role });
