import type { Principal } from '../../identity/index';
import type { AccountNotification } from '../ports/retention.port';
import type { RetentionDeps } from './retention';

/** The caller's own most recent notifications of the demand module (at most `limit`, newest first), without building the whole export. */
export function recentOwnerNotifications(deps: RetentionDeps, principal: Principal, limit: number): Promise<AccountNotification[]> {
  return deps.store.recentNotificationsOf(principal.accountId, limit);
}
