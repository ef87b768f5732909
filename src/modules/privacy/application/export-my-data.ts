import type { OwnCandidacyExport, StoredNotification } from '../../candidacy/index';
import type { ValidationStatusView } from '../../company-space/index';
import type { AccountNotification, OwnerDemandsExport } from '../../demand/index';
import type { Principal } from '../../identity/index';
import { applicantOnly } from './access';
import type { PrivacyDeps } from './privacy.deps';

export interface MyDataExport {
  exportedAt: Date;
  account: { id: string; email: string; displayName: string; role: string; status: string; createdAt: Date };
  /** demands with their dated history and their documents' metadata (no storage key, no file) */
  demands: OwnerDemandsExport['demands'];
  candidacies: OwnCandidacyExport[];
  notifications: { demand: AccountNotification[]; candidacy: Omit<StoredNotification, 'accountId'>[] };
  /** the employer's validation of each demand naming one (company space) */
  companyValidations: ValidationStatusView[];
  /** the saved searches (alerts) */
  alerts: { id: string; criteria: unknown; createdAt: Date; lastMailedOn: string | null }[];
}

/**
 * Everything the platform holds about the signed-in applicant (GDPR arts. 15 and 20), as JSON.
 * Built only from the caller's own account id: never anyone else's data.
 */
export async function exportMyData(deps: PrivacyDeps, p: Principal): Promise<MyDataExport> {
  applicantOnly(p);
  const [me, demands, candidacies] = await Promise.all([deps.accounts.me(p), deps.demands.exportOwner(p), deps.candidacies.exportOwn(p)]);
  const companyValidations = await deps.companies.validationStatusesOf(demands.demands.map((d) => d.id));
  const alerts = deps.alerts ? await deps.alerts.alertsOfAccount(p.accountId) : [];
  return {
    exportedAt: deps.clock.now(),
    account: { id: me.id, email: me.email, displayName: me.displayName, role: me.role, status: me.status, createdAt: me.createdAt },
    demands: demands.demands,
    candidacies: candidacies.candidacies,
    notifications: { demand: demands.notifications, candidacy: candidacies.notifications.map(({ accountId: _a, ...n }) => n) },
    companyValidations,
    alerts: alerts.map((a) => ({ id: a.id, criteria: a.criteria, createdAt: a.createdAt, lastMailedOn: a.lastMailedOn })),
  };
}
