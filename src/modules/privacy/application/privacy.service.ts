import type { Principal } from '../../identity/index';
import { eraseMyAccount, type ErasureResult } from './erase-my-account';
import { exportMyData, type MyDataExport } from './export-my-data';
import type { PrivacyDeps } from './privacy.deps';
import { listMyNotifications, type MyNotification } from './list-my-notifications';

/** The privacy module's façade: the applicant's GDPR rights over their own data. */
export class PrivacyService {
  constructor(private readonly deps: PrivacyDeps) {}

  exportMyData = (p: Principal): Promise<MyDataExport> => exportMyData(this.deps, p);
  /** What changed in the applicant's demand and candidacies (their outboxes' messages), newest first. */
  myNotifications = (p: Principal): Promise<MyNotification[]> => listMyNotifications(this.deps, p);
  eraseMyAccount = (p: Principal, password: string, ctx?: { address?: string | undefined }): Promise<ErasureResult> => eraseMyAccount(this.deps, p, password, ctx);
}
