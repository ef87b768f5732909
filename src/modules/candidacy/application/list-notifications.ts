import { pageRequest, type Page } from '../../../shared/pagination';
import type { Principal } from '../../identity/index';
import type { StoredNotification } from '../ports';
import { requireApplicant } from './access';
import type { CandidacyDeps } from './candidacy.deps';
import type { Paging } from './views';

/** The applicant's notifications, newest first. */
export async function listNotifications(deps: CandidacyDeps, p: Principal, paging: Paging): Promise<Page<StoredNotification>> {
  requireApplicant(p);
  return deps.notifications.listForAccount(p.accountId, pageRequest(paging.page, paging.pageSize));
}
