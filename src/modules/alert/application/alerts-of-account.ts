import type { SavedSearch } from '../domain/alert';
import type { AlertDeps } from './alert.deps';

/** The account's saved searches (GDPR export). Internal: the privacy module's port, no access check. */
export const alertsOfAccount = (deps: AlertDeps, accountId: string): Promise<SavedSearch[]> => deps.alerts.listByAccount(accountId);
