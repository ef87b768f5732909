import type { Principal } from '../../identity/index';
import type { PurgeableDocument } from '../ports/retention.port';
import { exportOwnerDemands, type OwnerDemandsExport } from './export-owner-data';
import { recentOwnerNotifications } from './recent-owner-notifications';
import { applyRetention, deletePurgedFiles, eraseOwnerDemands, type OwnerErasureResult, type RetentionDeps, type RetentionResult } from './retention';

/** The demand module's GDPR façade: the retention run, and the demand side of an account's export and erasure. */
export class RetentionService {
  constructor(private readonly deps: RetentionDeps) {}

  /** The scheduled run (or `npm run retention`); `dryRun` counts without changing anything. */
  run = (now: Date, options: { dryRun?: boolean } = {}): Promise<RetentionResult> => applyRetention(this.deps, now, options);
  /** The caller's own demands, documents' metadata and notifications. */
  exportOwner = (principal: Principal): Promise<OwnerDemandsExport> => exportOwnerDemands(this.deps, principal);
  /** The caller's own most recent notifications (at most `limit`, newest first): one query. */
  recentNotifications = (principal: Principal, limit: number) => recentOwnerNotifications(this.deps, principal, limit);
  /** In the caller's transaction: cancel, anonymise, purge rows, forget notifications. Then `deleteFiles` after the commit. */
  eraseOwner = (ownerAccountId: string, options: { by: string }): Promise<OwnerErasureResult> => eraseOwnerDemands(this.deps, ownerAccountId, options);
  deleteFiles = (files: readonly PurgeableDocument[]) => deletePurgedFiles(this.deps, files);
  settings = () => ({ ...this.deps.settings });
}
