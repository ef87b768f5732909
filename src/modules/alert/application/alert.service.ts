import type { Principal } from '../../identity/index';
import type { AlertCriteria, SavedSearch } from '../domain/alert';
import type { AlertDeps } from './alert.deps';
import { deleteAlert } from './delete-alert';
import { unsubscribe } from './unsubscribe';
import { alertsOfAccount } from './alerts-of-account';
import { forgetAccount } from './forget-account';
import { listAlerts } from './list-alerts';
import { runDailyAlerts, type DailyAlertsResult } from './run-daily-alerts';
import { saveAlert } from './save-alert';

/** The alert module's façade: applicants' saved searches and the daily mail of new matching offers. */
export class AlertService {
  constructor(private readonly deps: AlertDeps) {}

  save = (p: Principal, criteria: AlertCriteria): Promise<SavedSearch> => saveAlert(this.deps, p, criteria);
  list = (p: Principal): Promise<SavedSearch[]> => listAlerts(this.deps, p);
  delete = (p: Principal, id: string): Promise<void> => deleteAlert(this.deps, p, id);
  unsubscribe = (id: string, token: string): Promise<void> => unsubscribe(this.deps, id, token);
  runDaily = (now?: Date): Promise<DailyAlertsResult> => runDailyAlerts(this.deps, now);
  /** GDPR: the account's saved searches (export), and their deletion with the account (erasure). */
  alertsOfAccount = (accountId: string): Promise<SavedSearch[]> => alertsOfAccount(this.deps, accountId);
  forgetAccount = (accountId: string): Promise<number> => forgetAccount(this.deps, accountId);
}
