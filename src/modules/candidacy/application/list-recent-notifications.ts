import type { Principal } from '../../identity/index';
import type { StoredNotification } from '../ports';
import { requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';

/** The applicant's own most recent notifications (at most `limit`, newest first), without the export's candidacies. */
export async function recentOwnNotifications(deps: CandidacyDeps, p: Principal, limit: number): Promise<StoredNotification[]> {
  requireApplicant(p);
  return deps.notifications.recentForAccount(p.accountId, limit);
}
