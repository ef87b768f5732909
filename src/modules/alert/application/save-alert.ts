import { newId } from '../../../shared/ids';
import type { Principal } from '../../identity/index';
import { alertError } from '../alert.errors';
import { ALERTS_PER_ACCOUNT, normalizeCriteria, type AlertCriteria, type SavedSearch } from '../domain/alert';
import type { AlertDeps } from './alert.deps';

/** An applicant saves a search: offers published from now on and matching it (and their household) are mailed to them, at most once a day. */
export async function saveAlert(deps: AlertDeps, p: Principal, criteria: AlertCriteria): Promise<SavedSearch> {
  return deps.uow.run(async () => {
    if ((await deps.alerts.countByAccount(p.accountId)) >= ALERTS_PER_ACCOUNT) throw alertError.tooMany(ALERTS_PER_ACCOUNT);
    const now = deps.clock.now();
    const search: SavedSearch = { id: newId(), accountId: p.accountId, criteria: normalizeCriteria(criteria), createdAt: now, checkedUntil: now, lastMailedOn: null };
    await deps.alerts.create(search);
    return search;
  });
}
