import type { AccountStatus } from '../domain/account';
import type { IdentityDeps } from './identity.deps';

/** The status of each account given that exists, by id, in one read (another module's list of its users; no access check: the caller checks its own rights). */
export function accountStatuses(deps: IdentityDeps, accountIds: readonly string[]): Promise<Map<string, AccountStatus>> {
  return deps.accounts.statusesOf(accountIds);
}
