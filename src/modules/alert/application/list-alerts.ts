import type { Principal } from '../../identity/index';
import type { SavedSearch } from '../domain/alert';
import type { AlertDeps } from './alert.deps';

/** The applicant's saved searches, oldest first. */
export const listAlerts = (deps: AlertDeps, p: Principal): Promise<SavedSearch[]> => deps.alerts.listByAccount(p.accountId);
